// Process entry point for bin/hs2stg.
import { VERSION } from "./version.js";

// `hs2stg … | head` closes our stdout early: stop quietly, as Unix tools do,
// instead of dying with a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
  // What the command line prints for it, without loading the command line.
  process.stdout.write(`${VERSION}\n`);
} else {
  // A small young generation from the start (limits.ts): the program's load
  // would otherwise grow it for good.
  const { smallYoungGeneration } = await import("./ministg/machine/limits.js");
  smallYoungGeneration();
  const { main } = await import("./cli.js");
  // Let pending stdout writes drain before exiting.
  process.exitCode = await main(process.argv);
}
