// The dictionary of a class at known types (`Stream [Char] Identity Char`),
// as an expression of dictionary functions (`($fStream[]tok
// $fMonadIdentity)`), found as GHC finds it: the instance (from the
// interfaces' instance lists) whose head matches the types, its dfun
// applied to the dictionaries its context asks for, resolved the same way.
// Types are read from the interfaces' text: applications of qualified type
// constructors and type variables, lists `[T]`, tuples, parentheses.

const SYNONYMS = new Map([
  ["GHC.Base.String", "[GHC.Types.Char]"],
  ["GHC.IO.FilePath", "[GHC.Types.Char]"],
]);

/** A type: { con, args } for a constructor, { v } for a type variable. */
export function parseType(text, module = null) {
  const toks = text.match(/\[|\]|\(|\)|,|[^\s()[\],]+/g) ?? [];
  let at = 0;
  const app = () => {
    const items = [];
    for (;;) {
      const t = toks[at];
      if (t === undefined || t === ")" || t === "]" || t === ",") break;
      const a = atom();
      if (a === null) return null;
      items.push(a);
    }
    if (items.length === 0) return null;
    const [f, ...args] = items;
    if (args.length === 0) return f;
    if (f.v !== undefined) return null; // a variable applied: not needed here
    return { con: f.con, args: [...f.args, ...args] };
  };
  const atom = () => {
    const t = toks[at++];
    if (t === "[") {
      if (toks[at] === "]") {
        at++;
        return { con: "[]", args: [] };
      }
      const e = app();
      if (e === null || toks[at++] !== "]") return null;
      return { con: "[]", args: [e] };
    }
    if (t === "(") {
      const parts = [];
      for (;;) {
        const e = app();
        if (e === null) return null;
        parts.push(e);
        const c = toks[at++];
        if (c === ")") break;
        if (c !== ",") return null;
      }
      return parts.length === 1
        ? parts[0]
        : { con: `(${",".repeat(parts.length - 1)})`, args: parts };
    }
    if (t === undefined || /^[\])],?$/.test(t) || t.includes("#") || t === "->")
      return null;
    if (SYNONYMS.has(t)) return parseType(SYNONYMS.get(t));
    if (/^[a-z_]/.test(t)) return { v: t };
    // the interface prints its own module's names unqualified
    if (/^[A-Z]/.test(t))
      return {
        con: !t.includes(".") && module !== null ? `${module}.${t}` : t,
        args: [],
      };
    return null;
  };
  const e = app();
  return e !== null && at === toks.length ? e : null;
}

// Binds the pattern's variables to match `t`; false when they differ.
function match(p, t, subst) {
  if (p.v !== undefined) {
    const b = subst.get(p.v);
    if (b === undefined) {
      subst.set(p.v, t);
      return true;
    }
    return same(b, t);
  }
  if (t.v !== undefined || p.con !== t.con || p.args.length !== t.args.length)
    return false;
  return p.args.every((a, i) => match(a, t.args[i], subst));
}

function same(a, b) {
  if (a.v !== undefined || b.v !== undefined) return a.v === b.v;
  return (
    a.con === b.con &&
    a.args.length === b.args.length &&
    a.args.every((x, i) => same(x, b.args[i]))
  );
}

function substitute(t, subst) {
  if (t.v !== undefined) return subst.get(t.v) ?? t;
  return { con: t.con, args: t.args.map((a) => substitute(a, subst)) };
}

// `forall a. (C1 a, C2 a) => C t1 t2`: the context's constraints and head.
function splitDfunType(type) {
  let t = type.trim();
  for (;;) {
    const m = /^forall [^.]*\.\s*/.exec(t);
    if (m === null) break;
    t = t.slice(m[0].length);
  }
  let depth = 0;
  let arrow = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === "(" || t[i] === "[") depth++;
    else if (t[i] === ")" || t[i] === "]") depth--;
    else if (depth === 0 && t.startsWith("=>", i)) {
      arrow = i;
      break;
    }
  }
  if (arrow < 0) return { ctx: [], head: t };
  let ctx = t.slice(0, arrow).trim();
  const head = t.slice(arrow + 2).trim();
  const parts = [];
  if (ctx.startsWith("(") && ctx.endsWith(")")) {
    ctx = ctx.slice(1, -1);
    depth = 0;
    let start = 0;
    for (let i = 0; i < ctx.length; i++) {
      if (ctx[i] === "(" || ctx[i] === "[") depth++;
      else if (ctx[i] === ")" || ctx[i] === "]") depth--;
      else if (ctx[i] === "," && depth === 0) {
        parts.push(ctx.slice(start, i).trim());
        start = i + 1;
      }
    }
    parts.push(ctx.slice(start).trim());
  } else parts.push(ctx);
  return { ctx: parts, head };
}

/**
 * A resolver of dictionary types (the text of module `module`) to
 * expressions: `instancesOf(cls, tycons)` gives the instances [{ dfun
 * (qualified), type (its interface type), module (whose names it leaves
 * unqualified) }] of a class that the modules of the class and of the type
 * constructors declare. Gives null when no instance, or more than one,
 * matches, or a context does not resolve.
 */
export function dictionaryResolver(instancesOf) {
  const resolve = (type, module, depth) => {
    if (depth > 6) return null;
    const t = parseType(type, module);
    if (t === null || t.v !== undefined) return null;
    const found = [];
    for (const inst of instancesOf(t.con, tycons(t))) {
      const { ctx, head } = splitDfunType(inst.type);
      const h = parseType(head, inst.module);
      if (h === null || h.v !== undefined || h.con !== t.con) continue;
      const subst = new Map();
      if (match(h, t, subst)) found.push({ inst, ctx, subst });
    }
    if (found.length !== 1) return null;
    const { inst, ctx, subst } = found[0];
    const args = [];
    for (const c of ctx) {
      const ct = parseType(c, inst.module);
      if (ct === null || ct.v !== undefined) return null;
      const d = resolve(show(substitute(ct, subst)), null, depth + 1);
      if (d === null) return null;
      args.push(d);
    }
    return args.length === 0 ? inst.dfun : `(${inst.dfun} ${args.join(" ")})`;
  };
  return (type, module) => resolve(type, module, 0);
}

function tycons(t, out = new Set()) {
  if (t.v !== undefined) return out;
  for (const a of t.args) {
    if (a.con !== undefined) out.add(a.con);
    tycons(a, out);
  }
  return out;
}

function show(t) {
  if (t.v !== undefined) return t.v;
  if (t.con === "[]" && t.args.length === 1) return `[${show(t.args[0])}]`;
  if (/^\(,+\)$/.test(t.con) && t.args.length === t.con.length - 1)
    return `(${t.args.map(show).join(", ")})`;
  return t.args.length === 0
    ? t.con
    : `(${[t.con, ...t.args.map(show)].join(" ")})`;
}
