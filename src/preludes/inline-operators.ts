// Comparisons and arithmetic inlined where the program's cases take their
// results. GHC's -O0 code tests
// `x < y` at Int as `case ltInt x y of { False -> e1; True -> e2 }`: a case
// frame, a call, the prelude's two cases and primop, and the Bool returned
// to the frame and matched. A global of the shape
//   FUN(p q -> case p of { K x -> case q of { K' y ->
//                case OP x y of { lit -> B1; z -> B2 } } })
// (B1, B2 the two booleans `true` and `false`, GHC.Classes' comparisons at
// Int, Char, Double...) is its body: the case becomes
//   case a of { K x' -> case b of { K' y' -> case OP x' y' of { lit -> e(B1); z' -> e(B2) } } }
// with fresh binders x', y', z'. It forces a, then b, as the call did, and
// picks the same alternative: 4 steps fewer (CASE, KNOWNCALL, RET and the
// Bool's match). An operator called in tail position becomes its body
// (the call's step). An arithmetic operator, whose primop case instead
// boxes its result (`case OP x y of { r -> let { v = CON(K r) } in v }`:
// plusInt, timesDouble...), is inlined into a case that binds the box
// (`{ w -> e }`, the box let-bound to w) or opens it (`{ K z -> e }`, z the
// primop's result). Used by known-methods.ts on the program's own code only.
import type { Alt, Atom, Expr, HeapObject, Literal } from "../ministg/ast.js";
import { freeVars } from "../ministg/traversal.js";

/** An operator's body: its two boxes opened and one primop applied. */
export interface Operator {
  readonly con1: string;
  readonly con2: string;
  readonly op: string;
  /** The primop's arguments: 0 the first box's payload, 1 the second's, else a literal. */
  readonly args: readonly (0 | 1 | Literal)[];
  readonly result: OperatorResult;
}

export type OperatorResult =
  /** A comparison: the literal alternative is `litIsTrue`, the default the other Bool. */
  | { readonly kind: "bool"; readonly lit: Literal; readonly litIsTrue: boolean }
  /** Arithmetic: the primop's result boxed in `con`. */
  | { readonly kind: "box"; readonly con: string };

const TRUE = "true";
const FALSE = "false";

/** `o` as an Operator, if it has one of the shapes above. */
export function operatorShape(o: HeapObject | undefined): Operator | null {
  if (o?.kind !== "FUN" || o.params.length !== 2) return null;
  const [p, q] = o.params as [string, string];
  if (p === q) return null;
  const open1 = openBox(o.body, p);
  if (open1 === null) return null;
  const open2 = openBox(open1.body, q);
  if (open2 === null) return null;
  const [x, y] = [open1.v, open2.v];
  if (x === y || [x, y].some((v) => v === p || v === q)) return null;
  const t = open2.body;
  if (t.kind !== "case" || t.scrutinee.kind !== "primop") return null;
  const args: (0 | 1 | Literal)[] = [];
  for (const a of t.scrutinee.args) {
    if (a.kind === "lit") args.push(a.lit);
    else if (a.name === x) args.push(0);
    else if (a.name === y) args.push(1);
    else return null;
  }
  const head = {
    con1: open1.con,
    con2: open2.con,
    op: t.scrutinee.op,
    args,
  };
  const box = boxedResult(t.alts);
  if (box !== null) return { ...head, result: { kind: "box", con: box } };
  if (t.alts.length !== 2) return null;
  const [la, da] = t.alts as [Alt, Alt];
  if (la.kind !== "lit" || da.kind !== "default") return null;
  const b1 = boolOf(la.body);
  const b2 = boolOf(da.body);
  if (b1 === null || b2 === null || b1 === b2) return null;
  return {
    ...head,
    result: { kind: "bool", lit: la.lit, litIsTrue: b1 },
  };
}

/** `{ r -> let { v = CON(K r) } in v }`: K. */
function boxedResult(alts: readonly Alt[]): string | null {
  const a = alts[0];
  if (alts.length !== 1 || a?.kind !== "default") return null;
  const e = a.body;
  if (e.kind !== "let" || e.binds.length !== 1) return null;
  const b = e.binds[0]!;
  const o = b.object;
  if (o.kind !== "CON" || o.args.length !== 1) return null;
  const r = o.args[0]!;
  if (r.kind !== "var" || r.name !== a.binder) return null;
  const body = e.body;
  return body.kind === "atom" &&
    body.atom.kind === "var" &&
    body.atom.name === b.name
    ? o.con
    : null;
}

/** `case v of { K x -> body }`. */
function openBox(
  e: Expr,
  v: string,
): { con: string; v: string; body: Expr } | null {
  if (e.kind !== "case" || e.alts.length !== 1) return null;
  const s = e.scrutinee;
  if (s.kind !== "atom" || s.atom.kind !== "var" || s.atom.name !== v)
    return null;
  const alt = e.alts[0]!;
  if (alt.kind !== "con" || alt.vars.length !== 1) return null;
  return { con: alt.con, v: alt.vars[0]!, body: alt.body };
}

function boolOf(e: Expr): boolean | null {
  if (e.kind !== "atom" || e.atom.kind !== "var") return null;
  return e.atom.name === TRUE ? true : e.atom.name === FALSE ? false : null;
}

/** The bodies a case on a Bool takes for True and False, if each is one alternative's. */
function boolAlts(
  alts: readonly Alt[],
): { t: Expr; f: Expr } | null {
  let t: Expr | undefined;
  let f: Expr | undefined;
  let other: Expr | undefined;
  for (const a of alts) {
    switch (a.kind) {
      case "con":
        if (a.vars.length !== 0) return null;
        if (a.con === "True") t ??= a.body;
        else if (a.con === "False") f ??= a.body;
        else return null;
        break;
      case "lit":
        return null;
      case "default":
        // Its binder would be the Bool itself: only one it never reads.
        if (freeVars(a.body).has(a.binder)) return null;
        other ??= a.body;
        break;
    }
  }
  t ??= other;
  f ??= other;
  // Each body must come from its own alternative: none is copied.
  if (t === undefined || f === undefined || t === f) return null;
  return { t, f };
}

/**
 * Fresh binders for one rewrite of a program, numbered from 1, so that a
 * program's rewrite names them alike every run (allocation sites are named
 * after them).
 */
export class InlineNames {
  private counter = 0;

  /** A binder named by none of `taken` (the code it will scope over). */
  fresh(hint: string, taken: ReadonlySet<string>): string {
    for (;;) {
      this.counter = (this.counter + 1) % 1_000_000;
      const name = `${hint}_inl'${this.counter}`;
      if (!taken.has(name)) return name;
    }
  }
}

/**
 * `case f a b of alts` with f's body inlined, or undefined when the
 * alternatives do not fit it or an argument is not a variable.
 */
export function inlineCase(
  c: Operator,
  args: readonly Atom[],
  alts: readonly Alt[],
  names: InlineNames,
): Expr | undefined {
  const r = c.result;
  const taken = namesIn(args, alts.map((a) => a.body));
  switch (r.kind) {
    case "bool": {
      const bodies = boolAlts(alts);
      return bodies === null
        ? undefined
        : inlineTest(c, r, args, bodies, taken, names);
    }
    case "box": {
      const a = alts.length === 1 ? alts[0]! : undefined;
      if (a?.kind === "default") {
        const z = names.fresh("r", taken);
        const v: Expr = {
          kind: "let",
          rec: false,
          binds: [
            {
              name: a.binder,
              object: { kind: "CON", con: r.con, args: [varAtom(z)] },
            },
          ],
          body: a.body,
        };
        return inlineOp(
          c,
          args,
          [{ kind: "default", binder: z, body: v }],
          taken,
          names,
        );
      }
      if (a?.kind === "con" && a.con === r.con && a.vars.length === 1)
        return inlineOp(
          c,
          args,
          [{ kind: "default", binder: a.vars[0]!, body: a.body }],
          taken,
          names,
        );
      return undefined;
    }
  }
}

/** An operator called in tail position: its body, giving the Bool or the box. */
export function inlineTailCall(
  c: Operator,
  args: readonly Atom[],
  names: InlineNames,
): Expr | undefined {
  const r = c.result;
  const taken = namesIn(args, []);
  switch (r.kind) {
    case "bool":
      return inlineTest(
        c,
        r,
        args,
        {
          t: { kind: "atom", atom: varAtom(TRUE) },
          f: { kind: "atom", atom: varAtom(FALSE) },
        },
        taken,
        names,
      );
    case "box": {
      const z = names.fresh("r", taken);
      const v = names.fresh("v", taken);
      const box: Expr = {
        kind: "let",
        rec: false,
        binds: [
          {
            name: v,
            object: { kind: "CON", con: r.con, args: [varAtom(z)] },
          },
        ],
        body: { kind: "atom", atom: varAtom(v) },
      };
      return inlineOp(
        c,
        args,
        [{ kind: "default", binder: z, body: box }],
        taken,
        names,
      );
    }
  }
}

function inlineTest(
  c: Operator,
  r: { readonly lit: Literal; readonly litIsTrue: boolean },
  args: readonly Atom[],
  bodies: { readonly t: Expr; readonly f: Expr },
  taken: ReadonlySet<string>,
  names: InlineNames,
): Expr | undefined {
  return inlineOp(
    c,
    args,
    [
    { kind: "lit", lit: r.lit, body: r.litIsTrue ? bodies.t : bodies.f },
      {
        kind: "default",
        binder: names.fresh("z", taken),
        body: r.litIsTrue ? bodies.f : bodies.t,
      },
    ],
    taken,
    names,
  );
}

/** `case a of { K x -> case b of { K' y -> case OP .. of alts } }`. */
function inlineOp(
  c: Operator,
  args: readonly Atom[],
  alts: Alt[],
  taken: ReadonlySet<string>,
  names: InlineNames,
): Expr | undefined {
  if (args.length !== 2) return undefined;
  const [a, b] = args as [Atom, Atom];
  if (a.kind !== "var" || b.kind !== "var") return undefined;
  const x = names.fresh("x", taken);
  const y = names.fresh("y", taken);
  const opArgs: Atom[] = c.args.map((v) =>
    v === 0 ? varAtom(x) : v === 1 ? varAtom(y) : { kind: "lit", lit: v },
  );
  const apply: Expr = {
    kind: "case",
    scrutinee: { kind: "primop", op: c.op, args: opArgs },
    alts,
  };
  const second: Expr = {
    kind: "case",
    scrutinee: { kind: "atom", atom: b },
    alts: [{ kind: "con", con: c.con2, vars: [y], body: apply }],
  };
  return {
    kind: "case",
    scrutinee: { kind: "atom", atom: a },
    alts: [{ kind: "con", con: c.con1, vars: [x], body: second }],
  };
}

/** The variables the arguments and the moved bodies name (free ones). */
function namesIn(
  args: readonly Atom[],
  bodies: readonly Expr[],
): ReadonlySet<string> {
  const out = new Set<string>();
  for (const a of args) if (a.kind === "var") out.add(a.name);
  for (const b of bodies) for (const v of freeVars(b)) out.add(v);
  return out;
}

function varAtom(name: string): Atom {
  return { kind: "var", name };
}
