// The compiled form of a miniSTG program that the machine runs: expressions
// with variables resolved to slots of an activation's `locals` array (or to
// constants: top-level objects and literals), constructors numbered, known
// arities attached to applications and primops looked up. Each node keeps
// its AST and scope so views can print it the way ministg shows code.

import type { Expr, HeapObject, Pos } from "../ast.js";
import type { PrimOp } from "../primops/table.js";
import type { Value } from "./values.js";

/**
 * A node the compiling tier turned into JavaScript (jit/codegen.ts): a
 * function of the tier's state (jit/state.ts's JitState, opaque here so that
 * this module imports nothing of jit/), the locals and the value, answering
 * the loop's next mode. jit/run.ts calls it as its JitFn.
 */
export type CompiledCode = (J: never, L: Value[], V: Value) => number;

// Expression opcodes.
export const OP_ATOM = 0;
export const OP_APP = 1;
export const OP_PRIM = 2;
export const OP_LET = 3;
export const OP_LETREC = 4;
export const OP_CASE = 5;
export const OP_STACK = 6;
/** `raise# e` / `raiseIO# e s`: unwind to the nearest catch frame. */
export const OP_RAISE = 7;
/** `catch# io handler s`: push a catch frame, run `io s`. */
export const OP_CATCH = 8;
/** `resume# s`: the body of a thunk an asynchronous exception froze (suspension.ts). */
export const OP_RESUME = 9;

const NO_SLOTS = new Int32Array(0);

/** A variable bound in the current activation: its slot and known arity (-1: unknown). */
export interface LocalVar {
  readonly slot: number;
  readonly arity: number;
}

/** The local variables in scope at a node (anything else is top-level). */
export type Scope = ReadonlyMap<string, LocalVar>;

/**
 * A list of atoms: `slots[i] >= 0` is a local slot, otherwise `consts[i]`
 * is the value (a top-level object or a literal).
 */
export class AtomList {
  constructor(
    readonly slots: Int32Array,
    readonly consts: Value[],
  ) {}
  get length(): number {
    return this.slots.length;
  }
}

export class ConInfo {
  constructor(
    readonly name: string,
    /** Program-wide number used for matching. */
    readonly id: number,
  ) {}
}

/**
 * The constructor of an enumeration value made by `enumTag#` (GHC's
 * tagToEnum# where the dump does not say at which type): it knows only its
 * tag. A case with constructor alternatives takes the one whose constructor
 * has that tag; dataToTag# answers the tag.
 */
export class EnumTagInfo extends ConInfo {
  constructor(readonly tag: number) {
    super(`<enumeration tag ${tag}>`, -2 - tag);
  }
}

/** The code of a FUN or THUNK. */
export class CodeInfo {
  constructor(
    /** Number of parameters (0 for a thunk). */
    readonly arity: number,
    /** Size of the locals array: parameters, captured variables, binders. */
    public frameSize: number,
    /** Captured free variables occupy slots arity .. arity+nfree-1. */
    readonly nfree: number,
    public body: Code,
    /** The binding it came from (`map`, `map/rec`): names closures in errors. */
    readonly name: string,
    readonly ast: HeapObject,
    /** Names of the captured variables, in env order. */
    readonly freeNames: readonly string[],
  ) {}
}

/** An object a LET allocates into `slot`. */
export class AllocSpec {
  constructor(
    /** FUN, PAP, CON, THUNK or ERROR (values.ts tags). */
    readonly tag: number,
    readonly slot: number,
    readonly info: CodeInfo | ConInfo | null,
    /** Captured variables (FUN/THUNK), fields (CON) or arguments (PAP). */
    readonly atoms: AtomList,
    /** PAP: the function (slot, or -1 and `fnConst`). */
    readonly fnSlot: number,
    readonly fnConst: Value | null,
    readonly name: string,
    readonly ast: HeapObject,
  ) {}
  /** Objects allocated here so far (per-site allocation statistics). */
  count = 0;
}

/** Case alternatives, in source order up to and including the first default. */
export class Alts {
  constructor(
    readonly conIds: Int32Array,
    /** The constructors of conIds (for enumeration tags). */
    readonly conInfos: readonly ConInfo[],
    readonly conVars: Int32Array[],
    readonly conBodies: Code[],
    readonly lits: Value[],
    readonly litBodies: Code[],
    /** Slot of the default binder (-1 without a default). */
    readonly defSlot: number,
    readonly defBody: Code | null,
  ) {
    if (defBody !== null) defBody.defaultAlt = true;
  }
}

/** One expression node; which fields matter depends on `op`. */
export class Code {
  // ATOM: the atom (`slot` or `konst`). APP: the function.
  slot = -1;
  konst: Value | null = null;
  /** APP/PRIM arguments. */
  args: AtomList | null = null;
  /** APP: known arity from ministg's arity analysis, or -1. */
  arity = -1;
  prim: PrimOp | null = null;
  /** LET: one allocation; LETREC: several. */
  allocs: AllocSpec[] = [];
  /** LET/LETREC/STACK: what follows; CASE: the scrutinee. */
  body: Code | null = null;
  alts: Alts | null = null;
  /** CASE: local slots dead once the case frame is pushed (the reference machine clears them). */
  clear: Int32Array | null = null;
  /**
   * CASE: the local slots its alternatives read (their free variables), in
   * slot order. The fast engine's case frame saves just these values on its
   * stack, not the activation's whole locals array (GHC's case continuations
   * save their free variables likewise), and rebuilds a locals array of
   * `frameSize` slots when a value returns to it.
   */
  save: Int32Array = NO_SLOTS;
  /** CASE: the size of its activation's locals array (CodeInfo.frameSize). */
  frameSize = 0;
  /**
   * The default alternative's body (set by Alts): the fast engine tells
   * CASEANY from CASECON by the body selectAlt answers.
   */
  defaultAlt = false;
  /**
   * LETREC: no binding refers to itself or to one after it, so the fast
   * engine allocates each whole, in order, as a chain of LETs would (one
   * LET step all the same); else it allocates all first, then fills them.
   */
  seqAlloc = false;
  /** STACK: the annotation. */
  label = "";
  /** The compiling tier (jit/): entries so far, then the compiled EVAL / CASEV entries. */
  heat = 0;
  jitEval: CompiledCode | null = null;
  jitCasev: CompiledCode | null = null;
  constructor(
    readonly op: number,
    /** The closure (binding) this code belongs to, for error messages. */
    readonly owner: string,
    readonly file: string,
    readonly pos: Pos | undefined,
    private readonly source: Expr,
    readonly scope: Scope,
    /** LET: which binding of `source`'s chain this node allocates. */
    private readonly letFrom = 0,
  ) {}

  /**
   * The expression this node runs, for views. A LET node shows its chain
   * from its own binding on, as ministg's nested lets do; made only when
   * asked, since n copies of a chain of n bindings' tails take O(n^2).
   */
  get ast(): Expr {
    const e = this.source;
    return this.letFrom === 0 || e.kind !== "let"
      ? e
      : { ...e, binds: e.binds.slice(this.letFrom) };
  }
}
