// Which names of the surface hs2stg can run: a name is covered when a base
// prelude file defines it (its Z-encoded global name), or, for GHC.Prim, when
// the machine has the primop (directly, as a prelude primop, or as one of
// the state tokens the lowering erases). Constructor wrappers `$WK` the
// linker builds from GHC's constructor facts count as defined. Refused names count as uncovered
// and are reported apart with their reason.
import type { QName } from "./iface.js";
import { o1Surface, type PackageModules, type Surface } from "./surface.js";
import {
  globalName,
  isErasedToken,
  preludePrimop,
  primOpName,
} from "../lower/index.js";
import { splitQualified } from "../lower/names.js";
import { lookupPrimOp } from "../ministg/primops.js";
import { canSynthesize } from "../preludes/library-constructors.js";

export interface Figures {
  readonly total: number;
  readonly covered: number;
  /** Covered names a program of ours that matches GHC was linked with. */
  readonly exercised: number;
}

export interface LevelCoverage extends Figures {
  readonly missing: readonly QName[];
  readonly refused: readonly QName[];
}

export interface ModuleCoverage {
  readonly module: string;
  readonly o0: LevelCoverage;
  readonly o1: LevelCoverage;
}

export interface PackageCoverage {
  readonly name: string;
  readonly version: string;
  /** Over the distinct names its exposed modules bring that it defines itself. */
  readonly o0: Figures;
  readonly o1: Figures;
  readonly modules: readonly ModuleCoverage[];
}

export interface CoverageReport {
  readonly ghc: string;
  readonly packages: readonly PackageCoverage[];
}

/**
 * Ids with compulsory unfoldings: GHC inlines them away before STG, so no
 * dump names them and every program using them runs (checked on GHC 9.0.2's
 * -O0 and -O1 dumps).
 */
const ERASED_BEFORE_STG: ReadonlySet<QName> = new Set([
  "GHC.Prim.coerce",
  "GHC.Prim.seq",
  "GHC.Magic.lazy",
  "GHC.Magic.oneShot",
  "GHC.Magic.noinline",
  // The class of heterogeneous equality: its evidence is a coercion, and a
  // function with an `a ~~ b` constraint takes no argument for it.
  "GHC.Types.~~",
  // STG prints it as the literal __NULL, which the lowering knows.
  "GHC.Prim.nullAddr#",
]);

export function isCovered(q: QName, defined: ReadonlySet<string>): boolean {
  const { module, occ } = splitQualified(q);
  const name = globalName(module, occ);
  if (defined.has(name) || ERASED_BEFORE_STG.has(q) || canSynthesize(name))
    return true;
  if (module !== "GHC.Prim") return false;
  return (
    isErasedToken(q) ||
    preludePrimop(occ) !== undefined ||
    lookupPrimOp(primOpName(occ)) !== undefined
  );
}

/**
 * `exercised` holds the encoded prelude names that programs matching GHC
 * were linked with (inventory/exercised.txt).
 */
export function coverageReport(
  surface: Surface,
  defined: ReadonlySet<string>,
  refused: ReadonlyMap<string, string>,
  exercised: ReadonlySet<string> = new Set(),
): CoverageReport {
  const memo = new Map<QName, boolean>();
  const covered = (q: QName) => {
    let c = memo.get(q);
    if (c === undefined) memo.set(q, (c = isCovered(q, defined)));
    return c;
  };
  const level = (names: Iterable<QName>): LevelCoverage => {
    const all = [...names].sort();
    const missing = all.filter((q) => !covered(q));
    const ran = all.filter((q) => {
      const { module, occ } = splitQualified(q);
      return covered(q) && exercised.has(globalName(module, occ));
    });
    return {
      total: all.length,
      covered: all.length - missing.length,
      exercised: ran.length,
      missing: missing.filter((q) => !refused.has(q)),
      refused: missing.filter((q) => refused.has(q)),
    };
  };
  const packages = surface.packages.map((pkg) => {
    const modules = pkg.modules
      .filter((m) => surface.o0[m] !== undefined)
      .map((module) => ({
        module,
        o0: level(surface.o0[module]!),
        o1: level(o1Surface(surface, module)),
      }));
    const figures = (at: "o0" | "o1"): Figures => {
      const {
        total,
        covered: c,
        exercised: e,
      } = level(packageOwnNames(surface, pkg, at));
      return { total, covered: c, exercised: e };
    };
    return {
      name: pkg.name,
      version: pkg.version,
      o0: figures("o0"),
      o1: figures("o1"),
      modules,
    };
  });
  return { ghc: surface.ghc, packages };
}

/**
 * The names a package's exposed modules bring at `at` that it defines
 * itself: what its figure counts, once each (re-exports of other packages'
 * names count for those packages).
 */
export function packageOwnNames(
  surface: Surface,
  pkg: PackageModules,
  at: "o0" | "o1",
): Set<QName> {
  const own = new Set([...pkg.modules, ...pkg.internal]);
  const names = new Set<QName>();
  for (const m of pkg.modules) {
    if (surface.o0[m] === undefined) continue;
    for (const q of at === "o0" ? surface.o0[m]! : o1Surface(surface, m))
      if (own.has(splitQualified(q).module)) names.add(q);
  }
  return names;
}

export function percent(part: number, total: number): string {
  if (total === 0) return "–";
  return `${((100 * part) / total).toFixed(1)}%`;
}
