// Class methods of known dictionaries, resolved at link time. GHC's -O0
// code calls a method through its selector, `(+) $fNumInt x y`: the
// selector forces the dictionary (a top-level constructor, already a value)
// and returns one of its fields, which is then applied. When both are known
// at link time (the selector `FUN(d -> case d of { K f1..fn -> fi })` and
// the dictionary `CON(K a1..an)` at top level) the call is `ai x y`: the same
// function with the same arguments, without the selector's steps (a push,
// two entries and a case per call). A field that only passes its arguments
// on to another global (`FUN(a b -> gtDouble a b)`) is followed to it. A
// local thunk that merely selects a known dictionary's superclass
// (`$dNum = THUNK($p1Real $fRealInt)`, which GHC's -O0 code builds for a
// generalised local function used at one type) stands for that dictionary
// in the code it scopes over. A comparison the program tests with a case
// or arithmetic whose result a case takes is inlined there
// (inline-operators.ts), as is one in tail position. Only the program's own code is
// rewritten; a name bound locally is never taken for a global.
import type {
  Alt,
  Atom,
  Binding,
  Expr,
  HeapObject,
} from "../ministg/ast.js";
import type { SourceBinding } from "../ministg/machine/compile.js";
import {
  type Operator,
  InlineNames,
  inlineCase,
  inlineTailCall,
  operatorShape,
} from "./inline-operators.js";
import { eagerArithmetic, strictConstructors } from "./eager-arith.js";
import {
  constantThunk,
  foldedLiteral,
  specialisedCall,
} from "./specialise.js";

interface Selector {
  readonly con: string;
  readonly index: number;
}

/** The bindings, those `rewrite` picks with their method calls resolved. */
export function resolveKnownMethods(
  sources: readonly SourceBinding[],
  rewrite: (sb: SourceBinding) => boolean,
): SourceBinding[] {
  const names = new InlineNames();
  const byName = new Map<string, Binding>();
  for (const sb of sources) byName.set(sb.binding.name, sb.binding);
  const selectors = new Map<string, Selector | null>();
  const selectorOf = (name: string): Selector | null => {
    let s = selectors.get(name);
    if (s === undefined) {
      s = selectorShape(byName.get(name)?.object);
      selectors.set(name, s);
    }
    return s;
  };
  const forwarders = new Map<string, string | null>();
  /** A global `FUN(x1..xn -> g x1..xn)` stands for g: followed to the end. */
  const follow = (name: string): string => {
    for (let hops = 0; hops < 8; hops++) {
      let g = forwarders.get(name);
      if (g === undefined) {
        g = forwarderShape(byName.get(name)?.object);
        if (g !== null && !byName.has(g)) g = null;
        forwarders.set(name, g);
      }
      if (g === null || g === name) return name;
      name = g;
    }
    return name;
  };
  /** The global an atom stands for: itself, or a local alias of a dictionary. */
  const globalOf = (a: Atom, env: Env): string | undefined =>
    a.kind !== "var"
      ? undefined
      : env.scope.has(a.name)
        ? env.aliases.get(a.name)
        : a.name;

  /** The global the call `sel d` comes to, if both are known. */
  const resolve = (sel: string, d: Atom, env: Env): string | undefined => {
    const global = globalOf(d, env);
    if (global === undefined) return undefined;
    const s = selectorOf(sel);
    if (s === null) return undefined;
    const dict = byName.get(global)?.object;
    if (dict?.kind !== "CON" || dict.con !== s.con) return undefined;
    const field = dict.args[s.index];
    return field?.kind === "var" && byName.has(field.name)
      ? follow(field.name)
      : undefined;
  };

  const operators = new Map<string, Operator | null>();
  /** The operator a global call comes to (forwarders followed), if any. */
  const operatorOf = (name: string): Operator | null => {
    let c = operators.get(name);
    if (c === undefined) {
      c = operatorShape(byName.get(follow(name))?.object);
      operators.set(name, c);
    }
    return c;
  };

  /** A call with its method selection resolved. */
  const app = (e: Expr & { kind: "app" }, env: Env): Expr => {
    const d = e.args[0]!;
    const pos = e.pos !== undefined ? { pos: e.pos } : {};
    if (!env.scope.has(e.fn)) {
      const s = specialisedCall(
        e.fn,
        e.args,
        (a) => globalOf(a, env),
        (n) => byName.has(n) && !env.scope.has(n),
        pos,
      );
      if (s !== undefined) return s;
    }
    const target = env.scope.has(e.fn) ? undefined : resolve(e.fn, d, env);
    if (target === undefined || env.scope.has(target)) return e;
    return e.args.length === 1
      ? { kind: "atom", atom: { kind: "var", name: target, ...pos }, ...pos }
      : { kind: "app", fn: target, args: e.args.slice(1), ...pos };
  };

  const expr = (e: Expr, env: Env): Expr => {
    const scope = env.scope;
    switch (e.kind) {
      case "atom":
      case "primop":
        return e;
      case "app": {
        const a = app(e, env);
        if (a.kind !== "app" || scope.has(a.fn)) return a;
        const c = operatorOf(a.fn);
        return (c === null ? undefined : inlineTailCall(c, a.args, names)) ?? a;
      }
      case "let": {
        // Conservative: every name of the let is in scope throughout. A
        // thunk that stands for a global dictionary does so wherever its
        // name is in scope, its own let included (GHC's nested lets come
        // merged into one).
        let inner = extend(
          env,
          e.binds.map((b) => b.name),
        );
        for (let found = true; found; ) {
          found = false;
          for (const b of e.binds) {
            if (inner.aliases.has(b.name)) continue;
            const g = aliasOf(b.object, inner);
            if (g === undefined) continue;
            const aliases = new Map(inner.aliases);
            aliases.set(b.name, g);
            inner = { scope: inner.scope, aliases };
            found = true;
          }
        }
        const r: Expr = {
          ...e,
          binds: e.binds.map((b) => ({
            ...b,
            object: object(b.object, inner),
          })),
          body: expr(e.body, inner),
        };
        return foldedLiteral(r) ?? r;
      }
      case "case": {
        // A call scrutinised is resolved but not inlined as a tail call:
        // the case may take it whole (below).
        const scrutinee =
          e.scrutinee.kind === "app"
            ? app(e.scrutinee, env)
            : expr(e.scrutinee, env);
        const alts = e.alts.map((a): Alt => {
            switch (a.kind) {
              case "con":
                return { ...a, body: expr(a.body, extend(env, a.vars)) };
              case "lit":
                return { ...a, body: expr(a.body, env) };
              case "default":
                return { ...a, body: expr(a.body, extend(env, [a.binder])) };
            }
          });
        if (scrutinee.kind === "app" && !scope.has(scrutinee.fn)) {
          const c = operatorOf(scrutinee.fn);
          const inlined =
            c === null ? undefined : inlineCase(c, scrutinee.args, alts, names);
          if (inlined !== undefined) return inlined;
        }
        return { ...e, scrutinee, alts };
      }
      case "stack":
        return { ...e, body: expr(e.body, env) };
    }
  };
  const object = (o: HeapObject, env: Env): HeapObject => {
    switch (o.kind) {
      case "FUN":
        return { ...o, body: expr(o.body, extend(env, o.params)) };
      case "THUNK": {
        const t: HeapObject = { ...o, body: expr(o.body, env) };
        return constantThunk(t) ?? t;
      }
      case "PAP":
      case "CON":
      case "ERROR":
      case "LIT":
        return o;
    }
  };

  /**
   * The global dictionary a local thunk stands for: `THUNK(g)` or
   * `THUNK(sel d)` whose selection resolves to g, g a top-level constructor.
   */
  const aliasOf = (o: HeapObject, env: Env): string | undefined => {
    if (o.kind !== "THUNK") return undefined;
    const b = o.body;
    let g: string | undefined;
    if (b.kind === "atom" && b.atom.kind === "var")
      g = env.scope.has(b.atom.name)
        ? env.aliases.get(b.atom.name)
        : b.atom.name;
    else if (b.kind === "app" && b.args.length === 1 && !env.scope.has(b.fn))
      g = resolve(b.fn, b.args[0]!, env);
    return g !== undefined && byName.get(g)?.object.kind === "CON"
      ? g
      : undefined;
  };

  const none: Env = { scope: new Set<string>(), aliases: new Map() };
  const resolved = sources.map((sb) =>
    rewrite(sb) ? object(sb.binding.object, none) : undefined,
  );
  const globalObject = (n: string) => byName.get(n)?.object;
  const strict = strictConstructors(
    sources.flatMap((sb, i) => {
      const o = resolved[i];
      return o === undefined ? [] : [{ ...sb.binding, object: o }];
    }),
    sources.filter((_, i) => resolved[i] === undefined).map((sb) => sb.binding.object),
    globalObject,
  );
  return sources.map((sb, i) => {
    const o = resolved[i];
    return o === undefined
      ? sb
      : {
          ...sb,
          binding: {
            ...sb.binding,
            object: eagerArithmetic(o, names, globalObject, strict),
          },
        };
  });
}

/** `FUN(x1..xn -> g x1..xn)`: g. */
function forwarderShape(o: HeapObject | undefined): string | null {
  if (o?.kind !== "FUN" || o.body.kind !== "app") return null;
  const { fn, args } = o.body;
  if (args.length !== o.params.length || o.params.includes(fn)) return null;
  return args.every((a, i) => a.kind === "var" && a.name === o.params[i])
    ? fn
    : null;
}

/** `FUN(d -> case d of { K x1..xn -> xi })`: K and i. */
function selectorShape(o: HeapObject | undefined): Selector | null {
  if (o?.kind !== "FUN" || o.params.length !== 1) return null;
  const d = o.params[0]!;
  const body = o.body;
  if (body.kind !== "case" || body.alts.length !== 1) return null;
  const s = body.scrutinee;
  if (s.kind !== "atom" || s.atom.kind !== "var" || s.atom.name !== d)
    return null;
  const alt = body.alts[0]!;
  if (alt.kind !== "con") return null;
  const r = alt.body;
  if (r.kind !== "atom" || r.atom.kind !== "var") return null;
  const index = alt.vars.lastIndexOf(r.atom.name);
  if (index < 0 || r.atom.name === d) return null;
  return { con: alt.con, index };
}

/** The names bound locally, and those of them known to be a global dictionary. */
interface Env {
  readonly scope: ReadonlySet<string>;
  readonly aliases: ReadonlyMap<string, string>;
}

/** `env` with `names` bound anew: in scope, no longer aliases. */
function extend(env: Env, names: readonly string[]): Env {
  if (names.length === 0) return env;
  const scope = new Set(env.scope);
  for (const n of names) scope.add(n);
  let aliases = env.aliases;
  if (names.some((n) => aliases.has(n))) {
    const m = new Map(aliases);
    for (const n of names) m.delete(n);
    aliases = m;
  }
  return { scope, aliases };
}
