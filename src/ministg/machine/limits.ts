// The machine's resource limits and what it prints when one is exceeded, in
// the words of GHC's runtime (non-threaded RTS): a stack overflow exits 2,
// an exhausted heap 251, after a message on stderr prefixed by the program's
// name. GHC's own defaults (a stack of 80% of physical memory, an unbounded
// heap) would let JavaScript crash first, so ours are set below V8's limits.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { ProgramIO } from "../run-api.js";

/** Bytes per machine stack word (a frame is 2 to 4 words), as GHC counts its stack. */
export const STACK_WORD_BYTES = 8;
/** Default maximum stack (GHC's `-K`): 512 MiB of 8-byte words. */
export const DEFAULT_MAX_STACK_BYTES = 512 * 1024 * 1024;
/** Default maximum heap (GHC's `-M`): 80% of V8's heap, less what is in use at the start of the run. */
export const DEFAULT_HEAP_FRACTION = 0.8;
/** Steps between two looks at the heap (cheap: one V8 statistics call). */
export const HEAP_CHECK_INTERVAL = 1 << 16;
/** Allocation allowed between two full collections while over the limit. */
const MIN_GARBAGE_SLACK = 64 * 1024 * 1024;
/** Past this share of V8's own limit, always collect and decide. */
const V8_HARD_FRACTION = 0.9;

/** GHC's exit codes for the two failures. */
export const STACK_OVERFLOW_EXIT = 2;
export const HEAP_EXHAUSTED_EXIT = 251;

export type Exhausted =
  | { readonly kind: "stack"; readonly sizeBytes: number }
  | { readonly kind: "heap"; readonly limitBytes: number };

/** Thrown inside the machine's loop; the run ends as the RTS would end it. */
export class ResourceExhausted extends Error {
  constructor(readonly what: Exhausted) {
    super(what.kind === "stack" ? "stack overflow" : "heap exhausted");
  }
}

/** The RTS's lines for `what`, each prefixed by `prog: `. */
export function exhaustedMessage(prog: string, what: Exhausted): string {
  const lines =
    what.kind === "stack"
      ? [
          `Stack space overflow: current size ${what.sizeBytes} bytes.`,
          "Use `--max-stack SIZE' to increase it.",
        ]
      : [
          "Heap exhausted;",
          `Current maximum heap size is ${what.limitBytes} bytes (${Math.floor(what.limitBytes / (1024 * 1024))} MB).`,
          "Use `--max-heap SIZE' to increase it.",
        ];
  return lines.map((l) => `${prog}: ${l}\n`).join("");
}

/** Writes the message and gives the exit code, as the RTS does on its way out. */
export function reportExhausted(io: ProgramIO, what: Exhausted): number {
  io.writeStderr(Buffer.from(exhaustedMessage(io.progName, what), "utf8"));
  return what.kind === "stack" ? STACK_OVERFLOW_EXIT : HEAP_EXHAUSTED_EXIT;
}

/**
 * V8's heap_size_limit counts the young generation's reserve (up to three
 * 16 MiB semi-spaces) that old objects never get: the old space, where a
 * run's live data ends up, is about this much smaller.
 */
const YOUNG_RESERVE = 48 * 1024 * 1024;

/** What of V8's heap limit a run's live data can fill. */
function usableHeapLimit(): number {
  const limit = getHeapStatistics().heap_size_limit;
  return Math.max(limit / 2, limit - YOUNG_RESERVE);
}

function usedHeap(): number {
  return getHeapStatistics().used_heap_size;
}

let fullGc: (() => void) | null | undefined;
/** V8's full collection, exposed on first use (null where V8 refuses). */
function collect(): boolean {
  if (fullGc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      fullGc = runInNewContext("gc") as () => void;
    } catch {
      fullGc = null;
    }
  }
  if (fullGc === null) return false;
  fullGc();
  return true;
}

/**
 * How much V8's old generation may grow between two full collections while
 * the machine runs, in percent. Left to itself V8 lets it grow up to 4x
 * when collections look cheap next to the program's own work, which an
 * interpreter's small steps always make them: a 2,000,000-frame recursion
 * (bench/memory/deep.hs, some 145 MB live at its deepest) then peaked
 * anywhere between 230 and 290 MB over the loaded program.
 */
export const RUN_HEAP_GROWING_PERCENT = 30;

/**
 * The young generation's growth factor: 1 keeps its semi-spaces at their
 * starting size (1 MiB) instead of doubling up to 16 MiB as the allocation
 * rate climbs, which an interpreter's short-lived locals arrays always make
 * it: some 30 MB of resident memory on every long run, for a few percent
 * more scavenges (bench/memory/lazylist.hs: 112 MB down to about 80). V8
 * reads it whenever it would grow the young generation, so it can be set at
 * any time; one grown while loading the program stays grown, which is why
 * the command line sets it for the whole process (smallYoungGeneration).
 */
const RUN_SEMI_SPACE_GROWTH = 1;
/** V8's default growth factor, or RUN_SEMI_SPACE_GROWTH once the process asked for it. */
let processSemiSpaceGrowth = 2;

/** Keeps V8's young generation small for the whole process (bin/hs2stg). */
export function smallYoungGeneration(): void {
  try {
    setFlagsFromString(`--semi-space-growth-factor=${RUN_SEMI_SPACE_GROWTH}`);
    processSemiSpaceGrowth = RUN_SEMI_SPACE_GROWTH;
  } catch {
    // An embedder that refuses V8 flags keeps V8's defaults.
  }
}

/**
 * Caps V8's heap growth for the run (RUN_HEAP_GROWING_PERCENT,
 * RUN_SEMI_SPACE_GROWTH); answers the function that gives V8 its own
 * heuristics back (the flags are the process's, and the process may be a
 * test runner or an embedding tool).
 */
export function capHeapGrowth(): () => void {
  try {
    setFlagsFromString(`--heap-growing-percent=${RUN_HEAP_GROWING_PERCENT}`);
    setFlagsFromString(`--semi-space-growth-factor=${RUN_SEMI_SPACE_GROWTH}`);
  } catch {
    return () => {};
  }
  return () => {
    setFlagsFromString("--heap-growing-percent=0");
    setFlagsFromString(`--semi-space-growth-factor=${processSemiSpaceGrowth}`);
  };
}

/**
 * The heap the run may use: the V8 heap in use beyond what it was at the
 * start (the program, the preludes, the host). Live data only counts: a
 * reading over the limit is confirmed after a full collection.
 */
export class HeapGuard {
  private readonly base = usedHeap();
  /** The heap in use after the last full collection (none yet: the base). */
  private afterCollect = this.base;
  private readonly hardBytes = usableHeapLimit() * V8_HARD_FRACTION;
  readonly limitBytes: number;
  constructor(maxHeapBytes?: number) {
    this.limitBytes =
      maxHeapBytes ??
      Math.max(
        0,
        Math.floor(usableHeapLimit() * DEFAULT_HEAP_FRACTION - this.base),
      );
  }
  /** Throws ResourceExhausted when the run's live heap is over the limit. */
  check(): void {
    const used = usedHeap();
    if (used - this.base <= this.limitBytes) return;
    // Over the limit but little allocated since a collection that found the
    // run under it: garbage, most likely; a full collection costs too much
    // to repeat every check (live data may overshoot the limit by the slack
    // before it is seen, never past V8's own limit).
    const slack = Math.max(MIN_GARBAGE_SLACK, this.limitBytes / 2);
    if (used < this.hardBytes && used - this.afterCollect < slack) return;
    if (collect()) {
      this.afterCollect = usedHeap();
      if (this.afterCollect - this.base <= this.limitBytes) return;
    }
    throw new ResourceExhausted({ kind: "heap", limitBytes: this.limitBytes });
  }
}
