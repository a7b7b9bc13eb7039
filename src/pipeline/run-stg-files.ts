// `hs2stg run A.stg [B.stg ...]`: one program from one or more miniSTG files
// (docs/standalone.md).
//   - A file `hs2stg convert` made carries a `#@` header (stg-header.ts): it
//     runs like the Haskell program it came from, linked with the preludes its
//     header names (`base`: preludes/base) and told its constructor order.
//     The other files on the command line and every `--prelude` are user
//     preludes: their definitions win over the program's and base's.
//   - Hand-written files (no header) run as in ministg: our ministg Prelude
//     first (unless --noprelude), then the files in order, a later definition
//     of a name overriding an earlier one; `--prelude` files override all.
// Undefined names are reported before running, each with why (missing-names.ts).
import { dirname, isAbsolute, join } from "node:path";
import type { RunCliOptions } from "./run-options.js";
import type { Program } from "../ministg/ast.js";
import type { SourceBinding } from "../ministg/machine/compile.js";
import { UserError } from "../errors.js";
import { parseStgFile, readStgText } from "../ministg/stg-file.js";
import { runStgFile } from "./run-stg-file.js";
import { ministgPrelude } from "../ministg/prelude.js";
import { NON_TERMINATION } from "../ministg/machine/machine.js";
import { loadBasePrelude } from "../preludes/base.js";
import { libraryConTags } from "../preludes/library-constructors.js";
import { linkProgram, type LinkLayers } from "../preludes/link-program.js";
import {
  explainMissing,
  type MissingContext,
} from "../preludes/missing-names.js";
import { loadUserPreludes } from "../preludes/user-prelude.js";
import { runTranslatedInProcess } from "./run-translated.js";
import type { TranslatedProgram } from "./translate.js";
import { programName } from "./program-name.js";
import { runLinkedHandWritten } from "./run-hand-written.js";
import {
  BASE_PRELUDE,
  headerConTags,
  parseHeader,
  type StgHeader,
} from "./stg-header.js";

interface StgFile {
  readonly file: string;
  readonly text: string;
  readonly program: Program;
  readonly header?: StgHeader;
}

function readStg(file: string): StgFile {
  const text = readStgText(file, "the program");
  const header = parseHeader(text, file);
  const program = parseStgFile(text, file);
  return { file, text, program, ...(header !== undefined ? { header } : {}) };
}

/** Runs the program the files make; resolves to the exit code. */
export async function runStgFiles(
  files: readonly string[],
  opts: RunCliOptions,
  userPreludeFiles: readonly string[] = [],
): Promise<number> {
  const read = files.map(readStg);
  const converted = read.filter((f) => f.header !== undefined);
  if (converted.length > 1)
    throw new UserError(
      `${converted[1]!.file}: only one converted file may be run at a time (${converted[0]!.file} is one too); convert the program's modules together`,
    );
  if (converted.length === 1)
    return runConverted(
      converted[0]!,
      read.filter((f) => f.header === undefined).map((f) => f.file),
      opts,
      userPreludeFiles,
    );
  return runHandWritten(read, opts, userPreludeFiles);
}

function runConverted(
  main: StgFile,
  others: readonly string[],
  opts: RunCliOptions,
  cliPreludes: readonly string[],
): number {
  if (opts.entry !== undefined)
    throw new UserError(
      `${main.file}: --entry applies when converting (\`hs2stg convert PROG --entry ${opts.entry}\`); a converted file runs the entry it was made with`,
    );
  if (opts.dump !== undefined)
    throw new UserError(
      `${main.file}: -d works on hand-written miniSTG; this file was made by convert (read it directly)`,
    );
  const { program, header } = linkConverted(main, {
    others,
    cliPreludes,
    prelude: opts.prelude,
  });
  const runOpts: RunCliOptions =
    header.entry !== undefined ? { ...opts, entry: header.entry } : opts;
  return runTranslatedInProcess(
    program,
    runOpts,
    programName(main.file),
    header.notice,
  );
}

export interface ConvertedLinkOptions {
  /** Hand-written files given with it (user preludes). */
  readonly others?: readonly string[];
  /** --prelude files. */
  readonly cliPreludes?: readonly string[];
  /** false with --noprelude: the base prelude is not linked. */
  readonly prelude?: boolean;
}

/** A converted file's text, linked as its header says; throws when names are undefined. */
export function linkConvertedText(
  text: string,
  file: string,
  opts: ConvertedLinkOptions = {},
): { program: TranslatedProgram; header: StgHeader } {
  const header = parseHeader(text, file);
  if (header === undefined)
    throw new UserError(
      `${file}: not a file made by \`hs2stg convert\` (no #@ header)`,
    );
  return linkConverted(
    { file, text, program: parseStgFile(text, file), header },
    opts,
  );
}

function linkConverted(
  main: StgFile,
  opts: ConvertedLinkOptions,
): { program: TranslatedProgram; header: StgHeader } {
  const header = main.header!;
  const here = dirname(main.file);
  const fromHeader = header.preludes
    .filter((p) => p !== BASE_PRELUDE)
    .map((p) => (isAbsolute(p) ? p : join(here, p)));
  const prelude = opts.prelude ?? true;
  const linkBase = prelude && header.preludes.includes(BASE_PRELUDE);
  // Earlier layers win: the command line's --prelude, the other files, the header's.
  const userPreludes = [
    ...loadUserPreludes(opts.cliPreludes ?? []),
    ...loadUserPreludes(opts.others ?? []),
    ...loadUserPreludes(fromHeader),
  ];
  const layers: LinkLayers = {
    userPreludes,
    program: main.program.bindings.map((binding) => ({
      binding,
      file: main.file,
    })),
    ...(linkBase ? { base: loadBasePrelude() } : {}),
  };
  const roots = linkBase ? ["main", NON_TERMINATION] : ["main"];
  const sources = linkedOrExplained(layers, roots, {
    noBaseReason: prelude
      ? `${main.file}'s header has no \`#@ prelude base\` line (docs/standalone.md)`
      : "--noprelude was given",
  });
  const conTags = new Map([...libraryConTags(), ...headerConTags(header)]);
  return {
    program: {
      program: { bindings: sources.map((s) => s.binding) },
      sources,
      conTags,
    },
    header,
  };
}

async function runHandWritten(
  read: readonly StgFile[],
  opts: RunCliOptions,
  cliPreludes: readonly string[],
): Promise<number> {
  const first = read[0]!;
  const prelude: SourceBinding[] = opts.prelude
    ? ministgPrelude().bindings.map((binding) => ({
        binding,
        file: "Prelude.stg",
      }))
    : [];
  const layers: LinkLayers = {
    userPreludes: loadUserPreludes(cliPreludes),
    program: [
      ...prelude,
      ...read.flatMap((f) =>
        f.program.bindings.map((binding) => ({ binding, file: f.file })),
      ),
    ],
  };
  const root = opts.entry ?? "main";
  const sources = linkedOrExplained(layers, [root], {
    noBaseReason: `${first.file} names no prelude (only a file made by \`hs2stg convert\` links the base prelude, through its \`#@ prelude base\` header line; docs/standalone.md)`,
    root,
    ...(opts.prelude
      ? {}
      : {
          leftOut: {
            label: "the ministg Prelude (preludes/ministg/Prelude.stg)",
            names: new Set(ministgPrelude().bindings.map((b) => b.name)),
            why: "--noprelude leaves out",
          },
        }),
  });
  // One file and nothing added: ministg's own path (-d dumps, ministg's output).
  if (read.length === 1 && cliPreludes.length === 0)
    return runStgFile(first.file, opts);
  if (opts.dump !== undefined)
    throw new UserError("-d shows one file; give a single .stg file with -d");
  return runLinkedHandWritten(sources, opts, programName(first.file));
}

function linkedOrExplained(
  layers: LinkLayers,
  roots: readonly string[],
  ctx: {
    noBaseReason: string;
    root?: string;
    leftOut?: MissingContext["leftOut"];
  },
): SourceBinding[] {
  const linked = linkProgram(layers, roots);
  if (linked.missing.length === 0) return [...linked.bindings];
  if (ctx.root !== undefined && linked.missing.includes(ctx.root))
    throw new UserError(
      ctx.root === "main"
        ? 'undefined variable: "main": the program has no `main` binding (the closure ministg evaluates); define one or give --entry NAME'
        : `undefined variable: ${JSON.stringify(ctx.root)}: --entry ${ctx.root} names no top-level binding`,
    );
  const all = [...layers.userPreludes, ...layers.program];
  const defined = new Set(all.map((s) => s.binding.name));
  if (layers.base !== undefined)
    for (const n of layers.base.definitions.keys()) defined.add(n);
  throw new UserError(
    explainMissing(linked.missing, {
      bindings: all,
      baseLinked: layers.base !== undefined,
      defined,
      noBaseReason: ctx.noBaseReason,
      ...(ctx.leftOut !== undefined ? { leftOut: ctx.leftOut } : {}),
    }),
  );
}
