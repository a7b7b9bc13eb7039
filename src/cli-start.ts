// What bin/hs2stg runs: the command line, loaded only when it is needed.
// dist/cli-main.js calls it when bin/hs2stg runs the modules, and the
// bundle (scripts/bundle.mjs) is built from it (a CommonJS bundle, which
// allows no top-level await: hence a function).
import { smallYoungGeneration } from "./ministg/machine/limits.js";
import { VERSION } from "./version.js";
import { libmDescription } from "./ministg/primops/libm/native.js";

/** Runs the command line `argv` (process.argv's form); resolves to the exit code. */
export async function start(argv: readonly string[]): Promise<number> {
  // `hs2stg … | head` closes our stdout early: stop quietly, as Unix tools
  // do, instead of dying with a stack trace.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === "--version" || args[0] === "-v")) {
    // What the command line prints for it, without loading the command
    // line; and which math functions the Double#/Float# primops use.
    process.stdout.write(`${VERSION}\nlibm: ${libmDescription()}\n`);
    return 0;
  }
  // A small young generation from the start (limits.ts): loading the
  // program would otherwise grow it for good.
  smallYoungGeneration();
  const { main } = await import("./cli.js");
  return main([...argv]);
}
