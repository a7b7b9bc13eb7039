// Read-only views of the reference machine's state for observers (traces,
// statistics). Built only when asked for; the code is shown as ministg
// shows it: the current expression with its variables replaced by heap
// names (`$12`, top-level names) or literals.

import type {
  CodeView,
  FrameView,
  MachineView,
  ObjectView,
  ThreadView,
  ValueView,
} from "../run-api.js";
import type { Block } from "../machine/scheduler.js";
import type { EvalStyle } from "../run-api.js";
import type { Code, CodeInfo, ConInfo, Scope } from "../machine/code.js";
import type { CompiledProgram } from "../machine/compile.js";
import type { Frame } from "../machine/frames.js";
import { freeVars } from "../machine/free-vars.js";
import {
  prettyAlts,
  prettyExpr,
  prettyObject,
} from "../../print/ministg-layout.js";
import { literalValueText } from "../machine/print-value.js";
import type { Control, State } from "./state.js";
import {
  ADDR,
  BLACKHOLE,
  CON,
  ERROR,
  FUN,
  PAP,
  THUNK,
  callStackToArray,
  Obj,
  objectNumber,
  valueAt,
  valuesOf,
  type CallStack,
  type Value,
} from "../machine/values.js";

/** What a view shows besides the state. */
export interface ViewContext {
  readonly steps: number;
  readonly style: EvalStyle;
  readonly gc: boolean;
}

function isHeapObject(v: Value | undefined): v is Obj {
  return typeof v === "object" && v !== null && v.tag !== ADDR;
}

export function objectId(o: Obj, prog: CompiledProgram): string {
  const id = objectNumber(o);
  return id < 0 ? prog.globalNames[-id - 1]! : `$${id}`;
}

function valueText(v: Value, prog: CompiledProgram): string {
  return isHeapObject(v) ? objectId(v, prog) : literalValueText(v);
}

export function valueView(v: Value, prog: CompiledProgram): ValueView {
  return isHeapObject(v)
    ? { kind: "ref", id: objectId(v, prog) }
    : { kind: "lit", text: literalValueText(v) };
}

/** Substitution for code printed under `scope` with `locals`. */
function renamer(
  scope: Scope,
  locals: Value[],
  prog: CompiledProgram,
): (name: string) => string | undefined {
  return (name) => {
    const l = scope.get(name);
    if (l === undefined) return undefined;
    const v = locals[l.slot];
    return v === undefined ? undefined : valueText(v, prog);
  };
}

/** Objects referenced by code under `scope`: locals and top-level names. */
function codeRefs(
  names: Iterable<string>,
  scope: Scope | null,
  locals: Value[],
  prog: CompiledProgram,
): Obj[] {
  const out: Obj[] = [];
  for (const n of names) {
    const l = scope?.get(n);
    if (l !== undefined) {
      const v = locals[l.slot];
      if (v !== undefined && isHeapObject(v)) out.push(v);
      continue;
    }
    const k = prog.globalIndex.get(n);
    // A global literal (`x = "text"`) is a value, not an object.
    if (k !== undefined && isHeapObject(prog.globals[k]))
      out.push(prog.globals[k]!);
  }
  return out;
}

/** What an object points to (fields, captured variables, top-level names in its code). */
function objectRefs(o: Obj, prog: CompiledProgram): Obj[] {
  const out: Obj[] = [];
  for (const v of valuesOf(o)) if (isHeapObject(v)) out.push(v);
  if (o.tag === PAP) out.push(o.info as Obj);
  if ((o.tag === FUN || o.tag === THUNK) && o.info !== null) {
    const info = o.info as CodeInfo;
    const captured = new Set(info.freeNames);
    for (const n of freeVarsOf(info.ast)) {
      if (captured.has(n)) continue;
      const k = prog.globalIndex.get(n);
      if (k !== undefined && isHeapObject(prog.globals[k]))
        out.push(prog.globals[k]!);
    }
  }
  return out;
}

function objectText(o: Obj, prog: CompiledProgram): string {
  switch (o.tag) {
    case FUN:
    case THUNK: {
      const info = o.info as CodeInfo;
      const rename = (name: string): string | undefined => {
        const i = info.freeNames.indexOf(name);
        const v = i >= 0 ? valueAt(o, i) : undefined;
        return v !== undefined ? valueText(v, prog) : undefined;
      };
      return prettyObject(info.ast, { rename });
    }
    case CON:
      return `CON(${[(o.info as ConInfo).name, ...valuesOf(o).map((v) => valueText(v, prog))].join(" ")})`;
    case PAP:
      return `PAP(${[objectId(o.info as Obj, prog), ...o.env.map((v) => valueText(v, prog))].join(" ")})`;
    case BLACKHOLE:
      return "BLACKHOLE";
    case ERROR:
      return "ERROR";
    default:
      return literalValueText(o);
  }
}

const KIND_NAMES = [
  "FUN",
  "PAP",
  "CON",
  "THUNK",
  "BLACKHOLE",
  "ERROR",
] as const;

// Traces ask for views every step; objects and case frames mostly stay the
// same from step to step, so their printed forms are memoized. An object's
// view is valid while its tag, info, env and first inline value are the
// same (updates replace them; env arrays are never changed in place after
// allocation, nor inline values after a letrec fills them).
interface CachedObject {
  tag: number;
  info: unknown;
  env: Value[];
  e0: Value | undefined;
  view: ObjectView;
}
const objectViews = new WeakMap<Obj, CachedObject>();

function objectView(
  o: Obj,
  prog: CompiledProgram,
  sites: WeakMap<Obj, string> | null,
): ObjectView {
  const c = objectViews.get(o);
  if (
    c !== undefined &&
    c.tag === o.tag &&
    c.info === o.info &&
    c.env === o.env &&
    c.e0 === o.e0
  )
    return c.view;
  const view = computeObjectView(o, prog, sites?.get(o));
  objectViews.set(o, {
    tag: o.tag,
    info: o.info,
    env: o.env,
    e0: o.e0,
    view,
  });
  return view;
}

/** Free variables of an object's code (parsed once per code). */
const freeVarCache = new WeakMap<object, readonly string[]>();
function freeVarsOf(ast: Parameters<typeof freeVars>[0]): readonly string[] {
  let fv = freeVarCache.get(ast);
  if (fv === undefined) {
    fv = [...freeVars(ast)];
    freeVarCache.set(ast, fv);
  }
  return fv;
}

function computeObjectView(
  o: Obj,
  prog: CompiledProgram,
  site: string | undefined,
): ObjectView {
  const head =
    o.tag === CON
      ? (o.info as ConInfo).name
      : o.tag === PAP
        ? objectId(o.info as Obj, prog)
        : undefined;
  return {
    id: objectId(o, prog),
    kind: KIND_NAMES[o.tag] ?? "ERROR",
    text: objectText(o, prog),
    ...(head === undefined ? {} : { head }),
    refs: objectRefs(o, prog).map((r) => objectId(r, prog)),
    ...(site === undefined ? {} : { site }),
  };
}

/** Roots of the state: what the code and the stack refer to. */
function roots(s: State): Obj[] {
  const out = threadRoots(s, s.control, s.stack);
  // Suspended threads keep their objects alive too.
  for (const t of s.prim.sched.threads) {
    const sv = t.saved as { control: Control; stack: Frame[] } | null;
    if (t !== s.prim.sched.current && sv !== null)
      out.push(...threadRoots(s, sv.control, sv.stack));
    for (const v of [t.start, t.resume, t.raise])
      if (v !== null && v !== undefined && isHeapObject(v)) out.push(v);
  }
  return out;
}

function threadRoots(s: State, c: Control, stack: readonly Frame[]): Obj[] {
  const out: Obj[] = [];
  const { prog } = s;
  switch (c.kind) {
    case "eval":
      out.push(...codeRefs(freeVars(c.code.ast), c.code.scope, c.locals, prog));
      break;
    case "case":
      if (isHeapObject(c.value)) out.push(c.value);
      for (const a of caseAlts(c.code))
        out.push(...codeRefs(freeVars(a), c.code.scope, c.locals, prog));
      break;
    case "ret":
      if (isHeapObject(c.value)) out.push(c.value);
      break;
    case "call":
      out.push(c.fn);
      for (const v of c.args) if (isHeapObject(v)) out.push(v);
  }
  for (let i = stack.length - 1; i >= 0; i--)
    out.push(...frameOf(stack[i]!, prog).objs);
  return out;
}

function caseAlts(c: Code) {
  return c.ast.kind === "case" ? c.ast.alts : [];
}

interface RawFrame {
  view: FrameView;
  objs: Obj[];
}

// A case frame prints the same while the locals its alternatives use hold
// the same values (and the saved call stack is the same).
interface CachedFrame {
  code: Code;
  cs: CallStack;
  vals: Value[];
  frame: RawFrame;
}
const caseFrames = new WeakMap<Value[], CachedFrame[]>();
const altSlotCache = new WeakMap<Code, number[]>();

function altSlots(code: Code): number[] {
  let slots = altSlotCache.get(code);
  if (slots === undefined) {
    slots = [];
    for (const a of caseAlts(code))
      for (const n of freeVars(a)) {
        const l = code.scope.get(n);
        if (l !== undefined) slots.push(l.slot);
      }
    altSlotCache.set(code, slots);
  }
  return slots;
}

function caseFrameMemo(
  code: Code,
  locals: Value[],
  cs: CallStack,
): RawFrame | undefined {
  const list = caseFrames.get(locals);
  if (list === undefined) return undefined;
  const slots = altSlots(code);
  for (const c of list) {
    if (c.code !== code || c.cs !== cs) continue;
    if (slots.every((s, i) => locals[s] === c.vals[i])) return c.frame;
  }
  return undefined;
}

function rememberCaseFrame(
  code: Code,
  locals: Value[],
  cs: CallStack,
  frame: RawFrame,
): void {
  let list = caseFrames.get(locals);
  if (list === undefined) caseFrames.set(locals, (list = []));
  if (list.length >= 8) list.shift();
  list.push({ code, cs, vals: altSlots(code).map((s) => locals[s]!), frame });
}

/** The stack's frames, top first, as views print them. */
function forEachFrame(s: State, f: (frame: RawFrame) => void): void {
  for (let i = s.stack.length - 1; i >= 0; i--) f(frameOf(s.stack[i]!, s.prog));
}

function frameOf(fr: Frame, prog: CompiledProgram): RawFrame {
  switch (fr.kind) {
    case "case": {
      const { code, locals, cs } = fr;
      const memo = caseFrameMemo(code, locals, cs);
      if (memo !== undefined) return memo;
      const alts = caseAlts(code);
      const rename = renamer(code.scope, locals, prog);
      const objs: Obj[] = [];
      for (const a of alts)
        objs.push(...codeRefs(freeVars(a), code.scope, locals, prog));
      const text = `case * of {\n${prettyAlts(alts, { rename })
        .split("\n")
        .map((l) => "   " + l)
        .join("\n")}\n}`;
      const frame: RawFrame = {
        view: {
          kind: "case",
          text,
          refs: objs.map((o) => objectId(o, prog)),
          callStack: callStackToArray(cs),
        },
        objs,
      };
      rememberCaseFrame(code, locals, cs, frame);
      return frame;
    }
    case "update": {
      const o = fr.thunk;
      return {
        view: {
          kind: "update",
          text: `upd * ${objectId(o, prog)}`,
          refs: [objectId(o, prog)],
          callStack: callStackToArray(fr.cs),
        },
        objs: [o],
      };
    }
    case "arg": {
      const v = fr.value;
      const objs = isHeapObject(v) ? [v] : [];
      return {
        view: {
          kind: "arg",
          text: `arg ${valueText(v, prog)}`,
          refs: objs.map((o) => objectId(o, prog)),
        },
        objs,
      };
    }
    case "apply": {
      const objs = fr.args.filter(isHeapObject);
      return {
        view: {
          kind: "apply",
          text: `(* ${fr.args.map((v) => valueText(v, prog)).join(" ")})`,
          refs: objs.map((o) => objectId(o, prog)),
        },
        objs,
      };
    }
    case "catch": {
      const h = fr.handler;
      const objs = isHeapObject(h) ? [h] : [];
      return {
        view: {
          kind: "catch",
          text: `catch * ${valueText(h, prog)}`,
          refs: objs.map((o) => objectId(o, prog)),
          callStack: callStackToArray(fr.cs),
        },
        objs,
      };
    }
  }
}

function reachable(start: Iterable<Obj>, prog: CompiledProgram): Obj[] {
  const seen = new Set<Obj>();
  const work = [...start];
  while (work.length > 0) {
    const o = work.pop()!;
    if (seen.has(o)) continue;
    seen.add(o);
    for (const r of objectRefs(o, prog)) if (!seen.has(r)) work.push(r);
  }
  return [...seen];
}

function codeView(s: State): CodeView {
  return controlView(s, s.control, () => roots(s));
}

function controlView(s: State, c: Control, codeRoots: () => Obj[]): CodeView {
  const { prog } = s;
  switch (c.kind) {
    case "eval": {
      const rename = renamer(c.code.scope, c.locals, prog);
      const text = prettyExpr(c.code.ast, {
        rename,
        arity: (app) =>
          app === c.code.ast && c.code.arity >= 0 ? c.code.arity : undefined,
      });
      return { text, refs: codeRoots().map((o) => objectId(o, prog)) };
    }
    case "ret":
      return {
        text: valueText(c.value, prog),
        refs: isHeapObject(c.value) ? [objectId(c.value, prog)] : [],
      };
    case "case": {
      const rename = renamer(c.code.scope, c.locals, prog);
      const alts = prettyAlts(caseAlts(c.code), { rename })
        .split("\n")
        .map((l) => "   " + l)
        .join("\n");
      const objs = isHeapObject(c.value) ? [c.value] : [];
      return {
        text: `case ${valueText(c.value, prog)} of {\n${alts}\n}`,
        refs: objs.map((o) => objectId(o, prog)),
      };
    }
    case "call":
      return {
        text: [
          `${objectId(c.fn, prog)}_?`,
          ...c.args.map((v) => valueText(v, prog)),
        ].join(" "),
        refs: [c.fn, ...c.args.filter(isHeapObject)].map((o) =>
          objectId(o, prog),
        ),
      };
  }
}

/** A view of `s` as it is now: valid during the observer call that gets it. */
export function makeView(s: State, ctx: ViewContext): MachineView {
  const { prog } = s;
  return {
    step: ctx.steps,
    style: ctx.style,
    code: () => codeView(s),
    stack: () => {
      const out: FrameView[] = [];
      forEachFrame(s, (f) => out.push(f.view));
      return out;
    },
    heap: () => {
      const start = roots(s);
      if (!ctx.gc) start.push(...prog.globals.filter(isHeapObject));
      return reachable(start, prog)
        .sort((a, b) => objectNumber(a) - objectNumber(b))
        .map((o) => objectView(o, prog, s.sites));
    },
    owner: () => (s.control.kind === "eval" ? s.control.code.owner : undefined),
    callStack: () => callStackToArray(s.callStack),
    thread: s.prim.sched.current.id,
    threads: s.prim.sched.threads.length,
    suspended: () => suspendedThreads(s),
  };
}

const BLOCKED_ON: Record<Block["kind"], string> = {
  mvar: "blocked on an MVar",
  delay: "sleeping (threadDelay)",
  stm: "blocked in STM (retry)",
  throwTo: "blocked in throwTo",
  blackhole: "blocked on a thunk another thread evaluates",
};

/** The live threads other than the running one, each with its saved code and stack. */
function suspendedThreads(s: State): ThreadView[] {
  const { prog, prim } = s;
  const out: ThreadView[] = [];
  for (const t of prim.sched.threads) {
    if (t === prim.sched.current) continue;
    const status =
      t.status === "blocked" && t.block !== null
        ? BLOCKED_ON[t.block.kind]
        : t.saved === null
          ? "not started"
          : t.status;
    const sv = t.saved as { control: Control; stack: Frame[] } | null;
    if (sv === null) {
      // A new thread starts by applying its action to the state token.
      const code = t.start === null ? "" : `${objectId(t.start, prog)} 0`;
      out.push({ id: t.id, status, code, stack: [] });
      continue;
    }
    const stack: FrameView[] = [];
    for (let i = sv.stack.length - 1; i >= 0; i--)
      stack.push(frameOf(sv.stack[i]!, prog).view);
    // Woken threads resume with their primop's value or an exception (threads.ts).
    // A blocked thread's saved code is its blocking primop's placeholder result.
    const code =
      t.status === "blocked"
        ? ""
        : t.raise !== undefined
          ? `raise# ${valueText(t.raise, prog)}`
          : t.resume !== undefined
            ? valueText(t.resume, prog)
            : controlView(s, sv.control, () =>
                threadRoots(s, sv.control, sv.stack),
              ).text;
    out.push({ id: t.id, status, code, stack });
  }
  return out;
}

/**
 * Live objects: everything reachable from the state and from the top-level
 * objects (which count as live). A plain walk over object fields, cheap
 * enough to sample during a run.
 */
export function liveObjectCount(s: State): number {
  const seen = new Set<Obj>();
  const work: Obj[] = [];
  // Arrays and mutable variables are unboxed (ADDR) values whose env holds
  // heap references: their contents are live, they are not counted.
  const seenAddr = new Set<Obj>();
  const add = (v: unknown): void => {
    if (!(v instanceof Obj)) return;
    if (v.tag === ADDR) {
      if (v.env.length > 0 && !seenAddr.has(v)) {
        seenAddr.add(v);
        for (const e of v.env) add(e);
      }
      return;
    }
    if (!seen.has(v)) {
      seen.add(v);
      work.push(v);
    }
  };
  for (const g of s.prog.globals) add(g);
  addThread(s.control, s.stack);
  for (const t of s.prim.sched.threads) {
    const sv = t.saved as { control: Control; stack: Frame[] } | null;
    if (t !== s.prim.sched.current && sv !== null)
      addThread(sv.control, sv.stack);
    for (const v of [t.start, t.resume, t.raise])
      if (v !== null && v !== undefined) add(v);
  }
  while (work.length > 0) {
    const o = work.pop()!;
    for (const v of valuesOf(o)) add(v);
    if (o.tag === PAP) add(o.info);
  }
  return seen.size;

  function addThread(c: Control, stack: readonly Frame[]): void {
    switch (c.kind) {
      case "eval":
        c.locals.forEach(add);
        break;
      case "case":
        add(c.value);
        c.locals.forEach(add);
        break;
      case "ret":
        add(c.value);
        break;
      case "call":
        add(c.fn);
        c.args.forEach(add);
    }
    for (const f of stack) {
      switch (f.kind) {
        case "case":
          f.locals.forEach(add);
          break;
        case "update":
          add(f.thunk);
          break;
        case "arg":
          add(f.value);
          break;
        case "apply":
          f.args.forEach(add);
          break;
        case "catch":
          add(f.handler);
      }
    }
  }
}
