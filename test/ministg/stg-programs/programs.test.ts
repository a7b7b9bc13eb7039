// Runs every hand-written miniSTG program in this folder under both
// evaluation styles and checks it against its sidecar `NAME.expect.json`,
// whose values were reasoned out by hand from ministg's rules (see the
// comment at the top of each program), never recorded from our own output.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";
import { runStgSource } from "../../../src/ministg/run-stg.js";
import type {
  EvalStyle,
  RuleName,
  RunStgSourceResult,
} from "../../../src/ministg/run-api.js";
import { parseStg } from "../../../src/ministg/parse.js";
import { checkMinistgDialect } from "../../../src/ministg/check-dialect.js";

const DIR = dirname(fileURLToPath(import.meta.url));
const STYLES: readonly EvalStyle[] = ["EA", "PE"];
/** Guards against a runaway machine; every program here needs far fewer. */
const STEP_LIMIT = 20_000_000;

/** ministg's own test programs, rewritten by us (issue 3 gives their counts). */
const MINISTG_PROGRAMS = [
  "ministg-append",
  "ministg-apply",
  "ministg-fac",
  "ministg-fibs",
  "ministg-map_pap",
  "ministg-seq",
  "ministg-sum",
  "ministg-take",
];

const COMMON_RULES: readonly RuleName[] = [
  "STACK",
  "LET",
  "CASECON",
  "CASEANY",
  "CASE",
  "RET",
  "THUNK",
  "UPDATE",
  "KNOWNCALL",
  "PRIMOP",
];
const STYLE_RULES: Readonly<Record<EvalStyle, readonly RuleName[]>> = {
  PE: ["PUSH", "FENTER", "PAP1", "PENTER"],
  EA: ["EXACT", "CALLK", "PAP2", "TCALL", "PCALL", "RETFUN"],
};

interface Expectation {
  /** Exact standard output (ministg prints the value with a newline). */
  readonly stdout: string;
  readonly exitCode: number;
  /** Steps as ministg counts them (rule applications), per style. */
  readonly steps?: Readonly<Record<EvalStyle, number>>;
  /** false = run with --noprelude (default: prelude loaded). */
  readonly prelude: boolean;
  /** -a */
  readonly annotate: boolean;
  /** -c */
  readonly callStack: boolean;
  /** A text the standard error must contain (runtime errors). */
  readonly stderrIncludes?: string;
}

const KNOWN_KEYS = new Set([
  "stdout",
  "exitCode",
  "steps",
  "prelude",
  "annotate",
  "callStack",
  "stderrIncludes",
]);

function readExpectation(file: string): Expectation {
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new Error(`${file}: expected a JSON object`);
  }
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!KNOWN_KEYS.has(k)) throw new Error(`${file}: unknown key ${k}`);
  }
  const str = (k: string): string | undefined => {
    const v = o[k];
    if (v === undefined) return undefined;
    if (typeof v !== "string")
      throw new Error(`${file}: ${k} must be a string`);
    return v;
  };
  const bool = (k: string, dflt: boolean): boolean => {
    const v = o[k];
    if (v === undefined) return dflt;
    if (typeof v !== "boolean")
      throw new Error(`${file}: ${k} must be a boolean`);
    return v;
  };
  const stdout = str("stdout");
  if (stdout === undefined) throw new Error(`${file}: stdout is required`);
  if (typeof o.exitCode !== "number")
    throw new Error(`${file}: exitCode must be a number`);
  let steps: Record<EvalStyle, number> | undefined;
  if (o.steps !== undefined) {
    const s = o.steps as Record<string, unknown>;
    if (typeof s.EA !== "number" || typeof s.PE !== "number") {
      throw new Error(`${file}: steps must be { EA: number, PE: number }`);
    }
    steps = { EA: s.EA, PE: s.PE };
  }
  return {
    stdout,
    exitCode: o.exitCode,
    steps,
    prelude: bool("prelude", true),
    annotate: bool("annotate", false),
    callStack: bool("callStack", false),
    stderrIncludes: str("stderrIncludes"),
  };
}

interface Case {
  readonly name: string;
  readonly file: string;
  readonly source: string;
  readonly expect: Expectation;
}

const programFiles = readdirSync(DIR)
  .filter((f) => f.endsWith(".stg"))
  .sort();

const cases: Case[] = programFiles.map((f) => {
  const name = f.slice(0, -".stg".length);
  const sidecar = join(DIR, `${name}.expect.json`);
  if (!existsSync(sidecar)) throw new Error(`${f} has no ${name}.expect.json`);
  return {
    name,
    file: f,
    source: readFileSync(join(DIR, f), "utf8"),
    expect: readExpectation(sidecar),
  };
});

// Each program runs once per style; the "agree" test reuses both runs.
const results = new Map<string, RunStgSourceResult>();
async function run(c: Case, style: EvalStyle): Promise<RunStgSourceResult> {
  const key = `${c.name}/${style}`;
  const cached = results.get(key);
  if (cached) return cached;
  const r = await runStgSource(c.source, {
    file: c.file,
    style,
    maxSteps: STEP_LIMIT,
    prelude: c.expect.prelude,
    annotate: c.expect.annotate,
    callStack: c.expect.callStack,
  });
  results.set(key, r);
  return r;
}

describe("hand-written miniSTG programs: the collection", () => {
  it("has at least 45 programs, each with an expectation", () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  it("includes our versions of ministg's own test programs", () => {
    const names = new Set(cases.map((c) => c.name));
    for (const n of MINISTG_PROGRAMS) expect(names.has(n), n).toBe(true);
  });

  it("has no stray expectation files", () => {
    const stray = readdirSync(DIR)
      .filter((f) => f.endsWith(".expect.json"))
      .filter(
        (f) => !existsSync(join(DIR, f.replace(/\.expect\.json$/, ".stg"))),
      );
    expect(stray).toEqual([]);
  });
});

for (const c of cases) {
  describe(c.file, () => {
    it("is valid ministg (the dialect ministg itself accepts)", () => {
      const program = parseStg(c.source, { file: c.file, dialect: "ministg" });
      expect(checkMinistgDialect(program)).toEqual([]);
    });

    for (const style of STYLES) {
      it(`-s ${style}: output, exit code${c.expect.steps ? " and step count" : ""}`, async () => {
        const r = await run(c, style);
        expect(r.stdout).toBe(c.expect.stdout);
        expect(r.exitCode).toBe(c.expect.exitCode);
        if (c.expect.stderrIncludes !== undefined) {
          expect(r.stderr).toContain(c.expect.stderrIncludes);
        }
        // Errors reach the user as messages, never as a JavaScript stack trace.
        expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
        if (c.expect.steps) expect(r.stats.steps).toBe(c.expect.steps[style]);
      });
    }

    it("EA and PE agree on the output", async () => {
      const ea = await run(c, "EA");
      const pe = await run(c, "PE");
      expect(pe.stdout).toBe(ea.stdout);
      expect(pe.exitCode).toBe(ea.exitCode);
    });
  });
}

// Runs after the per-program tests (vitest runs a file's tests in order) and
// reuses their runs.
describe("rule coverage over the whole collection", () => {
  for (const style of STYLES) {
    const other: EvalStyle = style === "EA" ? "PE" : "EA";
    it(`-s ${style} applies every common rule and every ${style} rule, and no ${other} rule`, async () => {
      const used = new Set<string>();
      for (const c of cases) {
        const r = await run(c, style);
        for (const [rule, n] of Object.entries(r.stats.rules)) {
          if (n !== undefined && n > 0) used.add(rule);
        }
      }
      for (const rule of [...COMMON_RULES, ...STYLE_RULES[style]]) {
        expect(used.has(rule), rule).toBe(true);
      }
      for (const rule of STYLE_RULES[other]) {
        expect(used.has(rule), rule).toBe(false);
      }
    });
  }
});

// The same programs through the built CLI (`npm test` builds first), so the
// flags -s, -a, -c, --noprelude and --stats are checked end to end too.
interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

function hs2stg(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("./bin/hs2stg", args, {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code }));
  });
}

function cliFlags(e: Expectation, style: EvalStyle): string[] {
  return [
    "-s",
    style,
    ...(e.prelude ? [] : ["--noprelude"]),
    ...(e.annotate ? ["-a"] : []),
    ...(e.callStack ? ["-c"] : []),
  ];
}

// A few programs only: each spawn costs about half a second of CPU, and the
// step counts themselves are checked above for every program.
const CLI_STATS_PROGRAMS = ["ministg-sum", "ministg-fibs"];
const CLI_FLAG_PROGRAMS = [
  "noprelude-steps",
  "noprelude-missing-name",
  "stack-annotate-sum-error",
  "stack-callstack-flag-only",
  "stack-annotate-callstack-flag",
];

describe("through the CLI: hs2stg run", () => {
  it("--stats reports the step counts issue 3 gives for ministg's sum and fibs, in both styles", async () => {
    const runs = cases
      .filter((c) => CLI_STATS_PROGRAMS.includes(c.name))
      .flatMap((c) =>
        STYLES.map(async (style) => {
          const r = await hs2stg([
            "run",
            join(DIR, c.file),
            ...cliFlags(c.expect, style),
            "--stats",
          ]);
          return { c, style, r };
        }),
      );
    for (const { c, style, r } of await Promise.all(runs)) {
      const label = `${c.name} -s ${style}`;
      expect(r.stdout, label).toBe(c.expect.stdout);
      expect(r.code, label).toBe(c.expect.exitCode);
      const steps = /\[stats\] steps: (\d+)/.exec(r.stderr);
      expect(steps?.[1], label).toBe(String(c.expect.steps?.[style]));
    }
  });

  it("passes -a, -c and --noprelude to the interpreter", async () => {
    const flagged = cases.filter(
      (c) => !c.expect.prelude || c.expect.annotate || c.expect.callStack,
    );
    expect(flagged.length).toBeGreaterThanOrEqual(5);
    const runs = flagged.map(async (c) => ({
      c,
      r: await hs2stg(["run", join(DIR, c.file), ...cliFlags(c.expect, "PE")]),
    }));
    for (const { c, r } of await Promise.all(runs)) {
      expect(r.stdout, c.name).toBe(c.expect.stdout);
      expect(r.code, c.name).toBe(c.expect.exitCode);
      if (c.expect.stderrIncludes !== undefined) {
        expect(r.stderr, c.name).toContain(c.expect.stderrIncludes);
      }
    }
  });
});
