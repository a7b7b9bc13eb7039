// Haskell programs exercising the list, Foldable/Traversable, monad and IO
// preludes: each runs through our pipeline (GHC dump, lowering, base
// prelude, interpreter) and as GHC's own binary; stdout and the exit code
// must be identical, and stderr too where it carries GHC's error message.
import { describe, it, expect, beforeAll } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { HAVE_GHC } from "../../support/ghc.js";
import {
  compileNative,
  convertOurs,
  runBinary,
  runConverted,
  type Converted,
  type RunInput,
} from "./harness.js";

const DIR = fileURLToPath(new URL("./programs/", import.meta.url));
const src = (name: string) => join(DIR, name);
const stdinOf = (name: string) => readFileSync(src(name), "utf8");

interface Case {
  readonly label: string;
  readonly input: RunInput;
  /** Compare stderr byte for byte as well. */
  readonly stderr: boolean;
}

interface Program {
  readonly file: string;
  /** GHC options for both compilations (default -O0). */
  readonly ghcOptions?: readonly string[];
  readonly cases: readonly Case[];
}

const EOF_CASES: readonly Case[] = [
  {
    label: "isEOF loop",
    input: { stdin: "xabc\nλ→ü\n\nlast without newline" },
    stderr: true,
  },
  {
    label: "isEOF loop, final newline",
    input: { stdin: "ab\ncd\n" },
    stderr: true,
  },
];

const PROGRAMS: readonly Program[] = [
  {
    file: "Lists.hs",
    cases: [{ label: "list library", input: {}, stderr: true }],
  },
  {
    file: "FoldTrav.hs",
    cases: [{ label: "Foldable/Traversable", input: {}, stderr: true }],
  },
  {
    file: "Monads.hs",
    cases: [{ label: "monads, Semigroup/Monoid", input: {}, stderr: true }],
  },
  {
    file: "Combinators.hs",
    cases: [{ label: "Maybe/Either/Tuple/Function", input: {}, stderr: true }],
  },
  {
    file: "Extras.hs",
    cases: [
      { label: "monoid newtypes, Identity, NonEmpty", input: {}, stderr: true },
    ],
  },
  {
    file: "FunctionsPairs.hs",
    cases: [{ label: "(->) r and (,) a instances", input: {}, stderr: true }],
  },
  {
    file: "Refs.hs",
    cases: [{ label: "IORef, STRef, runST", input: {}, stderr: true }],
  },
  {
    file: "Printf.hs",
    cases: [{ label: "printf formats", input: {}, stderr: true }],
  },
  {
    file: "Io.hs",
    cases: [
      {
        label: "stdin, args, stderr, exit 3",
        input: { stdin: stdinOf("Io.stdin"), args: ["one", "two words", "ü"] },
        stderr: true,
      },
      {
        label: "short input: no exit",
        input: { stdin: "x\n5\nonly\n" },
        stderr: true,
      },
    ],
  },
  {
    file: "Eof.hs",
    cases: EOF_CASES,
  },
  // -O1: programs whose base internals at -O1 the preludes cover.
  { file: "Eof.hs", ghcOptions: ["-O1"], cases: EOF_CASES },
  {
    file: "Interact.hs",
    ghcOptions: ["-O1"],
    cases: [
      {
        label: "interact",
        input: { stdin: stdinOf("Interact.stdin") },
        stderr: true,
      },
    ],
  },
  {
    file: "Interact.hs",
    cases: [
      {
        label: "interact",
        input: { stdin: stdinOf("Interact.stdin") },
        stderr: true,
      },
      { label: "interact, empty input", input: { stdin: "" }, stderr: true },
    ],
  },
  {
    file: "Errors.hs",
    cases: [
      "head",
      "tail",
      "init",
      "last",
      "index-large",
      "index-neg",
      "fromJust",
      "maximum",
      "minimum-maybe",
      "foldr1",
      "foldr1-maybe",
      "maximumBy",
      "cycle",
      "fail-io",
      "exit-success",
      "exit-failure",
      "exit-42",
      "getline-eof",
    ]
      .map((a): Case => ({ label: a, input: { args: [a] }, stderr: true }))
      .concat(
        [" 42 \n", "4x2\n", "\n"].map((stdin) => ({
          label: `readLn ${JSON.stringify(stdin)}`,
          input: { args: ["readln"], stdin },
          stderr: true,
        })),
      ),
  },
];

describe.skipIf(!HAVE_GHC)(
  "base-lists programs: ours against GHC's binary",
  () => {
    for (const prog of PROGRAMS) {
      const opts = prog.ghcOptions ?? [];
      describe([prog.file, ...opts].join(" "), () => {
        let ours: Converted;
        let binary: string;
        beforeAll(async () => {
          ours = await convertOurs(src(prog.file));
          binary = compileNative(src(prog.file));
        }, 60_000);
        for (const c of prog.cases) {
          it(c.label, () => {
            const native = runBinary(binary, c.input);
            const mine = runConverted(ours, {
              ...c.input,
              maxSteps: 200_000_000,
            });
            expect(mine.stdout).toBe(native.stdout);
            expect(mine.exitCode).toBe(native.exitCode);
            if (c.stderr) expect(mine.stderr).toBe(native.stderr);
          });
        }
      });
    }
  },
);
