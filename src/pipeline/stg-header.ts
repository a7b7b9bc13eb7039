// The header `hs2stg convert` writes at the top of an extended-dialect file
// (docs/standalone.md): `#@` comment lines saying what the file needs to run
// on its own -- the preludes to link, how to run it (`main` or an entry
// value), and the constructor order of the program's data types, which
// `dataToTag#` needs and STG does not carry. Being comments, the lines are
// ignored by every miniSTG parser, including the original ministg's.
import { constructorName } from "../lower/names.js";
import { LocatedError } from "../errors.js";

/** The header's format version (`#@ hs2stg-stg 1`). */
export const HEADER_VERSION = 1;

/** `#@ data Main.Colour = Red | Green | Blue`: a data type's constructors in order. */
export interface HeaderDataType {
  readonly module: string;
  readonly name: string;
  readonly constructors: readonly string[];
}

export interface StgHeader {
  /** hs2stg's version and the GHC version whose dumps it reads. */
  readonly madeBy: string;
  /** The file converted, as it was named. */
  readonly source?: string;
  /** `base` (preludes/base) and user prelude files, relative to the .stg file. */
  readonly preludes: readonly string[];
  /** A top-level binding (Haskell name) printed as a value; absent: `main` is run as IO. */
  readonly entry?: string;
  /** A line `run` says on stderr first (as `run PROG.hs --entry` does for a value without Show). */
  readonly notice?: string;
  readonly dataTypes: readonly HeaderDataType[];
}

export const BASE_PRELUDE = "base";

/** The header's text: comment lines, each ending with a newline. */
export function formatHeader(h: StgHeader): string {
  const lines = [
    `# miniSTG (hs2stg extended dialect) made by \`hs2stg convert\`; run it with \`hs2stg run FILE.stg\`.`,
    `# The #@ lines say what it needs (docs/standalone.md).`,
    `#@ hs2stg-stg ${HEADER_VERSION}`,
    `#@ made-by ${h.madeBy}`,
    ...(h.source !== undefined ? [`#@ source ${h.source}`] : []),
    ...h.preludes.map((p) => `#@ prelude ${p}`),
    ...(h.entry !== undefined ? [`#@ entry ${h.entry}`] : []),
    ...(h.notice !== undefined ? [`#@ notice ${h.notice}`] : []),
    ...h.dataTypes.map(
      (t) => `#@ data ${t.module}.${t.name} = ${t.constructors.join(" | ")}`,
    ),
  ];
  return lines.map((l) => l + "\n").join("");
}

/**
 * The header of `text`, or undefined when it has none (a hand-written
 * miniSTG file). Only the leading comment block is read.
 */
export function parseHeader(text: string, file: string): StgHeader | undefined {
  const lines = text.split(/\r?\n/);
  let version: string | undefined;
  let madeBy = "";
  let source: string | undefined;
  let entry: string | undefined;
  let notice: string | undefined;
  const preludes: string[] = [];
  const dataTypes: HeaderDataType[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    if (!line.startsWith("#")) break;
    if (!line.startsWith("#@")) continue;
    const at = (column: number, message: string) =>
      new LocatedError({ file, line: i + 1, column }, message, text);
    const m = /^#@ ([a-z0-9-]+)(?: (.*))?$/.exec(line);
    if (m === null)
      throw at(1, "expected a header line `#@ KEY VALUE` (docs/standalone.md)");
    const key = m[1]!;
    const value = (m[2] ?? "").trim();
    switch (key) {
      case "hs2stg-stg":
        if (value !== String(HEADER_VERSION))
          throw at(
            4,
            `this file's header is version ${value}; this hs2stg reads version ${HEADER_VERSION} (convert the program again)`,
          );
        version = value;
        break;
      case "made-by":
        madeBy = value;
        break;
      case "source":
        source = value;
        break;
      case "prelude":
        if (value === "") throw at(4, "expected a prelude after `#@ prelude`");
        preludes.push(value);
        break;
      case "entry":
        if (value === "") throw at(4, "expected a name after `#@ entry`");
        entry = value;
        break;
      case "notice":
        notice = value;
        break;
      case "data": {
        const t = parseDataLine(value);
        if (t === undefined)
          throw at(
            4,
            "expected `#@ data Module.Type = Con1 | Con2 | ...` (constructors in declaration order)",
          );
        dataTypes.push(t);
        break;
      }
      default:
        throw at(4, `unknown header key \`${key}\` (docs/standalone.md)`);
    }
  }
  if (version === undefined) return undefined;
  return {
    madeBy,
    ...(source !== undefined ? { source } : {}),
    preludes,
    ...(entry !== undefined ? { entry } : {}),
    ...(notice !== undefined ? { notice } : {}),
    dataTypes,
  };
}

function parseDataLine(value: string): HeaderDataType | undefined {
  const m = /^((?:[A-Z][\w']*\.)*[A-Z][\w']*)\.([^\s.]+) = (.+)$/.exec(value);
  if (m === null) return undefined;
  const constructors = m[3]!.split(" | ").map((c) => c.trim());
  if (constructors.some((c) => c === "" || /\s/.test(c))) return undefined;
  return { module: m[1]!, name: m[2]!, constructors };
}

/** The tags `dataToTag#` answers for the header's constructors, by miniSTG name. */
export function headerConTags(h: StgHeader): Map<string, number> {
  const tags = new Map<string, number>();
  for (const t of h.dataTypes)
    t.constructors.forEach((c, i) => tags.set(constructorName(t.module, c), i));
  return tags;
}
