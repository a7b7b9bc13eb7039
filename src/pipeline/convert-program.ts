// `hs2stg convert`: a Haskell program or a dump to a miniSTG file that runs
// on its own (docs/standalone.md). The extended dialect gets a `#@` header
// (the preludes to link, the entry, the constructor order of the program's
// data types) and a comment with each top-level binding's Haskell name; the
// ministg dialect is self-contained (it copies in what it uses).
import { readFileSync } from "node:fs";
import { relative, dirname, isAbsolute, join, resolve } from "node:path";
import type { Dialect } from "../ministg/ast.js";
import type { Dump } from "../parse-ghc-dump/ast.js";
import type { SourceBinding } from "../ministg/machine/compile.js";
import { UserError, fileErrorText } from "../errors.js";
import { VERSION } from "../version.js";
import { dumpStg, readDumpFile } from "../ghc/index.js";
import { dumpEntryProgram } from "../ghc/entry-wrapper.js";
import type { StgDumpFile } from "../ghc/index.js";
import { SUPPORTED_GHC_VERSION } from "../ghc/locate.js";
import { lowerModules } from "./stages.js";
import { linkDumps, parseDumps } from "./translate.js";
import { printStg } from "../print/print-stg.js";
import { toMinistgDialect } from "../ministg-dialect/index.js";
import { formatMissing } from "../preludes/base.js";
import { loadUserPreludes } from "../preludes/user-prelude.js";
import { bindingComments, programSources } from "./binding-comments.js";
import {
  BASE_PRELUDE,
  formatHeader,
  parseHeader,
  type HeaderDataType,
} from "./stg-header.js";
import { parseStgFile } from "../ministg/stg-file.js";

export interface ConvertRequest {
  readonly file: string;
  readonly dialect: Dialect;
  readonly entry?: string;
  readonly ghc?: string;
  readonly ghcOptions: readonly string[];
  /** --prelude FILE.stg (repeatable). */
  readonly preludeFiles: readonly string[];
  /** -o FILE: user prelude paths in the header are made relative to its directory. */
  readonly output?: string;
  /** Comments with each binding's Haskell name (default on). */
  readonly comments: boolean;
  /** Told about names no prelude defines (the file is written anyway). */
  readonly warn: (message: string) => void;
}

/** What the lowering is asked for, once the dumps are known. */
interface Lowerable {
  readonly dumps: readonly Dump[];
  /** The binding the program evaluates (a value) instead of running main. */
  readonly entry?: string;
  /** The Haskell name a value-printing file's header names. */
  readonly headerEntry?: string;
  readonly notice?: string;
}

function isHaskell(file: string): boolean {
  return /\.l?hs$/i.test(file);
}

/** The converted file's text. */
export async function convertProgram(req: ConvertRequest): Promise<string> {
  if (/\.stg$/i.test(req.file)) return convertStgFile(req);
  return convertLowerable(await lowerable(req), req);
}

/**
 * A miniSTG file again, with more preludes: a converted file keeps its
 * header (the new preludes added to it), or becomes the self-contained
 * ministg dialect; a hand-written file gets the preludes' definitions
 * copied in (they win).
 */
function convertStgFile(req: ConvertRequest): string {
  if (req.entry !== undefined)
    throw new UserError(
      `${req.file}: --entry applies to Haskell programs and dumps; a .stg file keeps its own main`,
    );
  let text: string;
  try {
    text = readFileSync(req.file, "utf8");
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new UserError(`${req.file}: cannot read the program: ${why}`);
  }
  const header = parseHeader(text, req.file);
  const program = parseStgFile(text, req.file);
  const fromHeader = (header?.preludes ?? [])
    .filter((p) => p !== BASE_PRELUDE)
    .map((p) => (isAbsolute(p) ? p : join(dirname(req.file), p)));
  const preludeFiles = [...fromHeader, ...req.preludeFiles];
  const user = loadUserPreludes(preludeFiles);
  if (req.dialect === "ministg")
    return printStg(
      toMinistgDialect(program, { userPreludes: user.map((u) => u.binding) }),
      { dialect: "ministg" },
    );
  if (header === undefined) {
    const mine = new Set(user.map((u) => u.binding.name));
    const merged = [
      ...user.filter(
        (u, i) =>
          user.findIndex((v) => v.binding.name === u.binding.name) === i,
      ),
      ...program.bindings
        .filter((b) => !mine.has(b.name))
        .map((binding) => ({ binding })),
    ].map((u) => u.binding);
    return printStg({ bindings: merged }, { dialect: "extended" });
  }
  const out = formatHeader({
    ...header,
    preludes: [
      ...header.preludes.filter((p) => p === BASE_PRELUDE),
      ...preludeFiles.map((p) => headerPath(p, req.output)),
    ],
  });
  const comments = req.comments ? bindingComments(program) : undefined;
  return (
    out +
    "\n" +
    printStg(program, {
      dialect: "extended",
      ...(comments !== undefined ? { comments } : {}),
    })
  );
}

/**
 * Dumps GHC already made (with their interface dumps) to the converted
 * file's text: what `convert DUMP` writes, for tests that share GHC builds.
 */
export function convertDumpFiles(
  dumps: readonly StgDumpFile[],
  req: ConvertRequest,
): string {
  const parsed = parseDumps(dumps);
  return convertLowerable(
    req.entry === undefined
      ? { dumps: parsed }
      : { dumps: parsed, entry: req.entry, headerEntry: req.entry },
    req,
  );
}

function convertLowerable(what: Lowerable, req: ConvertRequest): string {
  const user = loadUserPreludes(req.preludeFiles);
  const program = lowerModules({
    dumps: what.dumps,
    ...(what.entry !== undefined ? { entry: what.entry } : {}),
  });
  if (req.dialect === "ministg")
    return printStg(
      toMinistgDialect(program, { userPreludes: user.map((u) => u.binding) }),
      { dialect: "ministg" },
    );
  warnMissing(what, req, user);
  const header = formatHeader({
    madeBy: `hs2stg ${VERSION} (GHC ${SUPPORTED_GHC_VERSION} dumps)`,
    source: req.file,
    preludes: [
      BASE_PRELUDE,
      ...req.preludeFiles.map((p) => headerPath(p, req.output)),
    ],
    ...(what.headerEntry !== undefined ? { entry: what.headerEntry } : {}),
    ...(what.notice !== undefined ? { notice: what.notice } : {}),
    dataTypes: dataTypes(what.dumps),
  });
  const comments = req.comments
    ? bindingComments(
        program,
        isHaskell(req.file) ? programSources(req.file) : undefined,
      )
    : undefined;
  return (
    header +
    "\n" +
    printStg(program, {
      dialect: "extended",
      ...(comments !== undefined ? { comments } : {}),
    })
  );
}

async function lowerable(req: ConvertRequest): Promise<Lowerable> {
  const ghcOpts = {
    ...(req.ghc !== undefined ? { ghc: req.ghc } : {}),
    ghcOptions: [...req.ghcOptions],
  };
  if (!isHaskell(req.file)) {
    const dumps = parseDumps([await readDump(req.file)]);
    return req.entry === undefined
      ? { dumps }
      : { dumps, entry: req.entry, headerEntry: req.entry };
  }
  if (req.entry === undefined)
    return { dumps: parseDumps(await dumpStg(req.file, ghcOpts)) };
  // As `run --entry`: the module is compiled with every binding exported.
  const build = await dumpEntryProgram(req.file, req.entry, ghcOpts);
  switch (build.kind) {
    case "shown":
      // The extended dialect prints the value through its own Show, as run
      // does; the ministg dialect has no IO and evaluates the binding.
      return req.dialect === "extended"
        ? { dumps: parseDumps(build.dumps) }
        : { dumps: parseDumps(build.dumps), entry: build.entry };
    case "unshowable":
      return {
        dumps: parseDumps(build.dumps),
        entry: build.entry,
        headerEntry: build.entry,
        notice:
          `hs2stg: \`${req.entry}\` has a type without a Show instance GHC could use; ` +
          "printed by hs2stg's structural renderer (docs/entry.md)",
      };
    default: {
      const never: never = build;
      throw new Error(`unknown entry build ${String(never)}`);
    }
  }
}

async function readDump(file: string): Promise<StgDumpFile> {
  if (file === "-") {
    return { name: "<stdin>", text: readFileSync(0, "utf8") };
  }
  return readDumpFile(file, file).catch((err: unknown) => {
    throw new UserError(`${file}: cannot read the dump: ${fileErrorText(err)}`);
  });
}

/** A prelude path as the converted file names it: relative to the file's directory. */
function headerPath(prelude: string, output?: string): string {
  if (output === undefined || isAbsolute(prelude)) return resolve(prelude);
  return relative(dirname(resolve(output)), resolve(prelude)) || prelude;
}

function warnMissing(
  what: Lowerable,
  req: ConvertRequest,
  user: readonly SourceBinding[],
): void {
  const linked = linkDumps(what.dumps, req.file, what.entry, user);
  if ("missing" in linked)
    req.warn(
      `warning: the converted program will not run yet: ${formatMissing(linked.missing)}`,
    );
}

function dataTypes(dumps: readonly Dump[]): HeaderDataType[] {
  const out: HeaderDataType[] = [];
  for (const d of dumps)
    for (const iface of d.dataTypes ?? [])
      for (const t of iface.types)
        if (t.constructors.length > 0)
          out.push({
            module: iface.module,
            name: t.name,
            constructors: t.constructors,
          });
  return out;
}
