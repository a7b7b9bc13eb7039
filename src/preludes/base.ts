// The base prelude: loading preludes/base/*.stg (our own extended-dialect
// versions of the parts of GHC's `base` that translated programs call) and
// linking a program with exactly the definitions it reaches.
//
// API (see docs/preludes.md):
//   loadBasePrelude(): BaseIndex            parse every prelude file once (cached)
//   linkBase(program, index, extraRoots?)   tree-shaken link; user definitions win
//   formatMissing(missing)                  one message naming every missing name

import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { Binding, Program } from "../ministg/ast.js";
import { parseStg } from "../ministg/parse.js";
import { UserError } from "../errors.js";
import { bindingFreeVars } from "./free-vars.js";
import { displayName } from "./display-name.js";
import { refusedNames } from "./refused.js";
import { synthesizeDefinition } from "./library-constructors.js";

/** One prelude definition and where it came from. */
export interface BaseDefinition {
  readonly binding: Binding;
  /** The prelude file, relative to the package root (`preludes/base/GHC.Show.stg`). */
  readonly file: string;
  /** Its free (global) names, computed once. */
  readonly refs: ReadonlySet<string>;
}

/** Every definition of preludes/base, by encoded name. */
export interface BaseIndex {
  readonly definitions: ReadonlyMap<string, BaseDefinition>;
  /** The files loaded, relative to the package root, in load order. */
  readonly files: readonly string[];
}

export interface LinkResult {
  /** The program's own bindings, then the prelude bindings it reaches. */
  readonly program: Program;
  /** Names referenced (by the program or a linked definition) that nothing defines, sorted. */
  readonly missing: string[];
}

// src/preludes/ and dist/preludes/ are both two levels below the package root.
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BASE_DIR = "preludes/base";

let cached: BaseIndex | undefined;

/** Parses every `preludes/base/*.stg` once; later calls return the same index. */
export function loadBasePrelude(): BaseIndex {
  cached ??= loadBaseDirectory(join(PACKAGE_ROOT, BASE_DIR), BASE_DIR);
  return cached;
}

/**
 * Loads a directory of extended-dialect prelude files. `label` is the
 * directory as error messages name it. Exposed for tests.
 */
export function loadBaseDirectory(dir: string, label: string): BaseIndex {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".stg"))
    .sort();
  const definitions = new Map<string, BaseDefinition>();
  const loaded: string[] = [];
  for (const f of files) {
    const file = `${label}/${f}`;
    const text = readFileSync(join(dir, f), "utf8");
    // parseStg reports syntax errors as LocatedError naming `file`.
    const program = parseStg(text, { file, dialect: "extended" });
    for (const binding of program.bindings) {
      const previous = definitions.get(binding.name);
      if (previous !== undefined) {
        throw new UserError(
          `${file}: ${binding.name} is already defined in ${previous.file}`,
        );
      }
      definitions.set(binding.name, {
        binding,
        file,
        refs: bindingFreeVars(binding),
      });
    }
    loaded.push(file);
  }
  return { definitions, files: loaded };
}

/**
 * Adds to `program` the prelude definitions reachable from its free names
 * (and from `extraRoots`), in the order they are first reached. A name the
 * program defines itself is never taken from the prelude, even when a prelude
 * definition refers to it.
 */
export function linkBase(
  program: Program,
  index: BaseIndex,
  extraRoots: readonly string[] = [],
): LinkResult {
  const defined = new Set(program.bindings.map((b) => b.name));
  const linked: Binding[] = [];
  const missing = new Set<string>();
  const seen = new Set<string>(defined);
  const work: string[] = [];
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    work.push(name);
  };
  for (const b of program.bindings) for (const n of bindingFreeVars(b)) visit(n);
  for (const n of extraRoots) visit(n);
  // Breadth-first in discovery order keeps the output deterministic.
  for (let i = 0; i < work.length; i++) {
    const name = work[i]!;
    const def = index.definitions.get(name);
    if (def !== undefined) {
      linked.push(def.binding);
      for (const n of def.refs) visit(n);
      continue;
    }
    // Constructor values and wrappers of library types, from GHC's facts.
    const made = synthesizeDefinition(name);
    if (made !== undefined) linked.push(made);
    else missing.add(name);
  }
  return {
    program: { bindings: [...program.bindings, ...linked] },
    missing: [...missing].sort(),
  };
}

/**
 * One message naming every missing name by its Haskell name (the encoded
 * name follows in parentheses), e.g.
 *   the program needs 2 names that no prelude defines:
 *     GHC.Float.$fShowDouble   (zdfShowDouble_GHCziFloat)
 * Names hs2stg refuses on purpose (preludes/refused.txt) come first, each
 * with the reason.
 */
export function formatMissing(
  missing: readonly string[],
  uses: ReadonlyMap<string, MissingUse> = new Map(),
): string {
  const refused = refusedNames();
  // Where the user's source uses a name (GHC's source notes), in that order.
  const at = (m: string) => {
    const u = uses.get(m);
    return u === undefined ? "" : `${u.file}:${u.line}:${u.column}: `;
  };
  const ordered = [...missing].sort((x, y) => compareUse(uses.get(x), uses.get(y)));
  const rows = ordered.map((m) => [displayName(m), m] as const);
  const why = rows.filter(([d]) => refused.has(d));
  const other = rows.filter(([d]) => !refused.has(d));
  const out = why.map(
    ([d, m]) => `${at(m)}${d} is not supported by hs2stg: ${refused.get(d)!}`,
  );
  if (other.length > 0) {
    const width = Math.max(0, ...other.map(([d, m]) => at(m).length + d.length));
    const noun = other.length === 1 ? "name" : "names";
    out.push(
      `the program needs ${other.length} ${noun} that no prelude defines:`,
      ...other.map(([d, m]) =>
        d === m ? `  ${at(m)}${d}` : `  ${(at(m) + d).padEnd(width)}   (${m})`,
      ),
    );
  }
  return out.join("\n");
}

/** Where the program's source uses a missing name (file:line:col). */
export interface MissingUse {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Located uses first, in source order; the others keep their order. */
function compareUse(a: MissingUse | undefined, b: MissingUse | undefined): number {
  if (a === undefined || b === undefined)
    return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
