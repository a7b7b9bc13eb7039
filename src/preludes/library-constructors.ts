// The constructors of the libraries' data types, as GHC's interface files
// give them (inventory/constructors.json, written by `npm run surface`):
// each one's position in its type and its fields' strictness. STG carries
// neither, so the linker takes from here what no dump or prelude defines:
//   - tags for `dataToTag#` (derived Eq/Ord/Enum code GHC inlines at -O1);
//   - constructor values `con_K` the lowering leaves free when it does not
//     know K's arity (`con_ReadMode_GHCziIOziIOMode = CON(...)`);
//   - constructor wrappers `$WK`, which evaluate the strict fields first
//     (not for unpacked fields, whose worker takes the unboxed value).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Binding, Expr, HeapObject } from "../ministg/ast.js";
import {
  constructorName,
  globalName,
  splitQualified,
} from "../lower/names.js";
import { constructorObject } from "../lower/constructors.js";
import { cacheKey, readJsonEntry, writeEntry } from "../cache/store.js";
import { codeFingerprint } from "../cache/code-fingerprint.js";

/** `Module.Con` -> [position in its type, one letter a field: `.` lazy, `s` strict, `u` unpacked]. */
export type ConstructorInventory = Readonly<
  Record<string, readonly [number, string]>
>;

export const CONSTRUCTORS_JSON = "inventory/constructors.json";

interface LibraryConstructor {
  readonly tag: number;
  readonly fields: string;
  /** The miniSTG constructor name. */
  readonly con: string;
}

interface Tables {
  /** miniSTG constructor name -> it. */
  readonly byCon: ReadonlyMap<string, LibraryConstructor>;
  /** Encoded `$WK` name -> K. */
  readonly byWrapper: ReadonlyMap<string, LibraryConstructor>;
}

let cached: Tables | undefined;

function tables(): Tables {
  if (cached !== undefined) return cached;
  const byCon = new Map<string, LibraryConstructor>();
  const byWrapper = new Map<string, LibraryConstructor>();
  for (const [con, tag, fields, wrapper] of encodedRows()) {
    const c = { tag, fields, con };
    byCon.set(con, c);
    byWrapper.set(wrapper, c);
  }
  cached = { byCon, byWrapper };
  return cached;
}

/** A constructor's miniSTG name, tag, fields and `$WK`'s encoded name. */
type Row = readonly [string, number, string, string];

// Encoding the names of some 900 constructors costs ~20 ms of every
// translation: the rows are kept in the user's cache directory, keyed by
// hs2stg's code and data files (inventory/ among them).
const KIND = "constructor-tables";
const FORMAT = "hs2stg-constructor-tables-1";

function encodedRows(): readonly Row[] {
  const key = cacheKey([FORMAT, ...codeFingerprint()]);
  const stored = readJsonEntry(KIND, key, isRows);
  if (stored !== undefined) return stored;
  const path = fileURLToPath(
    new URL(`../../${CONSTRUCTORS_JSON}`, import.meta.url),
  );
  const inv = JSON.parse(readFileSync(path, "utf8")) as ConstructorInventory;
  const rows: Row[] = [];
  for (const [q, [tag, fields]] of Object.entries(inv)) {
    const { module, occ } = splitQualified(q);
    rows.push([
      constructorName(module, occ),
      tag,
      fields,
      globalName(module, `$W${occ}`),
    ]);
  }
  writeEntry(KIND, key, JSON.stringify(rows), 2 ** 20);
  return rows;
}

function isRows(v: unknown): v is Row[] {
  return (
    Array.isArray(v) &&
    v.every(
      (r) =>
        Array.isArray(r) &&
        r.length === 4 &&
        typeof r[0] === "string" &&
        typeof r[1] === "number" &&
        typeof r[2] === "string" &&
        typeof r[3] === "string",
    )
  );
}

/** Tags of every library constructor, by miniSTG name. */
export function libraryConTags(): Map<string, number> {
  return new Map([...tables().byCon].map(([k, c]) => [k, c.tag]));
}

/** A definition for `name` built from the inventory, if it is one of ours to build. */
export function synthesizeDefinition(name: string): Binding | undefined {
  const { byCon, byWrapper } = tables();
  if (name.startsWith("con_")) {
    const c = byCon.get(name.slice(4));
    if (c !== undefined)
      return { name, object: constructorObject(c.con, c.fields.length) };
  }
  const w = byWrapper.get(name);
  if (w !== undefined && !w.fields.includes("u"))
    return { name, object: wrapperObject(w) };
  return undefined;
}

/** Whether the linker can build `$WK` (encoded) from the inventory. */
export function canSynthesize(name: string): boolean {
  return synthesizeDefinition(name) !== undefined;
}

/** `$WK = FUN(a b -> case a of a1 -> let r = CON(K a1 b) in r)`: strict fields first. */
function wrapperObject(c: LibraryConstructor): HeapObject {
  const params = [...c.fields].map((_, i) => `a${i}`);
  const args = [...c.fields].map((f, i) => (f === "." ? `a${i}` : `v${i}`));
  let body: Expr = {
    kind: "let",
    rec: false,
    binds: [
      {
        name: "r",
        object: {
          kind: "CON",
          con: c.con,
          args: args.map((name) => ({ kind: "var", name })),
        },
      },
    ],
    body: { kind: "atom", atom: { kind: "var", name: "r" } },
  };
  for (let i = c.fields.length - 1; i >= 0; i--) {
    if (c.fields[i] === ".") continue;
    body = {
      kind: "case",
      scrutinee: { kind: "atom", atom: { kind: "var", name: `a${i}` } },
      alts: [{ kind: "default", binder: `v${i}`, body }],
    };
  }
  return { kind: "FUN", params, body };
}
