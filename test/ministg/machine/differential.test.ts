// The reference machine (src/ministg/reference) is the oracle of the fast
// engine (src/ministg/machine/machine.ts): every program here runs on both,
// in eval/apply and in push/enter, and the two must agree on everything a
// run reports: output, exit code, outcome (error text, rule, closure, call
// stack), the step count, the count of every rule, allocations, updates and
// the peak stack depth. Programs: the hand-written .stg programs, the bench
// programs at small sizes, the golden GHC dumps lowered with the base
// prelude, generated programs, and (with GHC) the exception and runtime
// test programs.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { runStgSource, bufferedIO } from "../../../src/ministg/run-stg.js";
import type {
  Engine,
  EvalStyle,
  MachineStats,
  RunOutcome,
} from "../../../src/ministg/run-api.js";
import {
  defaultGoldenDir,
  listGoldenCases,
} from "../../../src/pipeline/golden.js";
import { convertDumps } from "../../../src/pipeline/in-memory.js";
import { execute } from "../../../src/pipeline/execute.js";
import type { TranslatedProgram } from "../../../src/pipeline/translate.js";
import { HAVE_GHC } from "../../support/ghc.js";
import { setJitMode } from "../../../src/ministg/machine/jit/state.js";
import { setSegmentWords } from "../../../src/ministg/machine/stack-segments.js";
import {
  buildAndRunNative,
  type ProgramInput,
} from "../../support/ghc-compare.js";
import { cachedReference, programHash } from "../../support/reference-cache.js";
import {
  parseArgsFile,
  readIdList,
} from "../../pipeline/corpus/corpus-programs.js";
import {
  allLibraryPrograms,
  selected,
  type LibraryProgram,
} from "../../programs/library-programs.js";
import {
  ToStg,
  funE,
  intE,
  listE,
  program,
  type IntE,
} from "./generated-programs.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const STYLES: readonly EvalStyle[] = ["EA", "PE"];
/** Bounds every run (the reference machine is the slower one); a stopped run must stop alike. */
const MAX_STEPS = 3_000_000;

interface Report {
  stdout: string;
  stderr: string;
  exitCode: number;
  outcome: RunOutcome;
  stats: MachineStats;
}

/** What both machines must agree on (timings and heap sampling aside). */
function comparable(r: Report) {
  const { stats } = r;
  return {
    stdout: r.stdout,
    stderr: r.stderr,
    exitCode: r.exitCode,
    outcome: r.outcome,
    steps: stats.steps,
    rules: stats.rules,
    allocations: stats.allocations,
    allocationSites: stats.allocationSites,
    updates: stats.updates,
    peakStackDepth: stats.peakStackDepth,
  };
}

/** Runs `f` with the fast engine's compiling tier (jit/) in `mode` (see HS2STG_JIT). */
function withJit<T>(mode: "0" | "eager", f: () => T): T {
  setJitMode(mode);
  try {
    return f();
  } finally {
    setJitMode(undefined);
  }
}

/** Runs `f` with the fast engine's stack in segments of a few words (stack-segments.ts). */
function withTinySegments<T>(f: () => T): T {
  setSegmentWords(5);
  try {
    return f();
  } finally {
    setSegmentWords(undefined);
  }
}

/**
 * The fast engine without its compiling tier and, unless `tier` is false,
 * with it (every node compiled at once), each against the reference. The
 * tier is off by default and compiling everything eagerly is slow, so the
 * large sets of lowered programs run it in one style only.
 */
function agree(
  run: (engine: Engine) => Report,
  tier = true,
  cacheKey?: readonly string[],
): Report {
  const interpreted = withJit("0", () => run("fast"));
  // A whole program's reference run may come from the cache
  // (reference-cache.ts), trusted only when it agrees: on a difference (a
  // run may depend on the directory or the environment) the reference runs.
  let reference =
    cacheKey === undefined
      ? run("reference")
      : cachedReference(cacheKey, () => run("reference"), comparable);
  if (
    cacheKey !== undefined &&
    !isDeepStrictEqual(comparable(interpreted), comparable(reference))
  )
    reference = run("reference");
  expect(comparable(interpreted)).toEqual(comparable(reference));
  if (tier) {
    const compiled = withJit("eager", () => run("fast"));
    expect(comparable(compiled)).toEqual(comparable(reference));
  }
  return interpreted;
}

interface StgCase {
  readonly name: string;
  readonly text: string;
  readonly prelude: boolean;
  readonly annotate: boolean;
  readonly callStack: boolean;
  readonly stdin?: string;
}

function stgCase(file: string, extra = ""): StgCase {
  const expectFile = file.replace(/\.stg$/, ".expect.json");
  const opts = existsSync(expectFile)
    ? (JSON.parse(readFileSync(expectFile, "utf8")) as Partial<StgCase>)
    : {};
  return {
    name: file.slice(ROOT.length + 1),
    text: readFileSync(file, "utf8") + extra,
    prelude: opts.prelude ?? true,
    annotate: opts.annotate ?? false,
    callStack: opts.callStack ?? false,
  };
}

function stgFiles(dir: string): string[] {
  const abs = join(ROOT, dir);
  return readdirSync(abs)
    .filter((f) => f.endsWith(".stg"))
    .sort()
    .map((f) => join(abs, f));
}

function runStg(c: StgCase, style: EvalStyle, engine: Engine): Report {
  return runStgSource(c.text, {
    file: c.name,
    style,
    prelude: c.prelude,
    annotate: c.annotate,
    callStack: c.callStack,
    maxSteps: MAX_STEPS,
    ...(c.stdin !== undefined ? { stdin: c.stdin } : {}),
    engine,
  });
}

const BENCH_SIZES: Record<string, number> = {
  nfib: 12,
  lazysum: 3000,
  queens: 5,
};

const stgCases: StgCase[] = [
  ...stgFiles("test/ministg/stg-programs").map((f) => stgCase(f)),
  ...stgFiles("test/trace/fixtures").map((f) => stgCase(f)),
  ...stgFiles("examples").map((f) => stgCase(f)),
  ...stgFiles("bench/programs").map((f) => {
    const name = f.replace(/.*\//, "").replace(/\.stg$/, "");
    return stgCase(f, `\nsize = CON(I ${BENCH_SIZES[name] ?? 5});\n`);
  }),
];

describe("the fast engine agrees with the reference machine", () => {
  it("finds the programs", () => {
    expect(stgCases.length).toBeGreaterThan(100);
  });

  it.each(stgCases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    for (const style of STYLES) agree((engine) => runStg(c, style, engine));
  });

  it("with its stack in segments of a few words", () => {
    for (const c of stgCases)
      for (const style of STYLES)
        withTinySegments(() => agree((engine) => runStg(c, style, engine)));
  }, 300_000);

  it("under the -a and -c options as well", () => {
    for (const c of stgCases.filter((c) => c.prelude).slice(0, 40))
      for (const style of STYLES)
        agree((engine) =>
          runStg({ ...c, annotate: true, callStack: true }, style, engine),
        );
  });

  it("when the step limit stops a run at any step", () => {
    const c = stgCases.find((c) => c.name.endsWith("nfib.stg"))!;
    for (const style of STYLES)
      for (const limit of [0, 1, 2, 3, 17, 100, 1001]) {
        const r = agree((engine) =>
          runStgSource(c.text, {
            file: c.name,
            style,
            prelude: true,
            annotate: false,
            callStack: false,
            maxSteps: limit,
            engine,
          }),
        );
        expect(r.stats.steps).toBeLessThanOrEqual(limit);
      }
  });
});

// ---------------------------------------------------------------- translated programs

function runTranslated(
  program: TranslatedProgram,
  style: EvalStyle,
  engine: Engine,
  input: {
    stdin?: Buffer;
    args?: readonly string[];
    progName?: string;
    preemptSteps?: number;
  } = {},
): Report {
  const buf = bufferedIO(
    input.stdin ?? Buffer.alloc(0),
    input.args ?? [],
    input.progName ?? "main",
  );
  const { outcome, stats } = execute(program, {
    style,
    maxSteps: MAX_STEPS,
    gc: true,
    callStack: false,
    annotate: false,
    io: buf.io,
    engine,
    ...(input.preemptSteps !== undefined
      ? { preemptSteps: input.preemptSteps }
      : {}),
  });
  const exitCode =
    outcome.kind === "exit"
      ? outcome.exitCode
      : outcome.kind === "error"
        ? outcome.exitCode
        : 0;
  return {
    stdout: buf.stdout(),
    stderr: buf.stderr(),
    exitCode,
    outcome,
    stats,
  };
}

/** What a translated program's reference run depends on besides the machines' code. */
function translatedKey(
  hash: string,
  style: EvalStyle,
  input: Parameters<typeof runTranslated>[3] = {},
): string[] {
  return [
    // how this file runs it (options, limits)
    runTranslated.toString(),
    String(MAX_STEPS),
    hash,
    style,
    JSON.stringify({ ...input, stdin: input.stdin?.toString("base64") }),
  ];
}

describe("on lowered GHC programs with the base prelude (golden dumps)", () => {
  const cases = listGoldenCases(defaultGoldenDir());
  it.each(cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    const program = convertDumps(
      [{ name: c.dumpFile, text: readFileSync(c.dumpFile, "utf8") }],
      `${name}.hs`,
    );
    const hash = programHash(program);
    for (const style of STYLES) {
      const r = agree(
        (engine) => runTranslated(program, style, engine),
        style === "PE",
        translatedKey(hash, style),
      );
      expect(r.stats.steps).toBeGreaterThan(0);
    }
  });
});

describe.skipIf(!HAVE_GHC)(
  "on Haskell test programs (exceptions, <<loop>>, runtime limits)",
  () => {
    const work = mkdtempSync(join(tmpdir(), "hs2stg-diff-"));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const files = [
      "test/preludes/exceptions/programs",
      "test/pipeline/runtime/programs",
    ].flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith(".hs"))
        .sort()
        .map((f) => join(ROOT, dir, f)),
    );
    it.each(files.map((f) => [f.slice(ROOT.length + 1), f] as const))(
      "%s",
      async (_name, file) => {
        const stdinFile = file.replace(/\.hs$/, ".stdin");
        const stdin = existsSync(stdinFile)
          ? readFileSync(stdinFile)
          : Buffer.alloc(0);
        const native = await buildAndRunNative(
          { source: file, stdin, args: [], progName: "prog" },
          ["-O0"],
          join(work, file.replace(/.*\//, "")),
        );
        if ("error" in native) throw new Error(native.error);
        const program = convertDumps(native.dumps, file);
        const hash = programHash(program);
        for (const style of STYLES)
          agree(
            (engine) =>
              runTranslated(program, style, engine, {
                stdin,
                progName: "prog",
              }),
            true,
            translatedKey(hash, style, { stdin, progName: "prog" }),
          );
      },
      120_000,
    );
  },
);

// Threaded programs (test/programs/concurrent, -O0): thread switches,
// blocking, deadlock detection and STM, at the default time slice and at a
// very short one (a switch every few steps, inside thunks and library code).
describe.skipIf(!HAVE_GHC)(
  "on threaded programs (test/programs/concurrent)",
  () => {
    const work = mkdtempSync(join(tmpdir(), "hs2stg-diff-threads-"));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const dir = join(ROOT, "test/programs/concurrent");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".hs"))
      .sort()
      .map((f) => join(dir, f));
    it.each(files.map((f) => [f.slice(ROOT.length + 1), f] as const))(
      "%s",
      async (_name, file) => {
        const native = await buildAndRunNative(
          { source: file, stdin: Buffer.alloc(0), args: [], progName: "prog" },
          ["-O0"],
          join(work, file.replace(/.*\//, "")),
        );
        if ("error" in native) throw new Error(native.error);
        const program = convertDumps(native.dumps, file);
        const hash = programHash(program);
        for (const style of STYLES)
          for (const preemptSteps of [undefined, 13]) {
            const input = {
              progName: "prog",
              ...(preemptSteps !== undefined ? { preemptSteps } : {}),
            };
            const r = agree(
              (engine) => runTranslated(program, style, engine, input),
              preemptSteps !== undefined,
              translatedKey(hash, style, input),
            );
            expect(r.stats.steps).toBeGreaterThan(0);
          }
        // Stack segments of a few words, switched every few steps.
        withTinySegments(() =>
          agree((engine) =>
            runTranslated(program, "PE", engine, {
              progName: "prog",
              preemptSteps: 13,
            }),
          ),
        );
      },
      300_000,
    );
  },
);

// The library programs (test/programs/GROUP/NAME.hs) at -O0, with the inputs
// program-suite.ts gives them, so GHC's dumps come from the same cache
// entries; HS2STG_PROGRAMS narrows them as it does there. Programs that write
// files (sandboxed there) are left to program-suite.ts. To keep `npm test`
// short, every third program (by position) runs here unless
// HS2STG_DIFF_ALL=1; all of them agree as of this writing. Programs that
// read a clock are left out too: the clock moves between the two machines'
// runs, so what they print (a time's digits) and their step counts differ.
function libraryPrograms(): LibraryProgram[] {
  const all = process.env["HS2STG_DIFF_ALL"] === "1";
  return allLibraryPrograms()
    .filter((p) => p.input.sandbox !== true && selected(p.id))
    .filter((_, i) => all || i % 3 === 0)
    .filter((p) => !READS_CLOCK.test(readFileSync(p.input.source, "utf8")));
}

const READS_CLOCK =
  /\b(?:getCurrentTime|getPOSIXTime|getSystemTime|getZonedTime|getCPUTime|getMonotonicTime(?:NSec)?)\b/;

describe.skipIf(!HAVE_GHC)(
  "on a third of the library programs (test/programs, -O0; HS2STG_DIFF_ALL=1: all)",
  () => {
    const work = mkdtempSync(join(tmpdir(), "hs2stg-diff-lib-"));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    it.each(libraryPrograms().map((p) => [p.id, p] as const))(
      "%s",
      async (id, p) => {
        const native = await buildAndRunNative(
          p.input,
          [],
          join(work, id.replace(/\//g, "_")),
        );
        if ("error" in native) throw new Error(native.error);
        let program: TranslatedProgram;
        try {
          program = convertDumps(native.dumps, p.input.source);
        } catch {
          return; // program-suite.ts reports what cannot be translated yet
        }
        const hash = programHash(program);
        const input = {
          stdin: p.input.stdin,
          args: p.input.args,
          progName: p.input.progName,
        };
        for (const style of STYLES)
          agree(
            (engine) => runTranslated(program, style, engine, input),
            style === "PE",
            translatedKey(hash, style, input),
          );
      },
      300_000,
    );
  },
);

// ---------------------------------------------------------------- generated programs

/**
 * Int-valued terms that may raise (raise#), catch (catch#, the handler
 * returning the exception, a default, or raising again), force one thunk
 * twice (after an exception cut its first evaluation short) or demand
 * themselves (a blackhole). No oracle: the two machines must agree.
 */
type ExcE =
  | { k: "int"; e: IntE }
  | { k: "throw"; a: ExcE }
  | { k: "try"; a: ExcE; h: "exception" | "default" | "rethrow"; d: ExcE }
  | { k: "plus"; a: ExcE; b: ExcE }
  | { k: "twice"; a: ExcE }
  | { k: "loop"; a: ExcE };

const { excE } = fc.letrec<{ excE: ExcE }>((tie) => ({
  excE: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ k: fc.constant("int" as const), e: intE }),
    fc.record({ k: fc.constant("throw" as const), a: tie("excE") }),
    fc.record({
      k: fc.constant("try" as const),
      a: tie("excE"),
      h: fc.constantFrom(
        "exception" as const,
        "default" as const,
        "rethrow" as const,
      ),
      d: tie("excE"),
    }),
    fc.record({
      k: fc.constant("plus" as const),
      a: tie("excE"),
      b: tie("excE"),
    }),
    fc.record({ k: fc.constant("twice" as const), a: tie("excE") }),
    fc.record({ k: fc.constant("loop" as const), a: tie("excE") }),
  ),
}));

function excToStg(t: ToStg, e: ExcE): string {
  switch (e.k) {
    case "int":
      return t.int(e.e);
    case "throw":
      return t.bind(`THUNK(raise# ${excToStg(t, e.a)})`);
    case "try": {
      const a = excToStg(t, e.a);
      const io = t.bind(`FUN(s -> ${a})`);
      const d = excToStg(t, e.d);
      const h = t.bind(
        e.h === "exception"
          ? `FUN(x s -> x)`
          : e.h === "default"
            ? `FUN(x s -> ${d})`
            : `FUN(x s -> raise# ${d})`,
      );
      return t.bind(`THUNK(catch# ${io} ${h} 0)`);
    }
    case "plus": {
      const a = excToStg(t, e.a);
      return t.bind(`THUNK(plusInt ${a} ${excToStg(t, e.b)})`);
    }
    case "twice": {
      // The second force finds the thunk updated, or raising again.
      const a = excToStg(t, e.a);
      const io = t.bind(`FUN(s -> ${a})`);
      const h = t.bind(`FUN(x s -> x)`);
      const first = t.bind(`THUNK(catch# ${io} ${h} 0)`);
      return t.bind(`THUNK(seq ${first} ${a})`);
    }
    case "loop": {
      // x demands itself unless a raises first.
      const a = excToStg(t, e.a);
      return t.bind(
        `THUNK(letrec { x = THUNK(case ${a} of { I n -> plusInt x ${a} }) } in x)`,
      );
    }
  }
}

describe("on generated programs", () => {
  const check = (src: string) => {
    for (const style of STYLES)
      agree((engine) =>
        runStgSource(src, {
          file: "generated.stg",
          style,
          prelude: true,
          annotate: false,
          callStack: false,
          maxSteps: MAX_STEPS,
          engine,
        }),
      );
  };

  it("Int-valued", () => {
    fc.assert(
      fc.property(intE, (e) => {
        const t = new ToStg();
        check(program(t.binds, t.int(e)));
      }),
      { numRuns: 80 },
    );
  });

  it("list-valued, forced", () => {
    fc.assert(
      fc.property(listE, (e) => {
        const t = new ToStg();
        const l = t.list(e);
        t.binds.push(`forced = THUNK(forcelist ${l})`);
        check(program(t.binds, `seq forced ${l}`));
      }),
      { numRuns: 80 },
    );
  });

  it("with exceptions, handlers, re-forced thunks and blackholes", () => {
    fc.assert(
      fc.property(excE, (e) => {
        const t = new ToStg();
        check(program(t.binds, excToStg(t, e)));
      }),
      { numRuns: 150 },
    );
  });

  it("with exceptions, on a stack in segments of a few words", () => {
    fc.assert(
      fc.property(excE, (e) => {
        const t = new ToStg();
        withTinySegments(() => check(program(t.binds, excToStg(t, e))));
      }),
      { numRuns: 60 },
    );
  });

  it("function-valued", () => {
    fc.assert(
      fc.property(funE, (e) => {
        const t = new ToStg();
        check(program(t.binds, t.fun(e)));
      }),
      { numRuns: 40 },
    );
  });
});
