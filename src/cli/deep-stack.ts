// A program's own recursion runs on the machine's stack, but hs2stg's stages
// (dump parser, lowering, loader) recurse over the program's syntax, and GHC
// writes some programs very deeply nested: a list literal of n elements is a
// chain of 2n nested lets. When that overflows the JavaScript stack before
// the program has started (nothing read or written yet), the command runs
// again on a thread with a stack of STACK_MB, where such chains fit. Only
// such programs pay for the second start.
import { Worker, isMainThread } from "node:worker_threads";
import { TooDeepError } from "../errors.js";
import { runHasStarted } from "../ministg/run-started.js";

const STACK_MB = 1024;

export function isStackOverflow(err: unknown): boolean {
  return (
    err instanceof RangeError &&
    err.message.includes("Maximum call stack size exceeded")
  );
}

/** Whether an error may go away on a deeper stack, and the command can run again. */
export function mayRetryDeeper(err: unknown): boolean {
  return (
    (isStackOverflow(err) || err instanceof TooDeepError) &&
    isMainThread &&
    !runHasStarted()
  );
}

/** The message for an overflow that a deeper stack did not cure. */
export function tooDeepMessage(): string {
  return `the program is nested too deeply for hs2stg's stages, even on a ${STACK_MB} MB stack`;
}

/**
 * Runs the command line `argv` (process.argv's form) again on a thread with
 * a deep stack; resolves to its exit code.
 */
export function rerunOnDeepStack(argv: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(argv[1]!, {
      argv: argv.slice(2),
      resourceLimits: { stackSizeMb: STACK_MB },
    });
    worker.on("error", reject);
    worker.on("exit", resolve);
  });
}
