// Arithmetic thunks computed where they are built, when their operands are
// known to be evaluated already. GHC's -O0 code allocates a thunk for every
// intermediate `x * x` of a loop (mandel's `go`: eleven an iteration), and
// each is later forced: a frame, an entry, the operator's cases and primop,
// an update and a return. A thunk whose body is one of the prelude's
// arithmetic operators (`case a of { D x -> case b of { D y ->
// case timesDouble# x y of { r -> let { v = CON(D r) } in v } } }`, as
// inline-operators.ts leaves it, or a call of such an operator) on variables
// that are certainly evaluated at that point, with a primop that is total
// (wrapping Int#/Word# arithmetic, IEEE Double#/Float# arithmetic: it can
// neither fail nor loop), gives the same value whenever it is forced, and
// computing it early can raise nothing: the let becomes the cases and the
// primop, binding the box itself. Local constructors and such thunks inside
// the thunk's body (`2 * x * y`) are taken along, their binders renamed.
//
// "Certainly evaluated": within the alternatives of `case v of ...` v is,
// and so is every variable that evaluating v forced on its way (for a local
// thunk, the variables its body scrutinises before its first branching);
// a let-bound constructor is a value, as is a global constructor, and a
// case's default binder is. Facts are kept per binding (a name bound again
// is another binding), learned where they hold and dropped on leaving.
// Used by known-methods.ts on the program's own code only, after its
// rewrites; no program's result can change, only how many thunks it builds.
import type { Alt, Atom, Binding, Expr, HeapObject } from "../ministg/ast.js";
import { freeVars, objectFreeVars } from "../ministg/traversal.js";
import type { InlineNames } from "./inline-operators.js";

/** Primops that return a value for every argument: nothing to raise, nothing to wait for. */
const TOTAL = new Set([
  "plus#",
  "sub#",
  "mult#",
  "negateInt#",
  "plusWord#",
  "minusWord#",
  "timesWord#",
  "plusDouble#",
  "minusDouble#",
  "timesDouble#",
  "divideDouble#",
  "negateDouble#",
  "fabsDouble#",
  "sqrtDouble#",
  "plusFloat#",
  "minusFloat#",
  "timesFloat#",
  "divideFloat#",
  "negateFloat#",
  "fabsFloat#",
  "sqrtFloat#",
]);

/** One step of an eager computation, in order. */
type Step =
  | { readonly kind: "con"; readonly name: string; readonly object: HeapObject }
  | {
      readonly kind: "op";
      /** The boxes opened: the variable, its constructor, the payload's binder. */
      readonly boxes: readonly { v: string; con: string; x: string }[];
      readonly op: string;
      readonly args: readonly Atom[];
      readonly r: string;
      readonly con: string;
      readonly out: string;
    };

/** An operator's body read against its variables' meanings. */
interface OpShape {
  readonly boxes: readonly { v: string; con: string; x: string }[];
  readonly op: string;
  readonly args: readonly Atom[];
  readonly con: string;
}

/** `case v1 of { K1 x1 -> ... case OP args of { r -> let { w = CON(K r) } in w } }`. */
function opShape(e: Expr): OpShape | null {
  const boxes: { v: string; con: string; x: string }[] = [];
  let cur = e;
  while (
    cur.kind === "case" &&
    cur.scrutinee.kind === "atom" &&
    cur.scrutinee.atom.kind === "var" &&
    cur.alts.length === 1 &&
    cur.alts[0]!.kind === "con" &&
    cur.alts[0]!.vars.length === 1
  ) {
    const alt = cur.alts[0]!;
    const v = cur.scrutinee.atom.name;
    // A box's payload opened again (`Just x` then `x`) may be a thunk.
    if (boxes.some((b) => b.x === v)) return null;
    boxes.push({ v, con: alt.con, x: alt.vars[0]! });
    cur = alt.body;
  }
  if (boxes.length === 0 || boxes.length > 2) return null;
  if (cur.kind !== "case" || cur.scrutinee.kind !== "primop") return null;
  const { op, args } = cur.scrutinee;
  if (!TOTAL.has(op) || cur.alts.length !== 1) return null;
  const alt = cur.alts[0]!;
  if (alt.kind !== "default") return null;
  const body = alt.body;
  if (body.kind !== "let" || body.binds.length !== 1) return null;
  const b = body.binds[0]!;
  const o = b.object;
  if (o.kind !== "CON" || o.args.length !== 1) return null;
  const a0 = o.args[0]!;
  if (a0.kind !== "var" || a0.name !== alt.binder) return null;
  const ret = body.body;
  if (ret.kind !== "atom" || ret.atom.kind !== "var" || ret.atom.name !== b.name)
    return null;
  const payloads = new Set(boxes.map((x) => x.x));
  if (payloads.size !== boxes.length) return null;
  // The primop reads only the payloads and literals.
  for (const a of args)
    if (a.kind === "var" && !payloads.has(a.name)) return null;
  return { boxes, op, args, con: o.con };
}

/** What is known at a point of the walk (see the file's comment). */
class Facts {
  private next = 1;
  private readonly ids = new Map<string, number>();
  private readonly evaluated = new Set<number>();
  /** A local thunk's binding: the bindings its evaluation certainly forces. */
  private readonly forces = new Map<number, readonly number[]>();
  constructor(private readonly valueGlobal: (name: string) => boolean) {}

  /** f with `names` bound anew (each a new binding), then the old ones back. */
  bound<T>(names: readonly string[], f: (ids: number[]) => T): T {
    const saved = names.map((n) => this.ids.get(n));
    const ids = names.map((n) => {
      const id = this.next++;
      this.ids.set(n, id);
      return id;
    });
    try {
      return f(ids);
    } finally {
      names.forEach((n, i) => {
        const s = saved[i];
        if (s === undefined) this.ids.delete(n);
        else this.ids.set(n, s);
      });
    }
  }
  /** f knowing the bindings `ids` evaluated. */
  knowing<T>(ids: readonly number[], f: () => T): T {
    const added = ids.filter((id) => !this.evaluated.has(id));
    for (const id of added) this.evaluated.add(id);
    try {
      return f();
    } finally {
      for (const id of added) this.evaluated.delete(id);
    }
  }
  markEvaluated(id: number): void {
    this.evaluated.add(id);
  }
  setForces(id: number, ids: readonly number[]): void {
    if (ids.length > 0) this.forces.set(id, ids);
  }
  idOf(name: string): number | undefined {
    return this.ids.get(name);
  }
  isEvaluated(name: string): boolean {
    const id = this.ids.get(name);
    return id === undefined ? this.valueGlobal(name) : this.evaluated.has(id);
  }
  /** The bindings certainly evaluated once `name` is: itself and what it forced. */
  forcedBy(name: string): number[] {
    const id = this.ids.get(name);
    if (id === undefined) return [];
    const out = [id];
    for (let i = 0; i < out.length; i++)
      for (const f of this.forces.get(out[i]!) ?? [])
        if (!out.includes(f)) out.push(f);
    return out;
  }
}

/** `o` (a top-level object of the program) with its eager arithmetic. */
export function eagerArithmetic(
  o: HeapObject,
  names: InlineNames,
  globalObject: (name: string) => HeapObject | undefined,
  /** Constructors whose fields at the true positions always hold values. */
  strictCons: ReadonlyMap<string, readonly boolean[]> = new Map(),
  /** Told of every constructor built, with which of its fields are evaluated. */
  onCon?: (con: string, evaluated: readonly boolean[]) => void,
): HeapObject {
  const facts = new Facts((n) => globalObject(n)?.kind === "CON");
  const built = (c: HeapObject & { kind: "CON" }): void =>
    onCon?.(
      c.con,
      c.args.map((a) => a.kind === "var" && facts.isEvaluated(a.name)),
    );

  /** A call of a global operator (`negateDouble a`) as its body on the call's atoms. */
  const callShape = (e: Expr & { kind: "app" }): OpShape | null => {
    if (facts.idOf(e.fn) !== undefined) return null;
    const f = globalObject(e.fn);
    if (f?.kind !== "FUN" || f.params.length !== e.args.length) return null;
    const s = opShape(f.body);
    if (s === null) return null;
    const boxes: { v: string; con: string; x: string }[] = [];
    for (const b of s.boxes) {
      const i = f.params.indexOf(b.v);
      const a = i < 0 ? undefined : e.args[i];
      if (a?.kind !== "var") return null;
      boxes.push({ ...b, v: a.name });
    }
    return { ...s, boxes };
  };

  /**
   * The steps computing a thunk's body into `out`, or null. `renames`:
   * the body's own binders already computed, to their fresh names.
   */
  const plan = (
    e: Expr,
    out: string,
    renames: Map<string, string>,
    taken: ReadonlySet<string>,
    steps: Step[],
    /** The thunk is forced right here: its boxes need not be evaluated, no inner thunk may be. */
    forcedHere = false,
  ): boolean => {
    if (e.kind === "let" && !e.rec) {
      for (const b of e.binds) {
        const fresh = names.fresh("e", taken);
        const o = b.object;
        if (o.kind === "CON") {
          steps.push({
            kind: "con",
            name: fresh,
            object: { ...o, args: o.args.map((a) => renamed(a, renames)) },
          });
        } else if (o.kind === "THUNK" && !forcedHere) {
          if (!plan(o.body, fresh, new Map(renames), taken, steps))
            return false;
        } else return false;
        renames.set(b.name, fresh);
      }
      return plan(e.body, out, renames, taken, steps, forcedHere);
    }
    const s =
      e.kind === "app" ? callShape(e) : e.kind === "case" ? opShape(e) : null;
    if (s === null) return false;
    const boxes: { v: string; con: string; x: string }[] = [];
    const payload = new Map<string, string>();
    for (const b of s.boxes) {
      const local = renames.get(b.v);
      if (local === undefined && !forcedHere && !facts.isEvaluated(b.v))
        return false;
      const x = names.fresh("x", taken);
      payload.set(b.x, x);
      boxes.push({ v: local ?? b.v, con: b.con, x });
    }
    steps.push({
      kind: "op",
      boxes,
      op: s.op,
      args: s.args.map((a) =>
        a.kind === "var" ? { kind: "var", name: payload.get(a.name)! } : a,
      ),
      r: names.fresh("r", taken),
      con: s.con,
      out,
    });
    return true;
  };

  const build = (steps: readonly Step[], rest: Expr): Expr => {
    let e = rest;
    for (let i = steps.length - 1; i >= 0; i--) {
      const s = steps[i]!;
      switch (s.kind) {
        case "con":
          e = letOne(s.name, s.object, e);
          break;
        case "op": {
          const box: HeapObject = {
            kind: "CON",
            con: s.con,
            args: [{ kind: "var", name: s.r }],
          };
          e = {
            kind: "case",
            scrutinee: { kind: "primop", op: s.op, args: s.args },
            alts: [{ kind: "default", binder: s.r, body: letOne(s.out, box, e) }],
          };
          for (let j = s.boxes.length - 1; j >= 0; j--) {
            const b = s.boxes[j]!;
            e = {
              kind: "case",
              scrutinee: { kind: "atom", atom: { kind: "var", name: b.v } },
              alts: [{ kind: "con", con: b.con, vars: [b.x], body: e }],
            };
          }
          break;
        }
      }
    }
    return e;
  };

  /** The bindings evaluating `e` (a thunk's body) certainly forces, before any branching. */
  const headForced = (e: Expr, inner: Map<string, readonly number[]>): number[] => {
    switch (e.kind) {
      case "atom":
        return e.atom.kind === "var" ? forced(e.atom.name, inner) : [];
      case "app": {
        if (inner.has(e.fn) || facts.idOf(e.fn) !== undefined) return [];
        const out: number[] = [];
        for (const a of strictArgs(e))
          if (a.kind === "var") out.push(...forced(a.name, inner));
        return out;
      }
      case "primop":
        return [];
      case "stack":
        return headForced(e.body, inner);
      case "let": {
        const local = new Map(inner);
        for (const b of e.binds)
          local.set(
            b.name,
            !e.rec && b.object.kind === "THUNK"
              ? headForced(b.object.body, local)
              : [],
          );
        return headForced(e.body, local);
      }
      case "case": {
        const first = headForced(e.scrutinee, inner);
        if (e.alts.length !== 1) return first;
        const a = e.alts[0]!;
        const local = new Map(inner);
        for (const v of altBinders(a)) local.set(v, []);
        return [...first, ...headForced(a.body, local)];
      }
    }
  };
  /**
   * The arguments a call of a global function certainly forces once it has
   * returned: those its body scrutinises before it branches or calls.
   */
  const strictCache = new Map<string, readonly number[]>();
  const strictArgs = (e: Expr & { kind: "app" }): Atom[] => {
    let ps = strictCache.get(e.fn);
    if (ps === undefined) {
      ps = [];
      const f = globalObject(e.fn);
      if (f?.kind === "FUN")
        for (const v of headSequence(f.body)) {
          if (v === null) break;
          const i = f.params.indexOf(v);
          if (i >= 0) (ps as number[]).push(i);
        }
      strictCache.set(e.fn, ps);
    }
    const fn = globalObject(e.fn);
    if (fn?.kind !== "FUN" || fn.params.length !== e.args.length) return [];
    return ps.map((i) => e.args[i]!);
  };
  /**
   * A call's arguments its global function forces first, in order: the
   * parameters its body scrutinises before anything else happens (a global
   * constructor scrutinised is no event; anything else ends the list).
   */
  const firstCache = new Map<string, readonly number[]>();
  const firstArgs: Calls = (e) => {
    if (facts.idOf(e.fn) !== undefined) return [];
    const f = globalObject(e.fn);
    if (f?.kind !== "FUN" || f.params.length !== e.args.length) return [];
    let ps = firstCache.get(e.fn);
    if (ps === undefined) {
      const order: number[] = [];
      for (const v of headSequence(f.body)) {
        if (v === null) break;
        const i = f.params.indexOf(v);
        if (i >= 0) order.push(i);
        else if (globalObject(v)?.kind !== "CON") break;
      }
      firstCache.set(e.fn, (ps = order));
    }
    const out: string[] = [];
    for (const i of ps) {
      const a = e.args[i]!;
      if (a.kind !== "var") break;
      out.push(a.name);
    }
    return out;
  };
  const forced = (
    name: string,
    inner: ReadonlyMap<string, readonly number[]>,
  ): number[] => {
    const local = inner.get(name);
    return local !== undefined ? [...local] : facts.forcedBy(name);
  };

  const expr = (e: Expr): Expr => {
    switch (e.kind) {
      case "atom":
      case "app":
      case "primop":
        return e;
      case "stack":
        return { ...e, body: expr(e.body) };
      case "case":
        return caseExpr(e);
      case "let":
        return e.rec
          ? letRec(e)
          : letChain(forcedOrder(e, firstArgs), 0, new Set(freeVars(e)));
    }
  };

  const caseExpr = (e: Expr & { kind: "case" }): Expr => {
    const scrutinee = expr(e.scrutinee);
    const s = e.scrutinee;
    const known =
      s.kind === "atom" && s.atom.kind === "var"
        ? facts.forcedBy(s.atom.name)
        : headForced(s, new Map());
    const alts = e.alts.map((a) =>
      facts.knowing(known, () =>
        facts.bound(altBinders(a), (ids) => {
          if (a.kind === "default") facts.markEvaluated(ids[0]!);
          const strict = a.kind === "con" ? strictCons.get(a.con) : undefined;
          if (strict !== undefined && strict.length === ids.length)
            ids.forEach((id, i) => {
              if (strict[i]) facts.markEvaluated(id);
            });
          return { ...a, body: expr(a.body) } as Alt;
        }),
      ),
    );
    return { ...e, scrutinee, alts };
  };

  const letRec = (e: Expr & { kind: "let" }): Expr =>
    facts.bound(
      e.binds.map((b) => b.name),
      (ids) => {
        e.binds.forEach((b, i) => {
          if (b.object.kind === "CON") facts.markEvaluated(ids[i]!);
        });
        for (const b of e.binds) if (b.object.kind === "CON") built(b.object);
        return {
          ...e,
          binds: e.binds.map((b) => ({ ...b, object: object(b.object) })),
          body: expr(e.body),
        };
      },
    );

  /**
   * The non-recursive let from its i-th binding on (`taken`: its free names
   * and binders). A thunk the let's body forces before anything else can
   * happen (every variable its body forces earlier being evaluated) is
   * evaluated where it is bound instead: `case e of { s -> ... }`, the same
   * evaluation at the same moment, without the thunk, its update and its
   * frame. The bindings come ordered (forcedOrder) so that those the body
   * forces first come first.
   */
  const letChain = (
    e: Expr & { kind: "let" },
    i: number,
    taken: Set<string>,
  ): Expr => {
    if (i >= e.binds.length) return expr(e.body);
    const b = e.binds[i]!;
    for (const x of e.binds) taken.add(x.name);
    const o = object(b.object);
    if (o.kind === "CON") built(o);
    const steps: Step[] = [];
    // Planned from the thunk as it came (its inner thunks not yet eager).
    const eager =
      b.object.kind === "THUNK" &&
      plan(b.object.body, b.name, new Map(), taken, steps);
    const strict =
      !eager && o.kind === "THUNK" && firstForced(e, i) === b.name;
    const forcedByIt =
      strict && o.kind === "THUNK" ? headForced(o.body, new Map()) : [];
    const body = facts.bound([b.name], ([id]) => {
      if (eager || strict || o.kind === "CON") facts.markEvaluated(id!);
      else if (o.kind === "THUNK")
        facts.setForces(id!, headForced(o.body, new Map()));
      return facts.knowing(forcedByIt, () => letChain(e, i + 1, taken));
    });
    if (eager) return build(steps, body);
    // Forced here: an operator's cases bind the box itself, without a frame.
    const here: Step[] = [];
    if (
      strict &&
      b.object.kind === "THUNK" &&
      plan(b.object.body, b.name, new Map(), taken, here, true)
    )
      return build(here, body);
    if (strict && o.kind === "THUNK")
      return {
        kind: "case",
        scrutinee: o.body,
        alts: [{ kind: "default", binder: b.name, body }],
      };
    const binding: Binding = { ...b, object: o };
    // One let again (one LET step), unless a name would be bound twice.
    return body.kind === "let" &&
      !body.rec &&
      body.binds.every((x) => x.name !== b.name)
      ? { ...e, binds: [binding, ...body.binds], body: body.body }
      : { ...e, binds: [binding], body };
  };

  /**
   * The first variable the let's body forces that is not evaluated when
   * its i-th binding is made (the bindings before it made, those after it
   * allocated), or undefined when something else may happen first.
   */
  const firstForced = (
    e: Expr & { kind: "let" },
    i: number,
  ): string | undefined => {
    const later = new Map<string, boolean>();
    for (let j = i; j < e.binds.length; j++) {
      const o = e.binds[j]!.object;
      later.set(e.binds[j]!.name, o.kind !== "THUNK");
    }
    for (const v of headSequence(e.body, firstArgs)) {
      if (v === null) return undefined;
      const l = later.get(v);
      if (l === false) return v;
      if (l === true) continue;
      if (!facts.isEvaluated(v)) return v;
    }
    return undefined;
  };

  const object = (o: HeapObject): HeapObject => {
    switch (o.kind) {
      case "FUN":
        return facts.bound(o.params, () => ({ ...o, body: expr(o.body) }));
      case "THUNK":
        return { ...o, body: expr(o.body) };
      case "PAP":
      case "CON":
      case "ERROR":
      case "LIT":
        return o;
    }
  };

  if (o.kind === "CON") built(o);
  return object(o);
}

/**
 * The program's constructors whose fields at some positions hold values
 * wherever they are built (GHC's strict fields: `data Body = Body !Double
 * ...`, whose -O0 code evaluates each field before building): every
 * construction in the program's code has an evaluated variable there, and
 * no other code builds the constructor or names it as a function.
 */
export function strictConstructors(
  program: readonly Binding[],
  others: readonly HeapObject[],
  globalObject: (name: string) => HeapObject | undefined,
): Map<string, readonly boolean[]> {
  const out = new Map<string, boolean[]>();
  const names = new InlineNamesForScan();
  // Only the program's own types (named after its modules, as its
  // bindings are): primops and libraries build theirs.
  // (`main`, `Cons`, `Z2T`: no module, the machine's and the primops' own.)
  const modules = new Set(program.map((b) => moduleOf(b.name)));
  modules.delete("");
  for (const { object: o } of program)
    eagerArithmetic(o, names as unknown as InlineNames, globalObject, new Map(), (con, ev) => {
      const seen = out.get(con);
      if (seen === undefined) out.set(con, [...ev]);
      else if (seen.length !== ev.length) seen.fill(false);
      else ev.forEach((e, i) => (seen[i] = seen[i]! && e));
    });
  const refused = new Set<string>();
  for (const o of others) conNames(o, refused);
  const used = new Set<string>();
  for (const o of [...program.map((b) => b.object), ...others])
    objectFreeVars(o, used);
  for (const [con, ev] of out)
    if (
      !modules.has(moduleOf(con)) ||
      refused.has(con) ||
      used.has(con) ||
      !ev.some((e) => e)
    )
      out.delete(con);
  return out;
}

/** A global name's module part (`Body_Main`: Main), "" for none. */
function moduleOf(name: string): string {
  const i = name.lastIndexOf("_");
  return i <= 0 ? "" : name.slice(i + 1);
}

/** Fresh names for a scan whose rewrite is thrown away. */
class InlineNamesForScan {
  fresh(hint: string): string {
    return `${hint}_scan'`;
  }
}

/** Adds the constructors `o` builds (CON objects, its own and inner ones). */
function conNames(o: HeapObject, out: Set<string>): void {
  switch (o.kind) {
    case "CON":
      out.add(o.con);
      return;
    case "FUN":
    case "THUNK":
      conNamesExpr(o.body, out);
      return;
    case "PAP":
    case "ERROR":
    case "LIT":
      return;
  }
}
function conNamesExpr(e: Expr, out: Set<string>): void {
  switch (e.kind) {
    case "atom":
    case "app":
    case "primop":
      return;
    case "stack":
      conNamesExpr(e.body, out);
      return;
    case "let":
      for (const b of e.binds) conNames(b.object, out);
      conNamesExpr(e.body, out);
      return;
    case "case":
      conNamesExpr(e.scrutinee, out);
      for (const a of e.alts) conNamesExpr(a.body, out);
      return;
  }
}

function altBinders(a: Alt): readonly string[] {
  switch (a.kind) {
    case "con":
      return a.vars;
    case "lit":
      return [];
    case "default":
      return [a.binder];
  }
}

function renamed(a: Atom, renames: ReadonlyMap<string, string>): Atom {
  if (a.kind !== "var") return a;
  const r = renames.get(a.name);
  return r === undefined ? a : { kind: "var", name: r };
}

function letOne(name: string, object: HeapObject, body: Expr): Expr {
  return { kind: "let", rec: false, binds: [{ name, object }], body };
}

/**
 * The variables `e` forces, in order, before it branches or does anything
 * else; null stands for something else (a call, a variable bound inside e)
 * and ends the list.
 */
function headSequence(e: Expr, calls?: Calls): (string | null)[] {
  const out: (string | null)[] = [];
  const call = (a: Expr & { kind: "app" }): void => {
    if (calls !== undefined && !inner.has(a.fn))
      for (const v of calls(a)) out.push(inner.has(v) ? null : v);
    out.push(null);
  };
  const inner = new Set<string>();
  let cur: Expr | undefined = e;
  while (cur !== undefined) {
    const c: Expr = cur;
    cur = undefined;
    switch (c.kind) {
      case "atom":
        if (c.atom.kind === "var")
          out.push(inner.has(c.atom.name) ? null : c.atom.name);
        return out;
      case "app":
        call(c);
        return out;
      case "primop":
        out.push(null);
        return out;
      case "stack":
        cur = c.body;
        break;
      case "let":
        for (const b of c.binds) inner.add(b.name);
        cur = c.body;
        break;
      case "case": {
        const s = c.scrutinee;
        if (s.kind === "atom" && s.atom.kind === "var")
          out.push(inner.has(s.atom.name) ? null : s.atom.name);
        else if (s.kind === "app") {
          call(s);
          return out;
        } else if (s.kind !== "primop") {
          out.push(null);
          return out;
        }
        if (c.alts.length !== 1) return out;
        const a: Alt = c.alts[0]!;
        for (const v of altBinders(a)) inner.add(v);
        cur = a.body;
        break;
      }
    }
  }
  return out;
}

/**
 * The non-recursive let with the thunks its body forces first moved to the
 * front, in the order it forces them, each after the bindings it refers to
 * (a chain: a binding sees only those before it). Making objects in another
 * order changes nothing else.
 */
/** A call's variable arguments its function forces first, in order, before anything else. */
type Calls = (e: Expr & { kind: "app" }) => readonly string[];

function forcedOrder(
  e: Expr & { kind: "let" },
  calls: Calls,
): Expr & { kind: "let" } {
  if (e.binds.length < 2) return e;
  const index = new Map(e.binds.map((b, i) => [b.name, i]));
  if (index.size !== e.binds.length) return e;
  const deps = e.binds.map((b, i) => {
    const out: number[] = [];
    for (const v of freeVars(letOne(b.name, b.object, atomOf(b.name)))) {
      const j = index.get(v);
      if (j === undefined) continue;
      // A name bound later here means an outer binding: keep the order.
      if (j >= i) return null;
      out.push(j);
    }
    return out;
  });
  if (deps.some((d) => d === null)) return e;
  const order: number[] = [];
  const placed = new Set<number>();
  const place = (i: number): void => {
    if (placed.has(i)) return;
    placed.add(i);
    for (const j of deps[i]!) place(j);
    order.push(i);
  };
  for (const v of headSequence(e.body, calls)) {
    if (v === null) break;
    const i = index.get(v);
    if (i !== undefined && e.binds[i]!.object.kind === "THUNK") place(i);
  }
  if (order.length === 0) return e;
  e.binds.forEach((_, i) => place(i));
  if (order.every((j, k) => j === k)) return e;
  return { ...e, binds: order.map((i) => e.binds[i]!) };
}

function atomOf(name: string): Expr {
  return { kind: "atom", atom: { kind: "var", name } };
}
