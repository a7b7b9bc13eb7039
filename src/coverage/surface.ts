// A module's surface: the global names GHC-compiled code that imports it can
// refer to. The -O0 surface is what `import M` brings (exported values by
// their defining module, class method and superclass selectors, default
// methods, record selectors, constructor wrappers, the instance dictionaries
// such code can use: GHC sees every non-orphan instance of the class and
// types it names, and an orphan one when its module is imported (M itself
// or one of the orphan modules M depends on), so an instance counts for M
// when some exposed module exports each of its class and types and M
// exports one of them (for an orphan, M imports its module), or M declares
// it as an orphan); the -O1 surface adds every name an exposed unfolding of those
// mentions, closed transitively (an upper bound of what -O1 code can call).
import {
  isBuiltinTycon,
  isValueOcc,
  type DFunField,
  type InstanceDecl,
  type ModuleIface,
  type QName,
} from "./iface.js";
import { splitQualified } from "../lower/names.js";
import type { Unfolding } from "./unfolding.js";

export interface PackageModules {
  /** `base`, `containers`, ... */
  readonly name: string;
  readonly version: string;
  /** The exposed modules, sorted. */
  readonly modules: readonly string[];
  /** Its other modules (names defined there count for this package), sorted. */
  readonly internal: readonly string[];
}

/** The inventory as checked in (inventory/surface.json): GHC's facts only. */
export interface Surface {
  readonly ghc: string;
  readonly packages: readonly PackageModules[];
  /** Exposed module -> its -O0 surface, sorted. */
  readonly o0: Readonly<Record<string, readonly QName[]>>;
  /**
   * Exported names no compiled code can call (a TypeError constraint in
   * their type, IdDecl.uncallable), left out of the surfaces, sorted.
   */
  readonly uncallable: readonly QName[];
  /** Name -> the names its exposed unfolding mentions (names without one are absent). */
  readonly refs: Readonly<Record<QName, readonly QName[]>>;
  /**
   * Name -> the id its unfolding is, cast aside (IdDecl.alias), for the
   * names an -O1 surface reaches: one closure under two names, so a
   * prelude that defines either defines both (scripts/gen-o1-aliases.mjs).
   */
  readonly aliases: Readonly<Record<QName, QName>>;
  /**
   * Dictionary function -> its class and the ids of its fields (IdDecl's
   * dfunFields), for the dfuns an -O1 surface reaches: -O1 code calls the
   * fields by those names (`$fReadWord13` is $fReadWord64's readPrec).
   */
  readonly dfuns: Readonly<Record<QName, DFunFacts>>;
  /** Those dfuns' classes: superclass count and methods in order. */
  readonly classes: Readonly<Record<QName, ClassFacts>>;
  /** Name -> its unfolding, where that is a simple one (unfolding.ts). */
  readonly unfoldings: Readonly<Record<QName, Unfolding>>;
}

export interface DFunFacts {
  readonly cls: QName;
  readonly fields: readonly (DFunField | null)[];
}

export interface ClassFacts {
  readonly superclasses: number;
  readonly methods: readonly string[];
}

/** Builds the surface of every exposed module from the parsed interfaces. */
export function buildSurface(
  ghc: string,
  packages: readonly PackageModules[],
  ifaces: ReadonlyMap<string, ModuleIface>,
): Surface {
  // (the types and classes some exposed module lets code name)
  const nameable = new Set<QName>();
  for (const pkg of packages)
    for (const m of pkg.modules)
      for (const t of exportedTypes(ifaces.get(m))) nameable.add(t);
  const allInstances = [...ifaces.values()].flatMap((i) => i.instances);
  const o0: Record<string, QName[]> = {};
  const uncallable = new Set<QName>();
  for (const pkg of packages) {
    for (const m of pkg.modules) {
      const iface = ifaces.get(m);
      if (iface === undefined) continue;
      const names = new Set<QName>();
      for (const e of iface.exports)
        addExport(e.name, e.children, ifaces, names);
      for (const q of names)
        if (declOf(q, ifaces)?.uncallable === true) {
          names.delete(q);
          uncallable.add(q);
        }
      const own = exportedTypes(iface);
      // (an orphan counts for its own module, which code imports for it,
      // and for a module that exports a head and imports it)
      const counts = (inst: InstanceDecl, heads: readonly QName[]) => {
        const at = splitQualified(inst.dfun).module;
        if (inst.orphan && at === m) return true;
        if (inst.orphan && !iface.orphans.includes(at)) return false;
        return heads.some((t) => own.has(t));
      };
      for (const inst of allInstances) {
        const heads = [inst.cls, ...inst.tycons];
        if (
          heads.every((t) => isBuiltinTycon(t) || nameable.has(t)) &&
          counts(inst, heads)
        )
          names.add(inst.dfun);
      }
      o0[m] = [...names].sort();
    }
  }
  // Keep the unfolding graph only where an -O1 surface can reach.
  const refs: Record<QName, QName[]> = {};
  const aliases: Record<QName, QName> = {};
  const dfuns: Record<QName, DFunFacts> = {};
  const unfoldings: Record<QName, Unfolding> = {};
  const classes: Record<QName, ClassFacts> = {};
  const classOf = new Map(allInstances.map((i) => [i.dfun, i.cls]));
  const seen = new Set<QName>();
  const work = Object.values(o0).flat();
  while (work.length > 0) {
    const q = work.pop()!;
    if (seen.has(q)) continue;
    seen.add(q);
    const decl = declOf(q, ifaces);
    if (decl?.alias !== undefined && decl.alias !== q) aliases[q] = decl.alias;
    if (decl?.unfolding !== undefined) unfoldings[q] = decl.unfolding;
    const cls = classOf.get(q);
    const clsDecl =
      cls === undefined
        ? undefined
        : ifaces
            .get(splitQualified(cls).module)
            ?.classes.get(splitQualified(cls).occ);
    if (decl?.dfunFields !== undefined && cls !== undefined && clsDecl) {
      dfuns[q] = { cls, fields: decl.dfunFields };
      classes[cls] = {
        superclasses: clsDecl.superclasses,
        methods: clsDecl.methods,
      };
    }
    const r = idRefs(q, ifaces);
    if (r.length === 0) continue;
    refs[q] = [...r].sort();
    work.push(...r);
  }
  return {
    ghc,
    packages,
    o0,
    uncallable: [...uncallable].sort(),
    refs: sortKeys(refs),
    aliases: sortKeys(aliases),
    dfuns: sortKeys(dfuns),
    classes: sortKeys(classes),
    unfoldings: sortKeys(unfoldings),
  };
}

/**
 * Every constructor of the packages' data types, `Module.Con` -> [its
 * position in its type, its fields' strictness] (inventory/constructors.json).
 */
export function libraryConstructors(
  ifaces: ReadonlyMap<string, ModuleIface>,
): Record<string, readonly [number, string]> {
  const out: Record<string, readonly [number, string]> = {};
  for (const [m, iface] of [...ifaces].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  ))
    for (const c of iface.cons.values())
      out[`${m}.${c.occ}`] = [c.index, c.fields];
  for (const [, cons] of WIRED_IN)
    cons.forEach(([occ, fields], index) => {
      out[`GHC.Types.${occ}`] ??= [index, fields];
    });
  return sortKeys(out);
}

/**
 * GHC.Types' wired-in data types, which its interface file exports but does
 * not declare: their constructors in the order GHC.Exts documents them
 * (derived Enum code at -O1 uses the positions; everyday/exts-vec checks
 * them against GHC).
 */
const WIRED_IN: readonly (readonly [
  string,
  readonly (readonly [string, string])[],
])[] = [
  [
    "VecCount",
    ["Vec2", "Vec4", "Vec8", "Vec16", "Vec32", "Vec64"].map(
      (c) => [c, ""] as const,
    ),
  ],
  [
    "VecElem",
    [
      "Int8ElemRep",
      "Int16ElemRep",
      "Int32ElemRep",
      "Int64ElemRep",
      "Word8ElemRep",
      "Word16ElemRep",
      "Word32ElemRep",
      "Word64ElemRep",
      "FloatElemRep",
      "DoubleElemRep",
    ].map((c) => [c, ""] as const),
  ],
];

/** The -O1 surface of a module: its -O0 surface closed under `refs`. */
export function o1Surface(surface: Surface, module: string): Set<QName> {
  const out = new Set<QName>();
  const work = [...(surface.o0[module] ?? [])];
  while (work.length > 0) {
    const q = work.pop()!;
    if (out.has(q)) continue;
    out.add(q);
    work.push(...(surface.refs[q] ?? []));
  }
  return out;
}

function addExport(
  name: QName,
  children: readonly QName[],
  ifaces: ReadonlyMap<string, ModuleIface>,
  out: Set<QName>,
): void {
  const { module, occ } = splitQualified(name);
  const def = ifaces.get(module);
  if (isValueOcc(occ) && !isTypeOperator(occ, def)) {
    out.add(name);
    return;
  }
  for (const c of children) {
    const child = splitQualified(c);
    if (isValueOcc(child.occ)) out.add(c);
    else if (def?.cons.get(child.occ)?.hasWrapper === true)
      out.add(`${child.module}.$W${child.occ}`);
  }
  const cls = def?.classes.get(occ);
  if (cls === undefined) return;
  for (let i = 1; i <= cls.superclasses; i++) out.add(`${module}.$p${i}${occ}`);
  for (const meth of cls.methods)
    if (def!.ids.has(`$dm${meth}`)) out.add(`${module}.$dm${meth}`);
}

/**
 * Whether a symbolic name a module exports is a type operator, which looks
 * like a value's name: one its interface declares as a type (`type family
 * (&&)`), or one it declares nothing for (GHC's built-in families, as
 * GHC.TypeNats' `+`: every value has its declaration, or is a method).
 */
function isTypeOperator(occ: string, def: ModuleIface | undefined): boolean {
  if (def === undefined || /^[A-Za-z_]/.test(occ)) return false;
  if (def.types.has(occ)) return true;
  // (an operator's declaration names it in parentheses: `(<$$>) ::`)
  if (def.ids.has(occ) || def.ids.has(`(${occ})`)) return false;
  for (const c of def.classes.values())
    if (c.methods.includes(occ)) return false;
  return true;
}

function declOf(q: QName, ifaces: ReadonlyMap<string, ModuleIface>) {
  const { module, occ } = splitQualified(q);
  return ifaces.get(module)?.ids.get(occ);
}

/** The types and classes a module exports, qualified. */
function exportedTypes(iface: ModuleIface | undefined): Set<QName> {
  const out = new Set<QName>();
  for (const e of iface?.exports ?? [])
    if (!isValueOcc(splitQualified(e.name).occ)) out.add(e.name);
  return out;
}

function idRefs(
  q: QName,
  ifaces: ReadonlyMap<string, ModuleIface>,
): readonly QName[] {
  return declOf(q, ifaces)?.refs.filter((r) => r !== q) ?? [];
}

function sortKeys<T>(r: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k]!;
  return out;
}
