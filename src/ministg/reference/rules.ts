// The rules of "Making a fast curry" (Marlow & Peyton Jones, figure 2), one
// function per rule, named as ministg names them, plus ministg's STACK and
// the exception rules of GHC's runtime (catch#, raise#), which count as
// PRIMOP steps. Each function is called by run.ts once it has seen that
// the rule's left-hand side matches; it builds the right-hand side.
//
// Notation, as in the paper: `e; s; H` is expression, stack, heap.
// `f^k` is a call of `f` whose arity k is known (ministg's arity analysis),
// `f•` one whose arity is unknown. `e[a/x]` is substitution: here writing
// `a` into x's slot of the activation's `locals` (see state.ts).

import { EnumTagInfo, OP_LET } from "../machine/code.js";
import type {
  AllocSpec,
  AtomList,
  Code,
  CodeInfo,
  ConInfo,
} from "../machine/code.js";
import type { Frame } from "../machine/frames.js";
import {
  MachineError,
  TOP_HANDLER,
  arityMismatch,
  enumTagAlt,
  nonExhaustive,
} from "../machine/outcome.js";
import { RAISE_THUNK } from "../machine/raise-thunk.js";
import { UNBOXED_THUNK } from "../machine/unboxed-thunk.js";
import {
  ADDR,
  BLACKHOLE,
  CON,
  CallStackNode,
  FUN,
  NO_VALUES,
  Obj,
  PAP,
  THUNK as THUNK_TAG,
  clearValues,
  copyValues,
  objectNumber,
  setObjectNumber,
  setThunkCallStack,
  setValues,
  shareValues,
  takeThunkCallStack,
  valuesOf,
  type Value,
} from "../machine/values.js";
import type { CompiledProgram } from "../machine/compile.js";
import {
  evalState,
  freshId,
  noteSite,
  pop,
  push,
  retState,
  type State,
} from "./state.js";

// ------------------------------------------------------------------ helpers

/** The values of atoms in an activation. */
export function atoms(list: AtomList, locals: Value[]): Value[] {
  const out: Value[] = [];
  for (let i = 0; i < list.slots.length; i++) {
    const s = list.slots[i]!;
    out.push(s >= 0 ? locals[s]! : list.consts[i]!);
  }
  return out;
}

/** The value of the atom an ATOM or APP node names. */
export function atom(code: Code, locals: Value[]): Value {
  return code.slot >= 0 ? locals[code.slot]! : code.konst!;
}

/** The activation of a FUN applied to `args` (or a THUNK: no args): `e[a/x]`. */
function activation(info: CodeInfo, args: readonly Value[], o: Obj) {
  const locals = new Array<Value>(info.frameSize);
  for (let i = 0; i < args.length; i++) locals[i] = args[i]!;
  copyValues(o, locals, args.length);
  return locals;
}

function enterFun(s: State, f: Obj, args: readonly Value[]): void {
  const info = f.info as CodeInfo;
  s.control = evalState(info.body, activation(info, args, f));
}

const KIND = ["FUN", "PAP", "CON", "THUNK"] as const;

function allocate(
  s: State,
  tag: number,
  info: Obj["info"],
  env: Value[],
  site?: string,
) {
  s.heap[KIND[tag] ?? "ERROR"]++;
  const o = new Obj(tag, info, env);
  setObjectNumber(o, freshId(s));
  if (tag === THUNK_TAG) setThunkCallStack(o, s.callStack);
  if (site !== undefined) s.sites?.set(o, site);
  return o;
}

/** A literal (Addr# strings included): returned as is, never entered. */
export function isLiteral(v: Value): boolean {
  return typeof v !== "object" || v.tag === ADDR;
}

/** A value in the paper's sense: a literal, or a FUN, PAP or CON (what a case may inspect). */
export function isValue(v: Value): boolean {
  return isLiteral(v) || (v as Obj).tag <= CON;
}

export type AltChoice =
  | { readonly kind: "con"; readonly body: Code; readonly binders: Int32Array }
  | { readonly kind: "lit"; readonly body: Code }
  | { readonly kind: "default" };

/** Which alternative of a CASE node `v` selects (ministg's order: constructors or literals, then the default). */
export function chooseAlt(s: State, code: Code, v: Value): AltChoice {
  const alts = code.alts!;
  if (typeof v === "object" && v.tag === CON) {
    let i = alts.conIds.indexOf((v.info as ConInfo).id);
    if (i < 0 && v.info instanceof EnumTagInfo)
      i = enumTagAlt(s.prog, alts, v.info);
    if (i >= 0)
      return {
        kind: "con",
        body: alts.conBodies[i]!,
        binders: alts.conVars[i]!,
      };
  } else {
    const i = alts.lits.indexOf(v);
    if (i >= 0) return { kind: "lit", body: alts.litBodies[i]! };
  }
  if (alts.defSlot < 0) throw nonExhaustive(code);
  return { kind: "default" };
}

// ------------------------------------------------------------------ rules

/**
 * LET:  `let x = obj in e; s; H  ⇒  e[x'/x]; s; H[x' ↦ obj]`  (x' fresh).
 * A `letrec` allocates all its objects first, then fills them in, so they
 * may refer to each other.
 */
export function LET(s: State, code: Code, locals: Value[]): void {
  const papFn = (a: AllocSpec) =>
    (a.fnSlot >= 0 ? locals[a.fnSlot] : a.fnConst) as Obj;
  if (code.op === OP_LET) {
    const a = code.allocs[0]!;
    a.count++;
    const env = atoms(a.atoms, locals);
    locals[a.slot] = allocate(
      s,
      a.tag,
      a.tag === PAP ? papFn(a) : a.info,
      env,
      a.name,
    );
  } else {
    const objs = code.allocs.map((a) => {
      a.count++;
      return (locals[a.slot] = allocate(s, a.tag, a.info, NO_VALUES, a.name));
    });
    code.allocs.forEach((a, i) => {
      objs[i]!.env = atoms(a.atoms, locals);
      if (a.tag === PAP) objs[i]!.info = papFn(a);
    });
  }
  s.control = evalState(code.body!, locals);
}

/** STACK (ministg):  `stack "f" e; s; cs  ⇒  e; s; f:cs`  (the annotation call stack). */
export function STACK(s: State, code: Code, locals: Value[]): void {
  s.callStack = new CallStackNode(code.label, s.callStack);
  s.control = evalState(code.body!, locals);
}

/**
 * CASECON:  `case v of {...; C x1..xn -> e; ...}; s; H[v ↦ CON(C a1..an)]
 *            ⇒  e[a1/x1 .. an/xn]; s; H`
 * (and a literal alternative that equals the literal v).
 */
export function CASECON(
  s: State,
  code: Code,
  locals: Value[],
  v: Value,
  alt: Extract<AltChoice, { kind: "con" | "lit" }>,
): void {
  if (alt.kind === "con") {
    const fields = valuesOf(v as Obj);
    if (alt.binders.length > fields.length)
      throw arityMismatch(code, v as Obj, alt.binders.length);
    alt.binders.forEach((slot, j) => (locals[slot] = fields[j]!));
  }
  s.control = evalState(alt.body, locals);
}

/**
 * CASEANY:  `case v of {...; x -> e}; s; H  ⇒  e[v/x]; s; H`
 * (v a literal or a value no other alternative matches).
 */
export function CASEANY(s: State, code: Code, locals: Value[], v: Value): void {
  const alts = code.alts!;
  locals[alts.defSlot] = v;
  s.control = evalState(alts.defBody!, locals);
}

/**
 * CASE:  `case e of alts; s; H  ⇒  e; (case • of alts) : s; H`
 * (e not already a value). The frame keeps only the locals the alternatives
 * need: the others are cleared so the garbage collector may free them.
 */
export function CASE(s: State, code: Code, locals: Value[]): void {
  push(s, { kind: "case", code, locals, cs: s.callStack });
  if (code.clear !== null)
    for (const slot of code.clear) locals[slot] = undefined as never;
  s.control = evalState(code.body!, locals);
}

/**
 * RET:  `v; (case • of alts) : s; H  ⇒  case v of alts; s; H`
 * (v a literal or H[v] a value).
 */
export function RET(
  s: State,
  v: Value,
  frame: Extract<Frame, { kind: "case" }>,
): void {
  pop(s);
  s.callStack = frame.cs;
  s.control = {
    kind: "case",
    value: v,
    code: frame.code,
    locals: frame.locals,
  };
}

/**
 * THUNK:  `x; s; H[x ↦ THUNK(e)]  ⇒  e; (upd x •) : s; H[x ↦ BLACKHOLE]`
 * The thunk's saved call stack becomes the current one.
 */
export function THUNK(s: State, x: Obj): void {
  push(s, { kind: "update", thunk: x, cs: s.callStack });
  const info = x.info as CodeInfo;
  const locals = activation(info, NO_VALUES, x);
  s.callStack = takeThunkCallStack(x);
  x.tag = BLACKHOLE;
  clearValues(x);
  s.control = evalState(info.body, locals);
}

/**
 * UPDATE:  `y; (upd x •) : s; H  ⇒  y; s; H[x ↦ H[y]]`  (H[y] a value).
 * An unboxed y (a lowered nullary join point returning an Int#) makes x
 * `THUNK(y)`, so forcing x again gives y.
 */
export function UPDATE(
  s: State,
  y: Value,
  frame: Extract<Frame, { kind: "update" }>,
): void {
  pop(s);
  s.callStack = frame.cs;
  const x = frame.thunk;
  if (
    typeof y === "object" &&
    (y.tag === FUN || y.tag === PAP || y.tag === CON)
  ) {
    x.tag = y.tag;
    x.info = y.info;
    shareValues(x, y);
  } else {
    x.tag = THUNK_TAG;
    x.info = UNBOXED_THUNK;
    setValues(x, [y]);
  }
  s.heap.updates++;
}

/**
 * KNOWNCALL:  `f^n a1..an; s; H[f ↦ FUN(x1..xn -> e)]  ⇒  e[a1/x1 .. an/xn]; s; H`
 * (the call's arity is known and equals the number of arguments).
 */
export function KNOWNCALL(s: State, f: Obj, args: readonly Value[]): void {
  enterFun(s, f, args);
}

/** PRIMOP:  `⊕ a1..an; s; H  ⇒  a; s; H`  (a the primop's result). */
export function PRIMOP(s: State, code: Code, locals: Value[]): void {
  const as = atoms(code.args!, locals);
  const firstId = s.prim.nextId;
  const v = code.prim!.fn(as[0] ?? 0, as[1] ?? 0, as[2] ?? 0, s.prim);
  if (s.tracking) sitePrimResult(s, code, firstId, v);
  if (s.prim.sched.current.again) s.again = evalState(code, locals);
  s.control = retState(v);
}

/**
 * PRIMOP catch#:  `catch# io h t; s; H  ⇒  io t; (catch • h) : s; H`
 * (push/enter: `io; Arg t : (catch • h) : s`; eval/apply: `io• t`).
 */
export function CATCH(s: State, code: Code, locals: Value[]): void {
  const [io, handler, token] = atoms(code.args!, locals) as [
    Value,
    Value,
    Value,
  ];
  if (typeof io !== "object")
    throw new MachineError(
      `catch#: cannot apply the literal ${String(io)}`,
      code.owner,
    );
  push(s, { kind: "catch", handler, cs: s.callStack });
  if (s.pushEnter) {
    push(s, { kind: "arg", value: token });
    s.control = retState(io);
  } else s.control = { kind: "call", fn: io, args: [token] };
}

/**
 * PRIMOP raise#:  `raise# e; f1 : .. : fk : (catch • h) : s; H  ⇒  h e t; s; H'`
 * (no catch frame among f1..fk). Every thunk x of an update frame fi
 * becomes `THUNK(raise# e)` in H', so forcing it again raises e again.
 * Without any catch frame the prelude's top-level handler (GHC.TopHandler)
 * takes the exception, when linked.
 */
export function RAISE(s: State, code: Code, locals: Value[]): void {
  const e = atoms(code.args!, locals)[0]!;
  let handler: Value | undefined;
  for (let f = pop(s); f !== undefined; f = pop(s)) {
    if (f.kind === "catch") {
      handler = f.handler;
      s.callStack = f.cs;
      break;
    }
    if (f.kind === "update") {
      const x = f.thunk;
      x.tag = THUNK_TAG;
      x.info = RAISE_THUNK;
      setValues(x, [e]);
    }
  }
  if (handler === undefined) {
    const top = s.prog.globalIndex.get(TOP_HANDLER);
    if (top === undefined)
      throw new MachineError(
        "uncaught exception: raise# found no catch# frame",
        code.owner,
      );
    handler = s.prog.globals[top]!;
  }
  if (typeof handler !== "object")
    throw new MachineError(
      `catch#: cannot apply the literal ${String(handler)}`,
      code.owner,
    );
  if (s.pushEnter) {
    push(s, { kind: "arg", value: 0 }, { kind: "arg", value: e });
    s.control = retState(handler);
  } else s.control = { kind: "call", fn: handler, args: [e, 0] };
}

// ------------------------------------------------------------ push/enter

/** PUSH:  `f^k a1..am; s; H  ⇒  f; Arg a1 : .. : Arg am : s; H`  (k unknown or ≠ m). */
export function PUSH(s: State, f: Value, args: readonly Value[]): void {
  for (let i = args.length - 1; i >= 0; i--)
    push(s, { kind: "arg", value: args[i]! });
  s.control = retState(f);
}

/** The values of the Arg frames on top of the stack, topmost first, at most `n`. */
export function pendingArgs(s: State, n: number): Value[] {
  const out: Value[] = [];
  for (let i = s.stack.length - 1; i >= 0 && out.length < n; i--) {
    const fr = s.stack[i]!;
    if (fr.kind !== "arg") break;
    out.push(fr.value);
  }
  return out;
}

/**
 * FENTER:  `f; Arg a1 : .. : Arg an : s; H[f ↦ FUN(x1..xn -> e)]
 *           ⇒  e[a1/x1 .. an/xn]; s; H`
 */
export function FENTER(s: State, f: Obj, args: readonly Value[]): void {
  for (const _ of args) pop(s);
  enterFun(s, f, args);
}

/**
 * PAP1:  `f; Arg a1 : .. : Arg am : s; H[f ↦ FUN(x1..xn -> e)]
 *         ⇒  p; s; H[p ↦ PAP(f a1..am)]`   (1 ≤ m < n, s not topped by an Arg)
 */
export function PAP1(s: State, f: Obj, args: readonly Value[]): void {
  for (const _ of args) pop(s);
  s.control = retState(pap(s, f, args));
}

/**
 * PAP1/PAP2's object; when tracking, with its site `owner/PAP of f` (the
 * function whose code ran last; f a top-level name or the let binder that
 * allocates f's code).
 */
function pap(s: State, f: Obj, args: readonly Value[]): Obj {
  const p = allocate(s, PAP, f, [...args]);
  if (s.tracking) {
    let fn: string;
    const id = objectNumber(f);
    if (id < 0) fn = s.prog.globalNames[-id - 1]!;
    else {
      const site = letSiteOf(s.prog, f.info);
      fn = site === undefined ? `$${id}` : site.slice(site.indexOf("/") + 1);
    }
    noteSite(s, p, `${s.owner ?? "?"}/PAP of ${fn}`);
  }
  return p;
}

/** The let site allocating objects with this code (or constructor). */
const letSites = new WeakMap<CompiledProgram, Map<unknown, string>>();
function letSiteOf(prog: CompiledProgram, info: unknown): string | undefined {
  let m = letSites.get(prog);
  if (m === undefined) {
    m = new Map();
    for (const a of prog.sites) if (a.info !== null) m.set(a.info, a.name);
    letSites.set(prog, m);
  }
  return m.get(info);
}

/**
 * Tracking: gives objects a primop built (numbered from `firstId` on,
 * found in its result and the result's fields) the site `owner/primop`.
 */
function sitePrimResult(s: State, code: Code, firstId: number, v: Value): void {
  if (s.prim.nextId === firstId || typeof v !== "object" || v.tag === ADDR)
    return;
  const site = `${code.owner}/${code.prim!.name}`;
  const mark = (o: Value): void => {
    if (typeof o === "object" && o.tag !== ADDR && objectNumber(o) >= firstId)
      noteSite(s, o, site);
  };
  mark(v);
  for (const f of valuesOf(v)) mark(f);
}

/**
 * PENTER:  `f; Arg a_{n+1} : s; H[f ↦ PAP(g a1..an)]
 *           ⇒  g; Arg a1 : .. : Arg an : Arg a_{n+1} : s; H`
 */
export function PENTER(s: State, f: Obj): void {
  PUSH(s, f.info as Obj, f.env);
}

// ------------------------------------------------------------ eval/apply

/**
 * EXACT:  `f• a1..an; s; H[f ↦ FUN(x1..xn -> e)]  ⇒  e[a1/x1 .. an/xn]; s; H`
 */
export function EXACT(s: State, f: Obj, args: readonly Value[]): void {
  enterFun(s, f, args);
}

/**
 * CALLK:  `f• a1..am; s; H[f ↦ FUN(x1..xn -> e)]
 *          ⇒  e[a1/x1 .. an/xn]; (• a_{n+1}..am) : s; H`   (m > n)
 */
export function CALLK(s: State, f: Obj, args: readonly Value[]): void {
  const n = (f.info as CodeInfo).arity;
  push(s, { kind: "apply", args: args.slice(n) });
  enterFun(s, f, args.slice(0, n));
}

/**
 * PAP2:  `f• a1..am; s; H[f ↦ FUN(x1..xn -> e)]  ⇒  p; s; H[p ↦ PAP(f a1..am)]`   (m < n)
 */
export function PAP2(s: State, f: Obj, args: readonly Value[]): void {
  s.control = retState(pap(s, f, args));
}

/** TCALL:  `f• a1..am; s; H[f ↦ THUNK(e)]  ⇒  f; (• a1..am) : s; H` */
export function TCALL(s: State, f: Obj, args: readonly Value[]): void {
  push(s, { kind: "apply", args });
  s.control = retState(f);
}

/**
 * PCALL:  `f• a'1..a'm; s; H[f ↦ PAP(g a1..an)]  ⇒  g• a1..an a'1..a'm; s; H`
 */
export function PCALL(s: State, f: Obj, args: readonly Value[]): void {
  s.control = { kind: "call", fn: f.info as Obj, args: [...f.env, ...args] };
}

/**
 * RETFUN:  `f; (• a1..an) : s; H  ⇒  f• a1..an; s; H`   (H[f] a FUN or PAP)
 */
export function RETFUN(
  s: State,
  f: Obj,
  frame: Extract<Frame, { kind: "apply" }>,
): void {
  pop(s);
  s.control = { kind: "call", fn: f, args: frame.args };
}
