// Loads a miniSTG program into the machine's compiled form (code.ts):
// resolves every variable to a local slot or a top-level object, runs
// ministg's arity analysis of known calls (src/Ministg/Arity.hs: top-level
// and let-bound FUNs have a known arity; parameters, case binders and
// non-FUN lets shadow it), numbers constructors, looks up primops and
// reports undefined variables reachable from the entry the way ministg's
// garbage collector would meet them: before the first step.

import type { Alt, Atom, Binding, Expr, HeapObject, Literal } from "../ast.js";
import { LocatedError, UserError } from "../../errors.js";
import { lookupPrimOp } from "../primops.js";
import {
  AllocSpec,
  Alts,
  AtomList,
  Code,
  CodeInfo,
  ConInfo,
  OP_APP,
  OP_ATOM,
  OP_CASE,
  OP_CATCH,
  OP_LET,
  OP_LETREC,
  OP_PRIM,
  OP_RAISE,
  OP_STACK,
  type LocalVar,
  type Scope,
} from "./code.js";
import { freeVars } from "./free-vars.js";
import { letSuffixFreeVars, sequentialBindings } from "../traversal.js";
import type { CompiledProgram } from "./program.js";
import { normInt, normWord } from "../primops/numeric.js";
import {
  ADDR,
  CON,
  ERROR,
  FUN,
  NO_VALUES,
  Obj,
  PAP,
  THUNK,
  makeAddr,
  literalBytes,
  setObjectNumber,
  newValues,
  valueArrayOf,
  type Value,
} from "./values.js";

export type { CompiledProgram } from "./program.js";

/** A top-level binding and the file it came from (user program or prelude). */
export interface SourceBinding {
  readonly binding: Binding;
  readonly file: string;
}

export interface CompileOptions {
  /** Name of the binding to evaluate (default "main"). */
  readonly entry?: string;
  /** Constructor tags for dataToTag# beyond the built-in ones. */
  readonly conTags?: ReadonlyMap<string, number>;
}

/** Tags of well-known constructors (their position in their data type). */
const BUILTIN_TAGS: ReadonlyMap<string, number> = new Map([
  ["False", 0],
  ["True", 1],
  ["Nil", 0],
  ["Cons", 1],
  ["Unit", 0],
  ["Nothing", 0],
  ["Just", 1],
  ["Left", 0],
  ["Right", 1],
  ["LT", 0],
  ["EQ", 1],
  ["GT", 2],
]);

/**
 * Per FUN/THUNK body: hands out slots of its locals array. Parameters and
 * captured variables take the first slots; every other binder takes the
 * lowest slot no variable still needed holds (`pick`): one whose variable
 * is dead on this path (the alternatives of one case are never live
 * together, and GHC's -O0 code binds many short-lived temporaries), so
 * the array needs only the highest slot any path reaches (`high`). Every
 * call, thunk entry and return to a case frame allocates an array of this
 * size.
 */
class Activation {
  private nextSlot = 0;
  /** The highest slot + 1 so far (of the subtree being measured: caseExpr). */
  high = 0;
  /** The next slot in order (parameters and captured variables). */
  take(): number {
    const s = this.nextSlot++;
    if (this.nextSlot > this.high) this.high = this.nextSlot;
    return s;
  }
  /** The lowest slot not in `busy`, which it joins. */
  pick(busy: Set<number>): number {
    let s = 0;
    while (busy.has(s)) s++;
    busy.add(s);
    if (s + 1 > this.high) this.high = s + 1;
    return s;
  }
}

interface Ctx {
  readonly act: Activation;
  /**
   * The locals in scope, updated in place while a binder's body compiles and
   * restored after (`within`): a chain of n nested lets or cases costs O(n),
   * not n copies of the scope. Nodes keep their own restriction of it.
   */
  readonly scope: Map<string, LocalVar>;
  readonly owner: string;
  readonly file: string;
  /** Slots that enclosing case alternatives still need. */
  readonly keep: ReadonlySet<number>;
}

class Linker {
  readonly cons = new Map<string, ConInfo>();
  readonly globals: Obj[] = [];
  readonly names: string[] = [];
  readonly index = new Map<string, number>();
  readonly arity: number[] = [];
  /** For each global: globals it refers to, and undefined names it mentions. */
  readonly refs: Set<number>[] = [];
  readonly arities = new WeakMap<Expr, number>();
  readonly sites: AllocSpec[] = [];
  loaded: Binding[] = [];
  readonly undef: {
    name: string;
    file: string;
    line: number;
    col: number;
  }[][] = [];
  private current = 0;
  /** Placeholder for unresolvable names (never reached: reachable ones are errors). */
  private readonly missing = new Obj(ERROR, null, NO_VALUES);

  con(name: string): ConInfo {
    let c = this.cons.get(name);
    if (c === undefined) {
      c = new ConInfo(name, this.cons.size);
      this.cons.set(name, c);
    }
    return c;
  }

  link(bindings: readonly SourceBinding[], entryName: string): void {
    // Later bindings override earlier ones (prelude first, then the user's).
    const last = new Map<string, SourceBinding>();
    for (const sb of bindings) last.set(sb.binding.name, sb);
    const list = [...last.values()];
    this.loaded = list.map((sb) => sb.binding);
    list.forEach((sb, k) => {
      const o = sb.binding.object;
      this.index.set(sb.binding.name, k);
      this.names.push(sb.binding.name);
      this.arity.push(o.kind === "FUN" ? o.params.length : -1);
      const g =
        o.kind === "LIT"
          ? this.globalLiteral(o, sb.file)
          : new Obj(tagOf(o), null, NO_VALUES);
      // Views name a top-level object by its binding (objectNumber).
      if (o.kind !== "LIT") setObjectNumber(g, -(k + 1));
      this.globals.push(g);
      this.refs.push(new Set());
      this.undef.push([]);
    });
    list.forEach((sb, k) => {
      this.current = k;
      this.fillGlobal(this.globals[k]!, sb);
    });
    this.checkReachable(entryName);
  }

  private fillGlobal(g: Obj, sb: SourceBinding): void {
    const { binding, file } = sb;
    const o = binding.object;
    const ctx: Ctx = {
      act: new Activation(),
      scope: new Map(),
      owner: binding.name,
      file,
      keep: new Set(),
    };
    switch (o.kind) {
      case "FUN":
      case "THUNK":
        g.info = this.codeInfo(o, binding.name, ctx, []);
        return;
      case "CON":
        g.info = this.con(o.con);
        g.env = valueArrayOf(o.args.map((a) => this.constAtom(a, ctx)));
        return;
      case "PAP": {
        g.info = this.constVar(o.fn, ctx, o.pos) as Obj;
        g.env = valueArrayOf(o.args.map((a) => this.constAtom(a, ctx)));
        return;
      }
      case "ERROR":
      case "LIT": // built by link
        return;
      default: {
        const never: never = o;
        throw new Error(`unknown object ${JSON.stringify(never)}`);
      }
    }
  }

  /**
   * A top-level `x = "text"`: the global is the Addr# value itself, so every
   * use of `x` is that literal (GHC's top-level string literals).
   */
  private globalLiteral(
    o: Extract<HeapObject, { kind: "LIT" }>,
    file: string,
  ): Obj {
    if (o.lit.kind !== "string")
      throw new LocatedError(
        { file, line: o.pos?.line ?? 0, column: o.pos?.column ?? 0 },
        `a top-level literal binding must be a string literal (here: ${o.lit.kind})`,
      );
    return makeAddr(literalBytes(o.lit.bytes), 0);
  }

  /** Compiles a FUN/THUNK body in its own activation; `captured` names come first after the parameters. */
  private codeInfo(
    o: Extract<HeapObject, { kind: "FUN" | "THUNK" }>,
    name: string,
    outer: Ctx,
    captured: readonly string[],
  ): CodeInfo {
    const act = new Activation();
    const scope = new Map<string, LocalVar>();
    const params = o.kind === "FUN" ? o.params : [];
    for (const p of params) scope.set(p, { slot: act.take(), arity: -1 });
    for (const c of captured) {
      const outerVar = outer.scope.get(c)!;
      scope.set(c, { slot: act.take(), arity: outerVar.arity });
    }
    const info = new CodeInfo(
      params.length,
      0,
      captured.length,
      null as unknown as Code,
      name,
      o,
      captured,
    );
    const ctx: Ctx = {
      act,
      scope,
      owner: name,
      file: outer.file,
      keep: new Set(),
    };
    info.body = this.expr(o.body, ctx);
    info.frameSize = act.high;
    return info;
  }

  // ---------------------------------------------------------- atoms

  // Int#/Word# literals beyond 64 bits wrap, like the machine's arithmetic
  // (ministg-dialect support code relies on it: see docs/dialects.md).
  private literal(l: Literal): Value {
    switch (l.kind) {
      case "int":
        return normInt(l.value);
      case "word":
        return normWord(l.value);
      case "integer":
        return l.value;
      case "double":
      case "char":
        return l.value;
      case "float":
        return Math.fround(l.value);
      case "string":
        return makeAddr(literalBytes(l.bytes), 0);
      default: {
        const never: never = l;
        throw new Error(`unknown literal ${JSON.stringify(never)}`);
      }
    }
  }

  /** A top-level (constant) reference to a global or an undefined name. */
  private constVar(
    name: string,
    ctx: Ctx,
    pos?: { line: number; column: number },
  ): Value {
    const k = this.index.get(name);
    if (k !== undefined) {
      this.refs[this.current]!.add(k);
      return this.globals[k]!;
    }
    this.undef[this.current]!.push({
      name,
      file: ctx.file,
      line: pos?.line ?? 0,
      col: pos?.column ?? 0,
    });
    return this.missing;
  }

  private constAtom(a: Atom, ctx: Ctx): Value {
    return a.kind === "lit"
      ? this.literal(a.lit)
      : this.constVar(a.name, ctx, a.pos);
  }

  private atoms(as: readonly Atom[], ctx: Ctx): AtomList {
    const slots = new Int32Array(as.length);
    const consts: Value[] = newValues(as.length);
    as.forEach((a, i) => {
      const local = a.kind === "var" ? ctx.scope.get(a.name) : undefined;
      if (local !== undefined) {
        slots[i] = local.slot;
        consts[i] = 0;
      } else {
        slots[i] = -1;
        consts[i] = this.constAtom(a, ctx);
      }
    });
    return new AtomList(slots, consts);
  }

  private names2atoms(names: readonly string[]): Atom[] {
    return names.map((name) => ({ kind: "var", name }));
  }

  // ---------------------------------------------------------- expressions

  private node(op: number, e: Expr, ctx: Ctx): Code {
    return new Code(
      op,
      ctx.owner,
      ctx.file,
      e.pos,
      e,
      restrict(ctx.scope, freeVars(e)),
    );
  }

  /**
   * The slots a binder must not take: those of the variables `live` names
   * (what runs after it on this path reads them) and those enclosing case
   * alternatives still need (`ctx.keep`: the reference machine's case frame
   * keeps the activation's array itself, and the scrutinee runs in it).
   */
  private busy(ctx: Ctx, live: Iterable<string>): Set<number> {
    const busy = new Set(ctx.keep);
    for (const v of live) {
      const l = ctx.scope.get(v);
      if (l !== undefined) busy.add(l.slot);
    }
    return busy;
  }

  /** Compiles `body` with `vars` bound, then restores what they shadowed. */
  private within<T>(
    ctx: Ctx,
    vars: readonly (readonly [string, LocalVar])[],
    body: () => T,
  ): T {
    const shadowed: Shadowed = [];
    for (const [n, v] of vars) bindLocal(ctx.scope, n, v, shadowed);
    try {
      return body();
    } finally {
      restoreScope(ctx.scope, shadowed);
    }
  }

  expr(e: Expr, ctx: Ctx): Code {
    switch (e.kind) {
      case "atom": {
        const c = this.node(OP_ATOM, e, ctx);
        this.setTarget(c, e.atom, ctx);
        return c;
      }
      case "app": {
        const c = this.node(OP_APP, e, ctx);
        const fnAtom: Atom = { kind: "var", name: e.fn, pos: e.pos };
        this.setTarget(c, fnAtom, ctx);
        c.args = this.atoms(e.args, ctx);
        const local = ctx.scope.get(e.fn);
        if (local !== undefined) c.arity = local.arity;
        else {
          const k = this.index.get(e.fn);
          c.arity = k === undefined ? -1 : this.arity[k]!;
        }
        if (c.arity >= 0) this.arities.set(e, c.arity);
        return c;
      }
      case "primop": {
        const p = lookupPrimOp(e.op);
        const loc = {
          file: ctx.file,
          line: e.pos?.line ?? 0,
          column: e.pos?.column ?? 0,
        };
        if (p === undefined)
          throw new LocatedError(loc, `unknown primop ${e.op}`);
        if (p.arity !== e.args.length) {
          throw new LocatedError(
            loc,
            `primop ${e.op} takes ${p.arity} argument${p.arity === 1 ? "" : "s"}, given ${e.args.length}`,
          );
        }
        // The exception primops change control, not values: own opcodes.
        const op =
          e.op === "catch#"
            ? OP_CATCH
            : e.op === "raise#" || e.op === "raiseIO#"
              ? OP_RAISE
              : OP_PRIM;
        const c = this.node(op, e, ctx);
        c.prim = p;
        c.args = this.atoms(e.args, ctx);
        return c;
      }
      case "let":
        return e.rec ? this.letrec(e, ctx) : this.letChain(e, ctx);
      case "case":
        return this.caseExpr(e, ctx);
      case "stack": {
        const c = this.node(OP_STACK, e, ctx);
        c.label = e.label;
        c.body = this.expr(e.body, ctx);
        return c;
      }
      default: {
        const never: never = e;
        throw new Error(`unknown expression ${JSON.stringify(never)}`);
      }
    }
  }

  private setTarget(c: Code, a: Atom, ctx: Ctx): void {
    const local = a.kind === "var" ? ctx.scope.get(a.name) : undefined;
    if (local !== undefined) c.slot = local.slot;
    else c.konst = this.constAtom(a, ctx);
  }

  /**
   * `let {b1; ...; bn} in e` is a chain of single lets, one LET step each
   * (as ministg); directly nested non-recursive lets continue the chain, in
   * a loop, so a long list literal's thousands of lets do not recurse.
   */
  private letChain(e: Extract<Expr, { kind: "let" }>, ctx: Ctx): Code {
    const shadowed: Shadowed = [];
    let first: Code | undefined;
    let last: Code | undefined;
    let body: Expr = e;
    try {
      while (body.kind === "let" && !body.rec) {
        const chain: Extract<Expr, { kind: "let" }> = body;
        const free = letSuffixFreeVars(chain);
        chain.binds.forEach((b, i) => {
          const c = new Code(
            OP_LET,
            ctx.owner,
            ctx.file,
            chain.pos,
            chain,
            restrict(ctx.scope, free[i]!),
            i,
          );
          // free[i] has binding i's own variables too: they are read
          // before its slot is written, but kept apart all the same.
          const slot = ctx.act.pick(this.busy(ctx, free[i]!));
          c.allocs = [this.alloc(b, slot, ctx)];
          bindLocal(ctx.scope, b.name, bindingLocal(b, slot), shadowed);
          if (last === undefined) first = c;
          else last.body = c;
          last = c;
        });
        body = chain.body;
      }
      const rest = this.expr(body, ctx);
      if (last === undefined) return rest;
      last.body = rest;
      return first!;
    } finally {
      restoreScope(ctx.scope, shadowed);
    }
  }

  private letrec(e: Extract<Expr, { kind: "let" }>, ctx: Ctx): Code {
    const c = this.node(OP_LETREC, e, ctx);
    // The group's objects are filled from the locals after all are made:
    // no slot a binding or the body reads (the letrec's free variables
    // are both's, less its own binders).
    const busy = this.busy(ctx, freeVars(e));
    const locals = e.binds.map(
      (b) => [b.name, bindingLocal(b, ctx.act.pick(busy))] as const,
    );
    this.within(ctx, locals, () => {
      c.allocs = e.binds.map((b, i) => this.alloc(b, locals[i]![1].slot, ctx));
      c.body = this.expr(e.body, ctx);
    });
    c.seqAlloc = sequentialBindings(e.binds);
    return c;
  }

  private alloc(b: Binding, slot: number, ctx: Ctx): AllocSpec {
    const spec = this.allocSpec(b, slot, ctx);
    this.sites.push(spec);
    return spec;
  }

  private allocSpec(b: Binding, slot: number, ctx: Ctx): AllocSpec {
    const o = b.object;
    const name = `${ctx.owner}/${b.name}`;
    const none = new AtomList(new Int32Array(0), []);
    switch (o.kind) {
      case "FUN":
      case "THUNK": {
        const captured = [...freeVars(o)]
          .filter((v) => ctx.scope.has(v))
          .sort();
        const info = this.codeInfo(o, name, ctx, captured);
        return new AllocSpec(
          tagOf(o),
          slot,
          info,
          this.atoms(this.names2atoms(captured), ctx),
          -1,
          null,
          name,
          o,
        );
      }
      case "CON":
        return new AllocSpec(
          CON,
          slot,
          this.con(o.con),
          this.atoms(o.args, ctx),
          -1,
          null,
          name,
          o,
        );
      case "PAP": {
        const local = ctx.scope.get(o.fn);
        const fnConst =
          local === undefined ? this.constVar(o.fn, ctx, o.pos) : null;
        return new AllocSpec(
          PAP,
          slot,
          null,
          this.atoms(o.args, ctx),
          local?.slot ?? -1,
          fnConst,
          name,
          o,
        );
      }
      case "ERROR":
        return new AllocSpec(ERROR, slot, null, none, -1, null, name, o);
      case "LIT":
        throw new LocatedError(
          {
            file: ctx.file,
            line: o.pos?.line ?? 0,
            column: o.pos?.column ?? 0,
          },
          `a literal binding (${name}) is allowed only at top level`,
        );
      default: {
        const never: never = o;
        throw new Error(`unknown object ${JSON.stringify(never)}`);
      }
    }
  }

  private caseExpr(e: Extract<Expr, { kind: "case" }>, ctx: Ctx): Code {
    const c = this.node(OP_CASE, e, ctx);
    // Only alternatives up to the first default can ever be chosen.
    const firstDefault = e.alts.findIndex((a) => a.kind === "default");
    const alts = firstDefault < 0 ? e.alts : e.alts.slice(0, firstDefault + 1);
    // Slots the alternatives need stay; everything else in scope is dead
    // once the frame is pushed.
    const altFree = new Set<string>();
    for (const a of alts) for (const v of freeVars(a)) altFree.add(v);
    const keep = new Set(ctx.keep);
    const save: number[] = [];
    for (const v of altFree) {
      const l = ctx.scope.get(v);
      if (l !== undefined) {
        keep.add(l.slot);
        save.push(l.slot);
      }
    }
    c.save = Int32Array.from(save).sort();
    const live = new Set(keep);
    for (const v of freeVars(e.scrutinee)) {
      const l = ctx.scope.get(v);
      if (l !== undefined) live.add(l.slot);
    }
    const dead: number[] = [];
    for (const l of ctx.scope.values())
      if (!live.has(l.slot)) dead.push(l.slot);
    c.clear = dead.length === 0 ? null : Int32Array.from(dead);
    c.body = this.expr(e.scrutinee, { ...ctx, keep });
    // A value returned to the case frame gets a locals array of the slots
    // its alternatives reach (the saved ones and their binders'), not the
    // whole activation's.
    const act = ctx.act;
    const outerHigh = act.high;
    act.high = save.length === 0 ? 0 : Math.max(...save) + 1;
    c.alts = this.alts(alts, ctx);
    c.frameSize = act.high;
    if (outerHigh > act.high) act.high = outerHigh;
    return c;
  }

  private alts(alts: readonly Alt[], ctx: Ctx): Alts {
    const conIds: number[] = [];
    const conInfos: ConInfo[] = [];
    const conVars: Int32Array[] = [];
    const conBodies: Code[] = [];
    const lits: Value[] = [];
    const litBodies: Code[] = [];
    let defSlot = -1;
    let defBody: Code | null = null;
    for (const a of alts) {
      // An alternative's binders take slots its body does not read (what
      // the others read is dead on its path).
      const busy = this.busy(ctx, freeVars(a));
      switch (a.kind) {
        case "con": {
          if (conIds.includes(this.con(a.con).id)) break; // a repeated alternative is unreachable
          const locals = a.vars.map(
            (v) => [v, { slot: ctx.act.pick(busy), arity: -1 }] as const,
          );
          conIds.push(this.con(a.con).id);
          conInfos.push(this.con(a.con));
          conVars.push(Int32Array.from(locals, ([, l]) => l.slot));
          conBodies.push(
            this.within(ctx, locals, () => this.expr(a.body, ctx)),
          );
          break;
        }
        case "lit":
          lits.push(this.literal(a.lit));
          litBodies.push(this.expr(a.body, ctx));
          break;
        case "default": {
          defSlot = ctx.act.pick(busy);
          const local = { slot: defSlot, arity: -1 };
          defBody = this.within(ctx, [[a.binder, local]], () =>
            this.expr(a.body, ctx),
          );
          break;
        }
        default: {
          const never: never = a;
          throw new Error(`unknown alternative ${JSON.stringify(never)}`);
        }
      }
    }
    return new Alts(
      Int32Array.from(conIds),
      conInfos,
      conVars,
      conBodies,
      valueArrayOf(lits),
      litBodies,
      defSlot,
      defBody,
    );
  }

  // ---------------------------------------------------------- undefined names

  private checkReachable(entryName: string): void {
    const start = this.index.get(entryName);
    if (start === undefined)
      throw new UserError(`undefined variable: ${JSON.stringify(entryName)}`);
    const seen = new Set<number>([start]);
    const queue = [start];
    const problems: string[] = [];
    const reported = new Set<string>();
    while (queue.length > 0) {
      const k = queue.shift()!;
      for (const u of this.undef[k]!) {
        if (reported.has(u.name)) continue;
        reported.add(u.name);
        problems.push(
          `undefined variable: ${JSON.stringify(u.name)} (${u.file}:${u.line}:${u.col})`,
        );
      }
      for (const r of this.refs[k]!) {
        if (!seen.has(r)) {
          seen.add(r);
          queue.push(r);
        }
      }
    }
    if (problems.length > 0) throw new UserError(problems.join("\n"));
  }
}

function tagOf(o: HeapObject): number {
  switch (o.kind) {
    case "FUN":
      return FUN;
    case "PAP":
      return PAP;
    case "CON":
      return CON;
    case "THUNK":
      return THUNK;
    case "ERROR":
      return ERROR;
    case "LIT":
      return ADDR;
  }
}

/** Compiles and links `bindings` (later ones override earlier ones of the same name). */
export function compileProgram(
  bindings: readonly SourceBinding[],
  opts: CompileOptions = {},
): CompiledProgram {
  const entryName = opts.entry ?? "main";
  const l = new Linker();
  const trueCon = l.con("True");
  const falseCon = l.con("False");
  l.link(bindings, entryName);
  const tagsByName = new Map(BUILTIN_TAGS);
  for (const [k, v] of opts.conTags ?? []) tagsByName.set(k, v);
  return {
    globals: l.globals,
    globalNames: l.names,
    globalIndex: l.index,
    entry: l.globals[l.index.get(entryName)!]!,
    cons: l.cons,
    trueCon,
    falseCon,
    conTag: (info) => tagsByName.get(info.name),
    knownArity: (app) => l.arities.get(app),
    bindings: l.loaded,
    sites: l.sites,
  };
}

const NO_LOCALS: Scope = new Map();

/** A let-bound local: a FUN's arity is known to calls of it. */
function bindingLocal(b: Binding, slot: number): LocalVar {
  return {
    slot,
    arity: b.object.kind === "FUN" ? b.object.params.length : -1,
  };
}

/** The bindings a scope's names had before `bindLocal` replaced them, newest last. */
type Shadowed = (readonly [string, LocalVar | undefined])[];

function bindLocal(
  scope: Map<string, LocalVar>,
  name: string,
  v: LocalVar,
  shadowed: Shadowed,
): void {
  shadowed.push([name, scope.get(name)]);
  scope.set(name, v);
}

/** Undoes `bindLocal`s, newest first, so a shadowed name gets its binding back. */
function restoreScope(scope: Map<string, LocalVar>, shadowed: Shadowed): void {
  for (let i = shadowed.length - 1; i >= 0; i--) {
    const [name, old] = shadowed[i]!;
    if (old === undefined) scope.delete(name);
    else scope.set(name, old);
  }
}

/** The part of `scope` a node whose free variables are `free` refers to: all a view of it looks up. */
function restrict(scope: Scope, free: ReadonlySet<string>): Scope {
  let out: Map<string, LocalVar> | undefined;
  for (const v of free) {
    const l = scope.get(v);
    if (l !== undefined) (out ??= new Map()).set(v, l);
  }
  return out ?? NO_LOCALS;
}
