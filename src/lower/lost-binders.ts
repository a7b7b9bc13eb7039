// GHC 9.0 sometimes prints a binder as dead although the code uses it: after
// unarisation the occurrence info is stale, so a case binder is omitted
// (`case y of { (,) ds2_s4EL … }` yet `Just [wild4_s4EK]` below) or a
// pattern binder printed `_` (`(#,#) ww4_s2IC _ [Occ=Dead]` yet `ww5_s2ID`
// below). The name is gone from the dump, but GHC allocates the uniques of
// a case binder and its pattern binders consecutively, so an unbound name
// whose unique sits exactly where such a nameless binder's would is that
// binder. Unarisation also drops the zero-width binders of unboxed tuples
// (the State# of `(# s, a #)`) after their uniques were allocated, so the
// lost name may sit a few uniques further on (`ds_s1n4 { Solo# _ -> ...
// ipv1_s1n6 }`, s1n5 being the dropped state token): the search allows for
// up to MAX_DROPPED such gaps. This module finds those names.
import type * as G from "../parse-ghc-dump/ast.js";
import { rhsSomeRef, someRef } from "./ghc-refs.js";

const BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A unique as GHC prints it after `_`: a tag letter and a base-62 number. */
interface Unique {
  readonly tag: string;
  readonly n: number;
}

function uniqueOf(text: string): Unique | undefined {
  const m = /_([A-Za-z])([0-9A-Za-z]+)$/.exec(text);
  if (m === null) return undefined;
  let n = 0;
  for (const c of m[2]!) n = n * 62 + BASE62.indexOf(c);
  return { tag: m[1]!, n };
}

const key = (u: Unique): string => `${u.tag}${u.n}`;

/** Zero-width binders unarisation may have dropped next to a lost one. */
const MAX_DROPPED = 2;

/** Names recovered for nameless binders, by the node that binds them. */
export interface LostBinders {
  /** Case expression → its case binder's name. */
  readonly caseBinders: Map<G.Expr, string>;
  /** Alternative → (binder position → name). */
  readonly altBinders: Map<G.Alt, Map<number, string>>;
}

export function findLostBinders(bindings: readonly G.Binding[]): LostBinders {
  const found: LostBinders = { caseBinders: new Map(), altBinders: new Map() };
  const bound = new Set<string>();
  const refs = new Set<string>();
  const visit = (n: G.Name): boolean => {
    if (n.module === null) refs.add(n.text);
    return false;
  };
  for (const b of bindings) {
    bound.add(b.name.text);
    rhsSomeRef(b.rhs, visit);
    collectBinders(b.rhs, bound);
  }
  const unbound = new Map<string, string>();
  for (const r of refs) {
    if (bound.has(r)) continue;
    const u = uniqueOf(r);
    if (u !== undefined) unbound.set(key(u), r);
  }
  if (unbound.size === 0) return found;
  const boundKeys = new Set<string>();
  for (const b of bound) {
    const u = uniqueOf(b);
    if (u !== undefined) boundKeys.add(key(u));
  }
  const claim = (u: Unique | undefined): string | undefined => {
    if (u === undefined) return undefined;
    const text = unbound.get(key(u));
    if (text !== undefined) unbound.delete(key(u));
    return text;
  };
  // Exact positions first, over the whole binding group, then positions
  // past dropped binders: a dead `_` must not take, through a gap, the
  // name that sits exactly at a nested case's omitted binder.
  let maxGap = 0;
  /** The unbound name nearest `u` in direction `dir` (within maxGap), and how far it was. */
  const claimNear = (
    u: Unique,
    dir: 1 | -1,
  ): { text: string; gap: number } | undefined => {
    for (let gap = 0; gap <= maxGap; gap++) {
      // Uniques are consecutive: past a binder the dump names, the search
      // has left this binder's neighbourhood (a dead `_` must not take the
      // next alternative's lost case binder).
      if (boundKeys.has(key(shift(u, dir * gap)))) return undefined;
      const text = claim(shift(u, dir * gap));
      if (text !== undefined) return { text, gap };
    }
    return undefined;
  };
  const named = (b: G.Binder): boolean => b.name.text !== "_";
  const shift = (u: Unique, d: number): Unique => ({ tag: u.tag, n: u.n + d });

  const expr = (e: G.Expr): void => {
    switch (e.kind) {
      case "app":
      case "conApp":
      case "primApp":
      case "foreignCall":
      case "lit":
        return;
      case "let": {
        const binds =
          e.binds.kind === "nonrec" ? [e.binds.bind] : e.binds.binds;
        binds.forEach((b) => rhs(b.rhs));
        expr(e.body);
        return;
      }
      case "tick":
        expr(e.body);
        return;
      case "case": {
        expr(e.scrutinee);
        let caseUnique =
          e.binder !== null && named(e.binder)
            ? uniqueOf(e.binder.name.text)
            : undefined;
        const known = found.caseBinders.get(e);
        if (caseUnique === undefined && known !== undefined)
          caseUnique = uniqueOf(known);
        if (caseUnique === undefined) {
          // The case binder comes just before the first pattern binder.
          const first = e.alts
            .flatMap((a) => a.binders.filter(named))
            .map((b) => uniqueOf(b.name.text))
            .find((u) => u !== undefined);
          const near = first && claimNear(shift(first, -1), -1);
          if (near !== undefined) {
            found.caseBinders.set(e, near.text);
            caseUnique = uniqueOf(near.text);
          }
        }
        for (const a of e.alts) {
          const anchor = a.binders.findIndex(named);
          const base =
            anchor >= 0
              ? uniqueOf(a.binders[anchor]!.name.text)
              : caseUnique &&
                shift(caseUnique, passesState(e.scrutinee) ? 2 : 1);
          const from = anchor >= 0 ? anchor : 0;
          // Binders after a dropped one are that much further on.
          let skew = 0;
          a.binders.forEach((b, i) => {
            if (named(b) || base === undefined) return;
            const have = found.altBinders.get(a)?.get(i);
            if (have !== undefined) {
              if (i >= from) {
                const hu = uniqueOf(have);
                const expect = shift(base, i - from + skew);
                if (hu !== undefined) skew += hu.n - expect.n;
              }
              return;
            }
            const near =
              i > from
                ? claimNear(shift(base, i - from + skew), 1)
                : i < from
                  ? claimNear(shift(base, i - from), -1)
                  : claimNear(base, 1);
            if (near === undefined) return;
            if (i >= from) skew += near.gap;
            const m = found.altBinders.get(a) ?? new Map<number, string>();
            m.set(i, near.text);
            found.altBinders.set(a, m);
          });
          expr(a.body);
        }
        return;
      }
      default: {
        const never: never = e;
        return never;
      }
    }
  };
  const rhs = (r: G.Rhs): void => {
    if (r.kind === "closure") expr(r.body);
  };
  for (maxGap = 0; maxGap <= MAX_DROPPED; maxGap++) {
    for (const b of bindings) rhs(b.rhs);
    if (unbound.size === 0) break;
  }
  if (unbound.size > 0) claimByScope(bindings, found, unbound);
  return found;
}

/**
 * The last resort for an omitted case binder whose unique is not next to
 * the first pattern binder's (CorePrep's `sat_` lets took the uniques in
 * between: `case traverse … of { Nothing -> let sat_shge …; Just a1_shgf ->
 * … wild_shgd }`): a name still unbound, referenced in the alternatives of
 * exactly one case that prints no binder (the innermost such case, nested
 * ones first), and allocated before that case's pattern binders.
 */
function claimByScope(
  bindings: readonly G.Binding[],
  found: LostBinders,
  unbound: Map<string, string>,
): void {
  const left = new Set(unbound.values());
  const claimed = new Set<string>();
  const expr = (e: G.Expr): void => {
    switch (e.kind) {
      case "let": {
        const binds =
          e.binds.kind === "nonrec" ? [e.binds.bind] : e.binds.binds;
        binds.forEach((b) => rhs(b.rhs));
        expr(e.body);
        return;
      }
      case "tick":
        expr(e.body);
        return;
      case "case": {
        expr(e.scrutinee);
        e.alts.forEach((a) => expr(a.body));
        if (e.binder !== null || found.caseBinders.has(e)) return;
        const firstBinder = e.alts
          .flatMap((a) => a.binders)
          .map((b) => uniqueOf(b.name.text))
          .find((u) => u !== undefined);
        const candidates = new Set<string>();
        for (const a of e.alts)
          refsOutsideLost(a.body, found, (n) => {
            const u = uniqueOf(n.text);
            if (
              n.module === null &&
              left.has(n.text) &&
              !claimed.has(n.text) &&
              u !== undefined &&
              (firstBinder === undefined ||
                (u.tag === firstBinder.tag && u.n < firstBinder.n))
            )
              candidates.add(n.text);
          });
        if (candidates.size !== 1) return;
        const [name] = [...candidates];
        found.caseBinders.set(e, name!);
        claimed.add(name!);
        return;
      }
      default:
        return;
    }
  };
  const rhs = (r: G.Rhs): void => {
    if (r.kind === "closure") expr(r.body);
  };
  for (const b of bindings) rhs(b.rhs);
}

/**
 * Whether a scrutinee passes a state token (`f x GHC.Prim.void#`): its
 * result tuple began with a State#, whose binder unarisation dropped
 * right after the case binder, so the first binder GHC prints comes one
 * unique later (`ds1_s2bq { (#,#) _ _ -> ... ipv1_s2bs ... ipv2_s2bt }`).
 */
function passesState(e: G.Expr): boolean {
  switch (e.kind) {
    case "app":
    case "primApp":
    case "foreignCall":
      return e.args.some(
        (a) =>
          a.kind === "var" &&
          (a.name.text === "GHC.Prim.void#" ||
            a.name.text === "GHC.Prim.realWorld#"),
      );
    default:
      return false;
  }
}

/**
 * Calls `visit` with the names `e` refers to, but not inside the
 * alternatives of a nested case whose binder is still lost (a name there
 * may be that case's).
 */
function refsOutsideLost(
  e: G.Expr,
  found: LostBinders,
  visit: (n: G.Name) => void,
): void {
  const each = (x: G.Expr): boolean => {
    if (x.kind === "case") {
      each(x.scrutinee);
      if (x.binder === null && !found.caseBinders.has(x)) return false;
      x.alts.forEach((a) => each(a.body));
      return false;
    }
    if (x.kind === "let") {
      const binds = x.binds.kind === "nonrec" ? [x.binds.bind] : x.binds.binds;
      binds.forEach((b) => {
        if (b.rhs.kind === "closure") each(b.rhs.body);
        else rhsSomeRef(b.rhs, (n) => (visit(n), false));
      });
      return each(x.body);
    }
    if (x.kind === "tick") return each(x.body);
    someRef(x, (n) => (visit(n), false));
    return false;
  };
  each(e);
}

/** Adds every binder `rhs` introduces to `out`. */
function collectBinders(r: G.Rhs, out: Set<string>): void {
  if (r.kind !== "closure") return;
  r.params.forEach((p) => out.add(p.name.text));
  const expr = (e: G.Expr): void => {
    switch (e.kind) {
      case "let": {
        const binds =
          e.binds.kind === "nonrec" ? [e.binds.bind] : e.binds.binds;
        for (const b of binds) {
          out.add(b.name.text);
          collectBinders(b.rhs, out);
        }
        expr(e.body);
        return;
      }
      case "case":
        if (e.binder !== null) out.add(e.binder.name.text);
        expr(e.scrutinee);
        for (const a of e.alts) {
          a.binders.forEach((b) => out.add(b.name.text));
          expr(a.body);
        }
        return;
      case "tick":
        expr(e.body);
        return;
      default:
        return;
    }
  };
  expr(r.body);
}
