// GHC's runtime behaviour and -O1 corner cases (issue 12, items 3 and 4):
// each program in programs/ is built by GHC at -O0 and -O1 and run natively
// and through our pipeline; stdout, stderr and exit code must be identical.
// The programs in limits/ exceed a small stack or heap limit, natively
// through +RTS -K/-M and here through the machine's limits; the exit code
// and GHC's wording must agree (the sizes and the advice line are ours).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { HAVE_GHC } from "../../support/ghc.js";
import {
  compileNativeWithDumps,
  type StgDumpFile,
} from "../../../src/ghc/index.js";
import {
  convertDumps,
  runConverted,
  type MemoryRunOptions,
} from "../../../src/pipeline/in-memory.js";

const PROGRAMS_DIR = join(import.meta.dirname, "programs");
const LIMITS_DIR = join(import.meta.dirname, "limits");
const LEVELS = ["-O0", "-O1"] as const;
const MiB = 1024 * 1024;

interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A limit exceeded: the RTS flag for the native run, the option for ours. */
interface LimitCase {
  readonly program: string;
  readonly rts: readonly string[];
  readonly ours: MemoryRunOptions;
  /** The part of stderr both must print (GHC's wording). */
  readonly common: (stderr: string) => string;
}

const LIMITS: readonly LimitCase[] = [
  {
    program: "stack-overflow.hs",
    rts: ["+RTS", "-K1m", "-RTS"],
    ours: { maxStackBytes: 1 * MiB },
    common: (e) => e.replace(/current size \d+ bytes\.\n[^]*$/, ""),
  },
  {
    program: "heap-exhausted.hs",
    rts: ["+RTS", "-M16m", "-RTS"],
    ours: { maxHeapBytes: 16 * MiB },
    common: (e) => e.split("\n").slice(0, 2).join("\n"),
  },
];

const hsFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".hs"))
    .sort();

function outcomeOf(r: {
  stdout: Uint8Array;
  stderr: Uint8Array;
  exitCode: number;
}): Outcome {
  return {
    stdout: Buffer.from(r.stdout).toString("utf8"),
    stderr: Buffer.from(r.stderr).toString("utf8"),
    exitCode: r.exitCode,
  };
}

/** GHC's binary (named `prog`, as our runs are) and its dumps, run once. */
async function buildAndRun(
  file: string,
  outDir: string,
  level: string,
  args: readonly string[] = [],
): Promise<{ dumps: StgDumpFile[]; out: Outcome }> {
  const { exe, dumps } = await compileNativeWithDumps(file, {
    outDir,
    exeName: "prog",
    ghcOptions: ["-dynamic", "-rtsopts", level],
  });
  const r = await execa(exe, [...args], {
    reject: false,
    stripFinalNewline: false,
  });
  return {
    dumps,
    out: { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode ?? -1 },
  };
}

describe.skipIf(!HAVE_GHC)("runtime behaviour: hs2stg vs GHC", () => {
  let work = "";
  const native = new Map<string, { dumps: StgDumpFile[]; out: Outcome }>();

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "hs2stg-runtime-"));
    const jobs: Promise<void>[] = [];
    for (const level of LEVELS) {
      for (const p of hsFiles(PROGRAMS_DIR))
        jobs.push(
          buildAndRun(join(PROGRAMS_DIR, p), join(work, p + level), level).then(
            (r) => void native.set(p + level, r),
          ),
        );
      for (const c of LIMITS)
        jobs.push(
          buildAndRun(
            join(LIMITS_DIR, c.program),
            join(work, c.program + level),
            level,
            c.rts,
          ).then((r) => void native.set(c.program + level, r)),
        );
    }
    await Promise.all(jobs);
  }, 300_000);

  afterAll(async () => {
    if (work !== "") await rm(work, { recursive: true, force: true });
  });

  for (const p of hsFiles(PROGRAMS_DIR)) {
    for (const level of LEVELS) {
      it(`${p} ${level}`, () => {
        const n = native.get(p + level)!;
        const program = convertDumps(n.dumps, join(PROGRAMS_DIR, p));
        const ours = outcomeOf(runConverted(program, { progName: "prog" }));
        expect(ours).toEqual(n.out);
      });
    }
  }

  for (const c of LIMITS) {
    for (const level of LEVELS) {
      it(`${c.program} ${level} (${c.rts[1]})`, () => {
        const n = native.get(c.program + level)!;
        const program = convertDumps(n.dumps, join(LIMITS_DIR, c.program));
        const ours = outcomeOf(
          runConverted(program, { progName: "prog", ...c.ours }),
        );
        expect(ours.stdout).toBe(n.out.stdout);
        expect(ours.exitCode).toBe(n.out.exitCode);
        expect(c.common(ours.stderr)).toBe(c.common(n.out.stderr));
        expect(ours.stderr).not.toMatch(/RangeError|FATAL|at .*\.js/);
      });
    }
  }
});
