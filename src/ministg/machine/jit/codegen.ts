// The compiling tier's code generator: turns a code node (an EVAL entry: a
// function or thunk body, or any node the interpreter stopped at) or a CASE
// node's alternatives (a CASEV entry: a value returned to its case frame)
// into a JavaScript function built with `new Function`, so that V8 compiles
// the program itself.
//
// The generated code applies the same rules as machine.ts in the same order:
// LET/LETREC allocate straight away (objects in values.ts's inline form, as
// the interpreter makes them); a case on an evaluated atom or on a primop
// selects its alternative without pushing a frame, in the same locals (its
// CASE, PRIMOP and RET steps still counted, the depth still peaking; a
// primop wanting the scheduler or returning a thunk gets its frame after
// the call, as machine.ts's fused CASE does); KNOWNCALL, EXACT and
// push/enter's PUSH (followed by FENTER when the function is a known
// top-level one) call the callee's compiled body directly. A value
// returned goes through ret.ts's rules (RET, UPDATE, THUNK, FENTER...) and
// then straight into the compiled entry of the state they reach (a bounded
// number of nested calls, then the trampoline in run.ts). Steps are counted
// per straight-line segment: a segment of k steps first checks that
// `steps + k` stays below the next event (step limit, heap check, census,
// preemption) and otherwise gives the state to the interpreter at the
// segment's start, so events happen at exactly the interpreter's steps.
// Anything else (catch#, raise#, eval/apply's unknown calls, errors) ends
// compiled code at a rule boundary with the state intact, for the
// interpreter to go on.

import {
  FAST_EQ,
  FAST_GT,
  FAST_GTE,
  FAST_INT_TO_BOOL,
  FAST_LT,
} from "../../primops.js";
import { FAST_LTE, FAST_MULT, FAST_PLUS, FAST_SUB } from "../../primops.js";
import type { AllocSpec, AtomList, Code, ConInfo } from "../code.js";
import {
  CodeInfo,
  OP_APP,
  OP_ATOM,
  OP_CASE,
  OP_LET,
  OP_LETREC,
} from "../code.js";
import { OP_PRIM, OP_STACK } from "../code.js";
import { fastFloatExpr, isUnaryFloatCode } from "../../primops/float-fast.js";
import { F_ARG, F_CASE_CS } from "../frames.js";
import {
  R_CASE,
  R_CASEANY,
  R_CASECON,
  R_EXACT,
  R_FENTER,
  R_KNOWNCALL,
} from "../rules.js";
import { R_LET, R_PRIMOP, R_PUSH, R_RET, R_STACK } from "../rules.js";
import {
  ADDR,
  CON,
  CallStackNode,
  ERROR,
  FUN,
  NO_VALUES,
  Obj,
  PAP,
  Pair,
  THUNK,
  bindValues,
  setThunkCallStack,
  copyValues,
  valueCount,
  type Value,
} from "../values.js";
import { casevNext, evalNext, retNext } from "./ret.js";
import { Tally } from "./tally.js";
import {
  IN_FRAME,
  J_BAIL,
  J_CASEV,
  J_EVAL,
  J_OWE,
  J_RET,
  type JitState,
} from "./state.js";

export type Bools = readonly [ConInfo, ConInfo];

export type JitFn = (J: JitState, L: Value[], V: Value) => number;

/** Gives the state to the interpreter (always at a rule boundary): a bail's exit (build). */
function bail(J: JitState, L: Value[], v: Value, at: BailPoint): JitFn {
  J.mode = at.mode;
  J.code = at.code;
  J.locals = L;
  J.val = v;
  return bailed;
}

const bailed: JitFn = () => J_BAIL;

const M_EVAL = J_EVAL;
const M_CASEV = J_CASEV;

/** Counts a straight-line stretch adds when it ends (steps, rules, allocations, sites). */
class Seg {
  /** Steps counted since the last flush point. */
  steps = 0;
  /** Steps since the segment's start on this path. */
  total = 0;
  /** Steps the segment may take on its longest path (its budget check). */
  budget = 0;
  rules = new Map<number, number>();
  /** Allocations by values.ts tag. */
  allocs = [0, 0, 0, 0, 0, 0];
  sites = new Map<AllocSpec, number>();
  constructor(
    /** The generated constant of a new flush point (tally.ts) counting these. */
    private readonly point: (s: Seg) => string,
  ) {}
  step(rule: number): void {
    this.steps++;
    this.total++;
    if (this.total > this.budget) this.budget = this.total;
    this.rules.set(rule, (this.rules.get(rule) ?? 0) + 1);
  }
  alloc(tag: number): void {
    this.allocs[tag]!++;
  }
  site(a: AllocSpec): void {
    this.sites.set(a, (this.sites.get(a) ?? 0) + 1);
    this.alloc(a.tag);
  }
  /** Statements adding what the stretch has counted so far. */
  flush(): string {
    let s = this.steps > 0 ? `J.steps += ${this.steps};` : "";
    if (
      this.rules.size > 0 ||
      this.sites.size > 0 ||
      this.allocs.some((n) => n > 0)
    )
      s += ` ${this.point(this)}.n++;`;
    return s;
  }
  /** flush(), after which counting starts again (the budget stays the segment's). */
  split(): string {
    const s = this.flush();
    this.steps = 0;
    this.rules = new Map();
    this.allocs = [0, 0, 0, 0, 0, 0];
    this.sites = new Map();
    return s;
  }
  copy(): Seg {
    const c = new Seg(this.point);
    c.steps = this.steps;
    c.total = this.total;
    c.budget = this.budget;
    c.rules = new Map(this.rules);
    c.allocs = [...this.allocs];
    c.sites = new Map(this.sites);
    return c;
  }
}

const FAST_OPS: Record<number, string> = {
  [FAST_PLUS]: "+",
  [FAST_SUB]: "-",
  [FAST_MULT]: "*",
  [FAST_EQ]: "===",
  [FAST_LT]: "<",
  [FAST_LTE]: "<=",
  [FAST_GT]: ">",
  [FAST_GTE]: ">=",
};

class Gen {
  constructor(
    /** The program's True and False constructors. */
    private readonly bools: readonly [ConInfo, ConInfo] | null,
    /** The program's flush points (tally.ts), which this code's join. */
    private readonly tallies: Tally[],
  ) {}

  /** A new flush point counting what `s` has counted: the constant naming it. */
  readonly point = (s: Seg): string => {
    const rules: number[] = [];
    for (const [r, n] of s.rules) rules.push(r, n);
    const t = new Tally(
      rules,
      [...s.allocs],
      [...s.sites.keys()],
      [...s.sites.values()],
    );
    this.tallies.push(t);
    return this.k(t);
  };
  private readonly evalBails = new Map<Code, BailPoint>();
  private readonly casevBails = new Map<Code, BailPoint>();
  private readonly consts: unknown[] = [];
  private readonly constIndex = new Map<unknown, number>();
  private tmp = 0;

  k(x: unknown): string {
    let i = this.constIndex.get(x);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(x);
      this.constIndex.set(x, i);
    }
    return `k${i}`;
  }

  fresh(p: string): string {
    return `${p}${this.tmp++}`;
  }

  value(v: Value): string {
    if (typeof v === "number" && Number.isFinite(v) && !Object.is(v, -0))
      return `(${v})`;
    return this.k(v);
  }

  atom(slot: number, konst: Value | null): string {
    return slot >= 0 ? `L[${slot}]` : this.value(konst!);
  }

  argAt(list: AtomList, i: number): string {
    const s = list.slots[i]!;
    return s >= 0 ? `L[${s}]` : this.value(list.consts[i]!);
  }

  /**
   * A new object of `tag` holding the atoms' values in inline form, as
   * machine.ts allocAtoms makes it (values.ts: the first value in `e0`,
   * then the second itself, a Pair or an array), so that compiled and
   * interpreted code build and read objects of one shape and size.
   */
  alloc(tag: number, info: string, list: AtomList, o: string[]): string {
    const n = list.length;
    if (n === 0) return `new Obj(${tag}, ${info}, NOV)`;
    const v0 = this.argAt(list, 0);
    if (n === 1) return `new Obj(${tag}, ${info}, NOV, ${v0})`;
    return `new Obj(${tag}, ${info}, ${this.rest(list, o)}, ${v0})`;
  }

  /** What inline form keeps in `env` for two or more values (values.ts). */
  rest(list: AtomList, o: string[]): string {
    const n = list.length;
    if (n === 2) return this.argAt(list, 1);
    if (n === 3)
      return `new Pair(${this.argAt(list, 1)}, ${this.argAt(list, 2)})`;
    return this.valueArray(list, 1, o);
  }

  /** The atoms from `from` on in a fresh array of newValues' elements kind. */
  valueArray(list: AtomList, from: number, o: string[]): string {
    const n = list.length - from;
    if (n <= 0) return "NOV";
    const t = this.fresh("a");
    let w = `const ${t} = new Array(${n}); ${t}[0] = undefined;`;
    for (let i = 0; i < n; i++)
      w += ` ${t}[${i}] = ${this.argAt(list, from + i)};`;
    o.push(w);
    return t;
  }

  /**
   * Gives the state to the interpreter. Every bail of a function leaves by
   * its one call of `bail` at the end (build): a call site first taken
   * after V8 optimized the function deoptimizes it ("insufficient type
   * feedback"), and a function has a bail at most steps (events, checks).
   */
  bailAt(mode: number, code: Code, v = "undefined"): string {
    // One constant for each point (a BailPoint per bail made hundreds).
    const points = mode === M_EVAL ? this.evalBails : this.casevBails;
    let at = points.get(code);
    if (at === undefined) {
      at = new BailPoint(mode, code);
      points.set(code, at);
    }
    // xf is B unless an exit set it (build): a bail only names its point.
    const xb = v === "undefined" ? "" : ` xb = ${v};`;
    return `{${xb} xc = ${this.k(at)}; break x; }`;
  }

  /** A new segment: its budget check, then `body` (which counts into it). */
  segment(
    out: string[],
    bailStmt: string,
    body: (seg: Seg, o: string[]) => void,
  ): void {
    const seg = new Seg(this.point);
    const inner: string[] = [];
    body(seg, inner);
    if (seg.budget > 0)
      out.push(`if (J.steps + ${seg.budget} >= J.nextEvent) { ${bailStmt} }`);
    out.push(...inner);
  }

  /** Code applying the rules from EVAL of `c`; every path ends in a return. */
  eval(c: Code, seg: Seg, o: string[]): void {
    switch (c.op) {
      case OP_ATOM: {
        const v = this.fresh("v");
        o.push(`const ${v} = ${this.atom(c.slot, c.konst)};`);
        this.retTail(v, seg, o);
        return;
      }
      case OP_LET: {
        const a = c.allocs[0]!;
        seg.site(a);
        seg.step(R_LET);
        switch (a.tag) {
          case THUNK: {
            const t = this.fresh("t");
            o.push(
              `const ${t} = ${this.alloc(THUNK, this.k(a.info), a.atoms, o)}; if (J.cs !== null) STC(${t}, J.cs); L[${a.slot}] = ${t};`,
            );
            break;
          }
          case FUN:
          case CON:
            o.push(
              `L[${a.slot}] = ${this.alloc(a.tag, this.k(a.info), a.atoms, o)};`,
            );
            break;
          case PAP:
            o.push(
              `L[${a.slot}] = new Obj(${PAP}, ${this.atom(a.fnSlot, a.fnConst)}, ${this.valueArray(a.atoms, 0, o)});`,
            );
            break;
          default:
            o.push(`L[${a.slot}] = new Obj(${ERROR}, null, NOV);`);
        }
        this.eval(c.body!, seg, o);
        return;
      }
      case OP_LETREC: {
        // As machine.ts: the objects first (empty), then their values,
        // which may be any of them.
        const objs: string[] = [];
        for (const a of c.allocs) {
          seg.site(a);
          const x = this.fresh("r");
          objs.push(x);
          o.push(
            `const ${x} = new Obj(${a.tag}, ${this.k(a.info)}, NOV);${a.tag === THUNK ? ` if (J.cs !== null) STC(${x}, J.cs);` : ""} L[${a.slot}] = ${x};`,
          );
        }
        c.allocs.forEach((a, i) => {
          const x = objs[i]!;
          const n = a.atoms.length;
          if (a.tag === PAP) {
            o.push(`${x}.env = ${this.valueArray(a.atoms, 0, o)};`);
            o.push(`${x}.info = ${this.atom(a.fnSlot, a.fnConst)};`);
          } else if (n > 0) {
            o.push(
              `${x}.e0 = ${this.argAt(a.atoms, 0)}; ${x}.env = ${n === 1 ? "NOV" : this.rest(a.atoms, o)};`,
            );
          }
        });
        seg.step(R_LET);
        this.eval(c.body!, seg, o);
        return;
      }
      case OP_STACK:
        o.push(
          `J.cs = new CSN(${JSON.stringify(c.label)}, J.cs); J.stacks = true;`,
        );
        seg.step(R_STACK);
        this.eval(c.body!, seg, o);
        return;
      case OP_PRIM: {
        const r =
          this.prim(c, seg, o, this.bailAt(M_EVAL, c)) ??
          this.genericPrim(c, seg, o);
        seg.step(R_PRIMOP);
        this.retTail(r, seg, o);
        return;
      }
      case OP_CASE:
        this.caseExpr(c, seg, o);
        return;
      case OP_APP:
        this.app(c, seg, o);
        return;
      default:
        // catch#, raise#: the interpreter's.
        o.push(`${seg.flush()} ${this.bailAt(M_EVAL, c)}`);
    }
  }

  /**
   * An inlined Int# primop: its result in a new constant, or null when the
   * primop is not one of the fast ones. When the arguments are not JS
   * numbers (or the result leaves the safe integers) the code runs
   * `bailStmt` after adding what the segment has counted so far.
   */
  private prim(
    c: Code,
    seg: Seg,
    o: string[],
    bailStmt: string,
  ): string | null {
    const p = c.prim!;
    const as = c.args!;
    if (p.fast === FAST_INT_TO_BOOL && as.length === 1 && this.bools !== null) {
      // intToBool#: a Bool constructor, counted as the interpreter's fast path counts it.
      const a0 = this.fresh("a");
      const r = this.fresh("p");
      o.push(`const ${a0} = ${this.argAt(as, 0)};`);
      o.push(`if (typeof ${a0} !== "number") { ${seg.flush()} ${bailStmt} }`);
      seg.alloc(CON);
      o.push(
        `const ${r} = new Obj(${CON}, ${a0} === 1 ? ${this.k(this.bools[0])} : ${this.k(this.bools[1])}, ${this.k(NO_VALUES)});`,
      );
      return r;
    }
    if (p.fast !== 0 && as.length === 1 && isUnaryFloatCode(p.fast))
      return this.floatPrim(c, seg, o, bailStmt);
    if (p.fast === 0 || as.length !== 2) return null;
    const op = FAST_OPS[p.fast];
    if (op === undefined) return this.floatPrim(c, seg, o, bailStmt);
    const a0 = this.fresh("a");
    const a1 = this.fresh("a");
    const r = this.fresh("p");
    o.push(`const ${a0} = ${this.argAt(as, 0)}, ${a1} = ${this.argAt(as, 1)};`);
    // Not two JS numbers (an Int# beyond 2^53 is a bigint: a hash or a
    // generator's multiply) or out of the safe integers: the primop's own
    // (wrapping) arithmetic, as the interpreter's applyPrim calls it; on
    // Int#s it neither throws nor wants the scheduler. (A bail there handed
    // statesim's generator to the interpreter and back 50,000 times.)
    const slow = `${this.k(p.fn)}(${a0}, ${a1}, 0, J.ctx)`;
    const notNum = this.notNumbers(as, [a0, a1]);
    const guard = (fast: string): string =>
      notNum === null
        ? fast
        : `if (${notNum}) ${r} = ${slow}; else { ${fast} }`;
    o.push(`let ${r};`);
    switch (p.fast) {
      case FAST_PLUS:
      case FAST_SUB:
        o.push(
          guard(
            `${r} = ${a0} ${op} ${a1}; if (${r} > ${Number.MAX_SAFE_INTEGER} || ${r} < -${Number.MAX_SAFE_INTEGER}) ${r} = ${slow};`,
          ),
        );
        return r;
      case FAST_MULT: {
        const m = this.fresh("m");
        o.push(
          guard(
            `const ${m} = ${a0} * ${a1}; ${r} = ${m} >= ${Number.MAX_SAFE_INTEGER} || ${m} <= -${Number.MAX_SAFE_INTEGER} ? ${slow} : ${m} === 0 ? 0 : ${m};`,
          ),
        );
        return r;
      }
      default:
        o.push(guard(`${r} = ${a0} ${op} ${a1} ? 1 : 0;`));
        return r;
    }
  }

  /**
   * The test that one of the arguments in `names` (atoms of `list`) is not
   * a JS number, or null when all are number literals.
   */
  private notNumbers(list: AtomList, names: readonly string[]): string | null {
    const tests = names
      .filter(
        (_, i) => list.slots[i]! >= 0 || typeof list.consts[i] !== "number",
      )
      .map((x) => `typeof ${x} !== "number"`);
    return tests.length > 0 ? tests.join(" || ") : null;
  }

  /** Whether prim() inlines primop node `c` (else it answers null). */
  private inlinable(c: Code): boolean {
    const p = c.prim!;
    const n = c.args!.length;
    if (p.fast === FAST_INT_TO_BOOL) return n === 1 && this.bools !== null;
    if (p.fast === 0) return false;
    if (n === 1 && isUnaryFloatCode(p.fast))
      return fastFloatExpr(p.fast, "a", "b") !== null;
    if (n !== 2) return false;
    return (
      FAST_OPS[p.fast] !== undefined || fastFloatExpr(p.fast, "a", "b") !== null
    );
  }

  /** An inlined Double#/Float# operation (primops/float-fast.ts), or null. */
  private floatPrim(
    c: Code,
    seg: Seg,
    o: string[],
    bailStmt: string,
  ): string | null {
    const as = c.args!;
    const a0 = this.fresh("a");
    const a1 = this.fresh("a");
    const e = fastFloatExpr(c.prim!.fast, a0, a1);
    if (e === null) return null;
    const r = this.fresh("p");
    if (as.length === 1) {
      o.push(`const ${a0} = ${this.argAt(as, 0)};`);
      o.push(`if (typeof ${a0} !== "number") { ${seg.flush()} ${bailStmt} }`);
    } else {
      o.push(
        `const ${a0} = ${this.argAt(as, 0)}, ${a1} = ${this.argAt(as, 1)};`,
      );
      const notNum = this.notNumbers(as, [a0, a1]);
      if (notNum !== null)
        o.push(`if (${notNum}) { ${seg.flush()} ${bailStmt} }`);
    }
    o.push(`const ${r} = ${e};`);
    return r;
  }

  /**
   * Any primop, called as the interpreter calls it, with the registers as
   * the interpreter has them (for an exception it throws). After one that
   * wants the scheduler's attention, the machine loop counts its step
   * (J_OWE) and handles the event.
   */
  private genericPrim(c: Code, seg: Seg, o: string[]): string {
    const as = c.args!;
    const xs: string[] = [];
    for (let i = 0; i < 3; i++)
      xs.push(i < as.length ? this.argAt(as, i) : "0");
    const r = this.fresh("g");
    o.push(seg.split());
    o.push(`J.code = ${this.k(c)}; J.locals = L;`);
    o.push(`const ${r} = ${this.k(c.prim!.fn)}(${xs.join(", ")}, J.ctx);`);
    o.push(`if (J.ctx.sched.attention) { J.val = ${r}; return ${J_OWE}; }`);
    return r;
  }

  /** The interpreter's stack-depth bookkeeping for a frame of `words` about to be pushed. */
  private depthCheck(
    words: number | string,
    seg: Seg,
    o: string[],
    bailStmt: string,
  ): void {
    o.push(
      `if (J.sp + (${words}) > J.maxStackWords) { ${seg.flush()} ${bailStmt} } if (J.depth >= J.peakDepth) J.peakDepth = J.depth + 1;`,
    );
  }

  private caseExpr(c: Code, seg: Seg, o: string[]): void {
    const s = c.body!;
    const here = this.bailAt(M_EVAL, c);
    if (s.op === OP_ATOM) {
      // An evaluated scrutinee selects its alternative here (CASECON/CASEANY).
      const v = this.fresh("v");
      o.push(`const ${v} = ${this.atom(s.slot, s.konst)};`);
      o.push(
        `if (typeof ${v} !== "object" || ${v}.tag <= ${CON} || ${v}.tag === ${ADDR}) {`,
      );
      o.push(seg.flush());
      if (altsSize(c, INLINE_ALTS) > INLINE_ALTS) {
        // Large alternatives: this node's CASEV entry, called (compiled
        // now if need be), not a copy of them here (V8 compiles what is
        // generated: a copy at every case on an atom, nested, made the
        // code several times its size).
        const kc = this.k(c);
        o.push(`{ xf = CV; xb = ${v}; xc = ${kc}; break x; }`);
      } else this.select(c, v, here, o, "any");
      o.push("}");
      this.pushCase(c, seg, o, here);
      this.eval(s, seg, o);
      return;
    }
    if (s.op === OP_PRIM) {
      if (this.inlinable(s)) {
        // The depth check first: a bail after the primop's code (intToBool#
        // allocates) would have the interpreter apply it again.
        this.depthCheck(this.caseWords(c), seg, o, here);
        const r = this.prim(s, seg, o, here)!;
        // CASE, PRIMOP, RET without the frame: the depth still peaks as if
        // pushed. The alternatives go on in the activation's own locals, as
        // the interpreter's fused CASE of a primop does (what they read is
        // there; a fresh array of the saved slots cost an allocation of
        // frameSize words per primop).
        seg.step(R_CASE);
        seg.step(R_PRIMOP);
        seg.step(R_RET);
        const alts = c.alts!;
        if (
          alts.conIds.length === 0 &&
          alts.lits.length === 0 &&
          alts.defSlot >= 0
        ) {
          o.push(`L[${alts.defSlot}] = ${r};`);
          seg.step(R_CASEANY);
          this.eval(alts.defBody!, seg, o);
          return;
        }
        o.push(seg.flush());
        const isBool = s.prim!.fast === FAST_INT_TO_BOOL;
        this.select(
          c,
          r,
          this.bailAt(M_CASEV, c, r),
          o,
          isBool ? "con" : "num",
        );
        return;
      }
      // Any other primop: CASE, PRIMOP and RET fused as machine.ts fuses
      // them (no frame written, the alternatives in the same locals) unless
      // the primop wants the scheduler or returns a thunk: the frame is
      // then pushed after the call, for the unfused state.
      this.depthCheck(this.caseWords(c), seg, o, here);
      seg.step(R_CASE);
      const as = s.args!;
      const xs: string[] = [];
      for (let i = 0; i < 3; i++)
        xs.push(i < as.length ? this.argAt(as, i) : "0");
      const g = this.fresh("g");
      o.push(seg.split());
      o.push(`J.code = ${this.k(s)}; J.locals = L;`);
      o.push(`const ${g} = ${this.k(s.prim!.fn)}(${xs.join(", ")}, J.ctx);`);
      o.push(
        `if (J.ctx.sched.attention) { ${this.frameCode(c)} J.val = ${g}; return ${J_OWE}; }`,
      );
      seg.step(R_PRIMOP);
      o.push(
        `if (typeof ${g} === "object" && ${g}.tag > ${CON} && ${g}.tag !== ${ADDR}) { ${this.frameCode(c)} J.val = ${g}; ${seg.flush()} ${this.retGo()} }`,
      );
      seg.step(R_RET);
      const alts = c.alts!;
      if (
        alts.conIds.length === 0 &&
        alts.lits.length === 0 &&
        alts.defSlot >= 0
      ) {
        o.push(`L[${alts.defSlot}] = ${g};`);
        seg.step(R_CASEANY);
        this.eval(alts.defBody!, seg, o);
        return;
      }
      o.push(seg.flush());
      this.select(c, g, this.bailAt(M_CASEV, c, g), o, "any");
      return;
    }
    this.pushCase(c, seg, o, here);
    this.eval(s, seg, o);
  }

  /** CASE: push the continuation frame (frames.ts: the saved values, the node, the call stack if any). */
  private pushCase(c: Code, seg: Seg, o: string[], here: string): void {
    this.depthCheck(this.caseWords(c), seg, o, here);
    o.push(this.frameCode(c));
    seg.step(R_CASE);
  }

  /** Statements pushing the case frame of `c` (no step counted, no depth check). */
  private frameCode(c: Code): string {
    const save = c.save;
    const k = save.length;
    let w = "const S = J.stk, sp = J.sp;";
    for (let i = 0; i < k; i++) w += ` S[sp + ${i}] = L[${save[i]}];`;
    w += ` S[sp + ${k}] = ${this.k(c)};`;
    w += ` if (J.cs === null) { J.sp = sp + ${k + 1}; } else { S[sp + ${k + 1}] = J.cs; S[sp + ${k + 2}] = ${F_CASE_CS}; J.sp = sp + ${k + 3}; }`;
    return `{ ${w} J.depth++; }`;
  }

  /** Words the case frame of `c` takes (an expression: it depends on J.cs). */
  private caseWords(c: Code): string {
    return `${c.save.length + 1} + (J.cs === null ? 0 : 2)`;
  }

  /**
   * Selects the alternative of CASE node `c` for the value in `v` (already
   * counted up to here); each alternative is a new segment whose check
   * falls back to `bailStmt`.
   */
  select(
    c: Code,
    v: string,
    bailStmt: string,
    o: string[],
    known: "num" | "con" | "any",
  ): void {
    const alts = c.alts!;
    if (alts.conIds.length > 0 && known !== "num") {
      o.push(
        known === "con"
          ? "{"
          : `if (typeof ${v} === "object" && ${v}.tag === ${CON}) {`,
      );
      o.push(`const id = ${v}.info.id;`);
      alts.conIds.forEach((id, i) => {
        o.push(`${i > 0 ? "else " : ""}if (id === ${id}) {`);
        this.segment(o, bailStmt, (seg, b) => {
          const vars = alts.conVars[i]!;
          if (vars.length > 0) b.push(this.bind(v, vars, bailStmt));
          seg.step(R_CASECON);
          this.eval(alts.conBodies[i]!, seg, b);
        });
        o.push("}");
      });
      // An enumeration tag (enumTag#) matches by tag: the interpreter's.
      o.push(`if (id <= -2) { ${bailStmt} }`);
      o.push("}");
    }
    if (alts.lits.length > 0 && known !== "con") {
      const lits = alts.lits;
      lits.forEach((lit, i) => {
        o.push(`if (${v} === ${this.value(lit)}) {`);
        this.segment(o, bailStmt, (seg, b) => {
          seg.step(R_CASECON);
          this.eval(alts.litBodies[i]!, seg, b);
        });
        o.push("}");
      });
    }
    if (alts.defSlot < 0) {
      o.push(bailStmt); // not exhaustive: the interpreter reports it
      return;
    }
    this.segment(o, bailStmt, (seg, b) => {
      b.push(`L[${alts.defSlot}] = ${v};`);
      seg.step(R_CASEANY);
      this.eval(alts.defBody!, seg, b);
    });
  }

  /**
   * CASECON's binding of constructor `v`'s values to `vars`: read in place
   * for inline form of up to three values (values.ts; the shape of `env`
   * checked where it tells the count), bindValues otherwise.
   */
  private bind(v: string, vars: Int32Array, bailStmt: string): string {
    const n = vars.length;
    const generic = `if (!${this.k(bindValues)}(${v}, ${this.k(vars)}, L)) { ${bailStmt} }`;
    if (n > 3) return generic;
    let s = `if (${v}.e0 !== undefined) { L[${vars[0]}] = ${v}.e0;`;
    if (n === 2)
      s += ` const r = ${v}.env; if (typeof r === "object" && !(r instanceof Obj)) { ${bailStmt} } L[${vars[1]}] = r;`;
    if (n === 3)
      s += ` const r = ${v}.env; if (!(r instanceof Pair)) { ${bailStmt} } L[${vars[1]}] = r.a; L[${vars[2]}] = r.b;`;
    return `${s} } else ${generic}`;
  }

  private app(c: Code, seg: Seg, o: string[]): void {
    const as = c.args!;
    const n = as.length;
    const here = this.bailAt(M_EVAL, c);
    const f = this.fresh("f");
    o.push(`const ${f} = ${this.atom(c.slot, c.konst)};`);
    if (c.arity !== n) {
      // push/enter: PUSH the arguments, the trampoline enters the function.
      this.push(c, f, seg, o, here);
      // eval/apply's EXACT (a FUN of that arity); anything else is the interpreter's.
      if (c.arity >= 0) {
        o.push(`${seg.flush()} ${here}`);
        return;
      }
      o.push(
        `if (J.pe || typeof ${f} !== "object" || ${f}.tag !== ${FUN} || ${f}.info.arity !== ${n}) { ${seg.flush()} ${here} }`,
      );
    }
    const known = knownFun(c);
    const nl = this.fresh("n");
    const xs: string[] = [];
    for (let i = 0; i < n; i++) xs.push(this.argAt(as, i));
    if (known !== null) {
      o.push(this.newLocals(nl, known.frameSize, xs));
      o.push(`J.code = ${this.k(known)}.body;`);
    } else {
      const info = this.fresh("i");
      o.push(
        `const ${info} = ${f}.info; const ${nl} = new Array(${info}.frameSize);`,
      );
      xs.forEach((x, i) => o.push(`${nl}[${i}] = ${x};`));
      o.push(`${this.k(copyValues)}(${f}, ${nl}, ${n});`);
      o.push(`J.code = ${info}.body;`);
    }
    seg.step(c.arity === n ? R_KNOWNCALL : R_EXACT);
    this.enterBody(nl, seg, o);
  }

  /**
   * Ends with EVAL of J.code (just set) in locals `nl`: its compiled code
   * is called straight away (a direct call V8 can inline), a bounded number
   * of times before the trampoline takes over again (the JS stack).
   */
  private enterBody(nl: string, seg: Seg, o: string[]): void {
    o.push(`J.locals = ${nl}; ${seg.flush()}`);
    o.push(`{ xf = EN; break x; }`);
  }

  /**
   * Ends with RET of `v`: a value returning to a case frame pops it (RET)
   * and goes on in that frame's compiled alternatives; anything else is
   * the trampoline's.
   */
  private retTail(v: string, seg: Seg, o: string[]): void {
    o.push(`J.val = ${v}; ${seg.flush()}`);
    o.push(this.retGo());
  }

  /**
   * With J.val set and everything counted: the RET rules (ret.ts retNext:
   * RET to a case frame, UPDATE, THUNK, push/enter's entries), then the
   * compiled entry of the state they reach, called from here (a call site
   * of this function's own, fewer callees than the trampoline's one), a
   * bounded number of times before the trampoline takes over again.
   */
  private retGo(): string {
    // One call site for both entries: an EVAL entry ignores its V.
    return `{ xf = RN; break x; }`;
  }

  /**
   * A new activation's locals, made as the interpreter makes them (a holey
   * array of that size), so that the two share one kind of array.
   */
  private newLocals(nl: string, size: number, xs: readonly string[]): string {
    let s = `const ${nl} = new Array(${size});`;
    xs.forEach((x, i) => (s += ` ${nl}[${i}] = ${x};`));
    return s;
  }

  /** PUSH (push/enter only): pending-argument frames, then RET of the function. */
  private push(c: Code, f: string, seg: Seg, o: string[], here: string): void {
    const as = c.args!;
    const n = as.length;
    const pushSeg = seg.copy();
    pushSeg.step(R_PUSH);
    o.push(`if (J.pe) {`);
    o.push(
      `if (J.sp + ${2 * n} > J.maxStackWords) { ${seg.flush()} ${here} } if (J.depth + ${n} > J.peakDepth) J.peakDepth = J.depth + ${n};`,
    );
    const known = knownFun(c);
    if (known !== null && known.arity >= 1 && known.arity <= n) {
      // PUSH, then FENTER of the known function: its arguments go straight
      // to its locals, only the rest to the stack.
      const ar = known.arity;
      pushSeg.step(R_FENTER);
      const m = n - ar;
      if (m > 0) {
        o.push(`const S = J.stk, sp = J.sp;`);
        for (let i = n - 1, w = 0; i >= ar; i--, w += 2)
          o.push(
            `S[sp + ${w}] = ${this.argAt(as, i)}; S[sp + ${w + 1}] = ${F_ARG};`,
          );
        o.push(`J.sp = sp + ${2 * m}; J.depth += ${m};`);
      }
      const xs: string[] = [];
      for (let i = 0; i < ar; i++) xs.push(this.argAt(as, i));
      const nl = this.fresh("n");
      o.push(this.newLocals(nl, known.frameSize, xs));
      o.push(`J.code = ${this.k(known)}.body;`);
      this.enterBody(nl, pushSeg, o);
      o.push(`}`);
      if (pushSeg.budget > seg.budget) seg.budget = pushSeg.budget;
      return;
    }
    o.push(`const S = J.stk, sp = J.sp;`);
    for (let i = n - 1, w = 0; i >= 0; i--, w += 2)
      o.push(
        `S[sp + ${w}] = ${this.argAt(as, i)}; S[sp + ${w + 1}] = ${F_ARG};`,
      );
    o.push(`J.sp = sp + ${2 * n}; J.depth += ${n};`);
    o.push(`J.val = ${f}; ${pushSeg.flush()}`);
    o.push(this.retGo());
    o.push(`}`);
    // The PUSH path's step is part of this segment's budget.
    if (pushSeg.budget > seg.budget) seg.budget = pushSeg.budget;
  }

  build(name: string, body: string[]): JitFn {
    const names = this.consts.map((_, i) => `k${i}`);
    const src = `return function ${name}(J, L, V) {\nlet xf = B, xb, xc;\nx: {\n${body.join("\n")}\n}\nconst t = xf(J, L, xb, xc);\nreturn t(J, J.locals, J.val);\n};`;
    const make = new Function(
      ...names,
      "Obj",
      "B",
      "CSN",
      "NOV",
      "Pair",
      "STC",
      "RN",
      "EN",
      "CV",
      "IF",
      src,
    ) as (...xs: unknown[]) => JitFn;
    return make(
      ...this.consts,
      Obj,
      bail,
      CallStackNode,
      NO_VALUES,
      Pair,
      setThunkCallStack,
      retNext,
      evalNext,
      (J: JitState, L: Value[], v: Value, c: Code) =>
        casevNext(
          J,
          L,
          v,
          c,
          (c.jitCasev ??= compileCasev(c, this.bools!, this.tallies)),
        ),
      IN_FRAME,
    );
  }
}

/*
 * How a compiled function leaves: each way out sets `xf` (and `xb`, `xc`;
 * a bail only `xc`, `xf` being B until set) and breaks out of its body to
 * the function's end, where `xf` (RN, EN,
 * CV or B: retNext, evalNext, casevNext, bail) sets the registers and
 * answers the compiled entry to go on to (or a function answering the
 * trampoline's mode), which is then called. So every function makes two
 * calls, each from one site that has run before V8 optimizes the
 * function: a call (or a test choosing one) first taken afterwards (the
 * first bail at an event, the first return to an entry not yet compiled)
 * deoptimized it for "insufficient type feedback", and V8 compiled it
 * again.
 */

/** Where a bail leaves compiled code: the mode and node the interpreter resumes in. */
class BailPoint {
  constructor(
    readonly mode: number,
    readonly code: Code,
  ) {}
}

/** Alternatives of at most this many nodes are copied where an evaluated atom meets them. */
const INLINE_ALTS = 12;

/** The nodes in `c`'s alternatives, counted up to just past `limit`. */
function altsSize(c: Code, limit: number): number {
  let n = 0;
  const walk = (x: Code | null): void => {
    if (x === null || n > limit) return;
    n++;
    walk(x.body);
    const a = x.alts;
    if (a === null) return;
    for (const b of a.conBodies) walk(b);
    for (const b of a.litBodies) walk(b);
    walk(a.defBody);
  };
  const a = c.alts!;
  for (const b of a.conBodies) walk(b);
  for (const b of a.litBodies) walk(b);
  walk(a.defBody);
  return n;
}

/** The code of an application's function when it is a top-level FUN (no free variables). */
function knownFun(c: Code): CodeInfo | null {
  const f = c.konst;
  return c.slot < 0 &&
    typeof f === "object" &&
    f !== null &&
    f.tag === FUN &&
    valueCount(f) === 0 &&
    f.info instanceof CodeInfo
    ? f.info
    : null;
}

function fnName(c: Code, kind: string): string {
  return `jit_${kind}_${c.owner.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40)}`;
}

/** The compiled EVAL entry of `c`. */
export function compileEval(c: Code, bools: Bools, tallies: Tally[]): JitFn {
  const g = new Gen(bools, tallies);
  const o: string[] = [];
  g.segment(o, g.bailAt(M_EVAL, c), (seg, b) => g.eval(c, seg, b));
  return g.build(fnName(c, "eval"), o);
}

/**
 * The start of `c`'s CASEV entry: reached from ret.ts with its case frame's
 * saved values still on the stack (L is IN_FRAME; the frame's other words
 * gone, RET counted), it moves them into a new locals array as
 * frames.ts popCaseLocals would, the layout written out.
 */
function popFrame(c: Code): string {
  const save = c.save;
  const k = save.length;
  const n = c.frameSize;
  let s = `if (L === IF) { L = new Array(${n});${n > 0 ? " L[0] = undefined;" : ""}`;
  if (k > 0) s += ` const S = J.stk, b = J.sp - ${k};`;
  for (let i = 0; i < k; i++)
    s += ` L[${save[i]}] = S[b + ${i}]; S[b + ${i}] = undefined;`;
  if (k > 0) s += " J.sp = b;";
  return `${s} }`;
}

/** The compiled CASEV entry of CASE node `c` (its value in V). */
export function compileCasev(c: Code, bools: Bools, tallies: Tally[]): JitFn {
  const g = new Gen(bools, tallies);
  const o: string[] = [popFrame(c)];
  g.select(c, "V", g.bailAt(M_CASEV, c, "V"), o, "any");
  return g.build(fnName(c, "casev"), o);
}

/** Whether compiled code for EVAL of `c` can take at least one step. */
export function evalCompilable(c: Code, pe: boolean): boolean {
  switch (c.op) {
    case OP_ATOM:
    case OP_LET:
    case OP_LETREC:
    case OP_STACK:
    case OP_CASE:
      return true;
    case OP_PRIM:
      return c.arity === c.args!.length || c.arity < 0;
    case OP_APP:
      return pe || c.arity === c.args!.length || c.arity < 0;
    default:
      return false;
  }
}
