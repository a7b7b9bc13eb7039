// Process entry point for bin/hs2stg.
import { main } from "./cli.js";

// `hs2stg … | head` closes our stdout early: stop quietly, as Unix tools do,
// instead of dying with a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

const code = await main(process.argv);
// Let pending stdout writes drain before exiting.
process.exitCode = code;
