#!/usr/bin/env node
// Fuzz campaign of the front end (issue 15; not run by CI or `npm test`):
// mutated GHC STG dumps and miniSTG files (hand-written and converted, with
// their #@ headers) go through both parsers, the lowering, the linker and
// `run` with a small step limit. Every failure must be a UserError (what the
// CLI prints as `hs2stg: message`); anything else is an uncaught exception,
// and any message that carries a JavaScript stack trace (`    at f (file.js:1:2)`)
// counts too. Both must be 0.
//   node bench/fuzz.mjs [--count N] [--seed S] [--steps N] [--verbose]
// Needs `npm run build` (it uses dist/). See bench/README.md.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (p) => import(join(root, "dist", p));
const { UserError } = await dist("errors.js");
const { parseGhcDump } = await dist("parse-ghc-dump/index.js");
const { parseDumps, translateDumps } = await dist("pipeline/translate.js");
const { runConverted } = await dist("pipeline/in-memory.js");
const { runStgSource, parseStgFile } = await dist("ministg/run-stg.js");
const { convertDumpFiles } = await dist("pipeline/convert-program.js");
const { linkConvertedText } = await dist("pipeline/run-stg-files.js");

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const COUNT = arg("--count", 100_000);
const STEPS = arg("--steps", 2_000);
let seed = arg("--seed", 1) >>> 0;
const VERBOSE = process.argv.includes("--verbose");

// ------------------------------------------------------------ seeds

function files(dir, test) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .filter((f) => test(String(f)))
    .map((f) => join(dir, String(f)));
}
const dumpFiles = [
  ...files(join(root, "golden"), (f) => f.endsWith(".dump-stg-final")),
  ...files(join(root, "test/fixtures/dumps"), (f) => f.includes(".dump-stg")),
];
const stgFiles = [
  ...files(join(root, "golden"), (f) => f.endsWith(".stg")),
  ...files(join(root, "test/ministg/stg-programs"), (f) => f.endsWith(".stg")),
  ...files(join(root, "bench/programs"), (f) => f.endsWith(".stg")),
  join(root, "preludes/ministg/Prelude.stg"),
  ...files(join(root, "examples/ministg-article"), (f) => f.endsWith(".stg")),
];
const dumps = dumpFiles.map((f) => readFileSync(f, "utf8"));
const stgs = stgFiles.map((f) => readFileSync(f, "utf8"));
// Converted files (with their #@ header) from the golden dumps.
const converted = [];
for (const f of dumpFiles.filter((f) => f.includes("/golden/"))) {
  try {
    converted.push(
      convertDumpFiles([{ name: f, text: readFileSync(f, "utf8") }], {
        file: f,
        dialect: "extended",
        ghcOptions: [],
        preludeFiles: [],
        comments: true,
        warn: () => {},
      }),
    );
  } catch {
    // A seed that does not convert is still a dump seed.
  }
}

// ------------------------------------------------------------ mutations

function rand(n) {
  // xorshift32: deterministic for a seed.
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed % n;
}
const pick = (xs) => xs[rand(xs.length)];

const TOKENS = [
  "let {",
  "} in",
  "letrec {",
  "case",
  "of",
  "{",
  "}",
  ";",
  "->",
  "=",
  "(",
  ")",
  "\\r [",
  "\\u []",
  "[",
  "]",
  "Rec {",
  "end Rec }",
  "__DEFAULT ->",
  "::",
  "[GblId]",
  "CCCS",
  "GHC.Types.I#!",
  "GHC.Types.I# [1#]",
  "FUN(",
  "THUNK(",
  "CON(",
  "PAP(",
  "ERROR",
  "plus#",
  "intToBool#",
  "#",
  "#@ ",
  "#@ data Main.T = A | B\n",
  "#@ prelude base\n",
  "#@ prelude nope.stg\n",
  "#@ entry x\n",
  "#@ hs2stg-stg 2\n",
  '"',
  "'",
  "'\\''#",
  '"a\\\\195"#',
  "1.5e3##",
  "-7#",
  "99999999999999999999999#",
  "0x",
  "1e400##",
  "17w",
  "123n",
  "2.5f",
  'stack "s"',
  "main",
  "_",
  "$",
  "Main.",
  ":Main.main",
  "\u00e9",
  "\u0000",
  "\t",
  "\r\n",
  "((((((((((",
  "))))))))))",
  "sat_s1",
  "wild",
  "GHC.Prim.void#",
  "__NULL",
  '__label "x" (function)',
  "__ffi_static_ccall_unsafe base:f :: ",
  "src<A.hs:1:1>",
  "-dsuppress",
];

function mutate(text) {
  let s = text;
  const n = 1 + rand(4);
  for (let k = 0; k < n; k++) {
    const at = s.length === 0 ? 0 : rand(s.length);
    switch (rand(10)) {
      case 0: // delete a range
        s = s.slice(0, at) + s.slice(at + 1 + rand(40));
        break;
      case 1: // insert a token
        s = s.slice(0, at) + pick(TOKENS) + s.slice(at);
        break;
      case 2: // duplicate a range
        s = s.slice(0, at) + s.slice(at, at + rand(200)) + s.slice(at);
        break;
      case 3: {
        // flip a character
        const c = String.fromCharCode(32 + rand(95));
        s = s.slice(0, at) + c + s.slice(at + 1);
        break;
      }
      case 4: // truncate
        s = s.slice(0, at);
        break;
      case 5: {
        // swap two lines
        const lines = s.split("\n");
        const i = rand(lines.length);
        const j = rand(lines.length);
        [lines[i], lines[j]] = [lines[j], lines[i]];
        s = lines.join("\n");
        break;
      }
      case 6: {
        // change a digit
        const m = /[0-9]/g;
        m.lastIndex = at;
        const r = m.exec(s);
        if (r)
          s = s.slice(0, r.index) + String(rand(10)) + s.slice(r.index + 1);
        break;
      }
      case 7: {
        // rename an identifier to another one of the text
        const words = s.match(/[A-Za-z_][\w.#$']*/g) ?? [];
        if (words.length > 1) {
          const a = pick(words);
          const b = pick(words);
          s = s.replace(a, b);
        }
        break;
      }
      case 8: // deep nesting
        s = s.slice(0, at) + "(".repeat(rand(3000)) + s.slice(at);
        break;
      default: {
        // splice in a piece of another seed
        const other = pick([...dumps, ...stgs]);
        const from = rand(Math.max(1, other.length));
        s = s.slice(0, at) + other.slice(from, from + rand(300)) + s.slice(at);
      }
    }
  }
  return s;
}

// ------------------------------------------------------------ targets

const STACK_TRACE = /\n\s+at .*(\.js|\.ts):\d+/;
const stats = {
  inputs: 0,
  dumps: 0,
  stg: 0,
  convertedStg: 0,
  accepted: 0,
  ran: 0,
  userErrors: 0,
  uncaught: 0,
  stackTraces: 0,
};
const examples = [];

function classify(kind, input, fn) {
  try {
    const out = fn();
    if (typeof out === "string" && STACK_TRACE.test(out)) {
      stats.stackTraces++;
      note(kind, input, `stack trace in output: ${out.slice(0, 300)}`);
    }
    stats.accepted++;
  } catch (err) {
    if (err instanceof UserError) {
      stats.userErrors++;
      if (STACK_TRACE.test(err.message)) {
        stats.stackTraces++;
        note(
          kind,
          input,
          `stack trace in message: ${err.message.slice(0, 300)}`,
        );
      }
      return;
    }
    stats.uncaught++;
    const msg =
      err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    note(
      kind,
      input,
      msg.slice(0, 300) + (VERBOSE && err?.stack ? `\n${err.stack}` : ""),
    );
  }
}

function note(kind, input, what) {
  if (examples.length < 20) examples.push({ kind, what, input });
}

function fuzzDump(text) {
  stats.dumps++;
  classify("dump", text, () => {
    parseGhcDump(text, "fuzz.dump-stg-final");
    const program = translateDumps(
      parseDumps([{ name: "fuzz.dump-stg-final", text }]),
      "fuzz.hs",
    );
    stats.ran++;
    const r = runConverted(program, {
      maxSteps: STEPS,
      maxStackBytes: 1 << 20,
    });
    return Buffer.from(r.stderr).toString("utf8");
  });
}

function fuzzStg(text) {
  stats.stg++;
  classify("stg", text, () => {
    parseStgFile(text, "fuzz.stg");
    stats.ran++;
    const r = runStgSource(text, {
      file: "fuzz.stg",
      style: rand(2) === 0 ? "EA" : "PE",
      maxSteps: STEPS,
      prelude: rand(2) === 0,
      callStack: rand(2) === 0,
      annotate: rand(4) === 0,
    });
    return r.stderr;
  });
}

function fuzzConverted(text) {
  stats.convertedStg++;
  classify("converted", text, () => {
    const { program, header } = linkConvertedText(
      text,
      "/tmp/fuzz-converted.stg",
    );
    stats.ran++;
    const r = runConverted(program, {
      maxSteps: STEPS,
      maxStackBytes: 1 << 20,
      printValue: header.entry !== undefined,
    });
    return Buffer.from(r.stderr).toString("utf8");
  });
}

const started = Date.now();
for (let i = 0; i < COUNT; i++) {
  stats.inputs++;
  const which = rand(3);
  if (which === 0 && dumps.length > 0) fuzzDump(mutate(pick(dumps)));
  else if (which === 1 && converted.length > 0)
    fuzzConverted(mutate(pick(converted)));
  else fuzzStg(mutate(pick(stgs)));
  if ((i + 1) % 10_000 === 0)
    process.stderr.write(
      `${i + 1} inputs, ${stats.uncaught} uncaught, ${stats.stackTraces} stack traces, ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
    );
}

console.log(
  `fuzz: ${stats.inputs} inputs (${stats.dumps} dumps, ${stats.stg} miniSTG files, ${stats.convertedStg} converted files) from ${dumps.length} dump and ${stgs.length + converted.length} miniSTG seeds`,
);
console.log(
  `  accepted and ran: ${stats.accepted}; refused with a UserError: ${stats.userErrors}`,
);
console.log(`  uncaught exceptions: ${stats.uncaught}`);
console.log(`  JavaScript stack traces: ${stats.stackTraces}`);
console.log(`  time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const e of examples) {
  console.log(`\n--- ${e.kind}: ${e.what}`);
  if (VERBOSE) console.log(e.input.slice(0, 2000));
}
process.exitCode = stats.uncaught + stats.stackTraces === 0 ? 0 : 1;
