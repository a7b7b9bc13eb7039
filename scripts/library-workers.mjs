// GHC's worker/wrapper split, undone for -O1 callers: user code compiled
// at -O1 against a library calls the worker `$wf` of an exported `f` with
// the arguments unboxed (a strict ByteString as its four UNPACKed fields,
// an Int as Int#, ...) and may expect an unboxed result ((# a, b #) for a
// pair, (# x, xs #) for a non-empty list, Word# for a Word8). From the
// installed interface's types of `f` and `$wf` this writes `$wf` as a call
// of our `f`: the arguments are boxed again and the result unboxed as the
// worker's type says. A worker whose type does not line up with its
// wrapper's by these rules is left out (and reported by the caller).

// Splits a type at its top-level arrows (after foralls and a context), or
// null for a type with a context after an argument (`Monad m => Bool ->
// ParseTime t => m t`): its dictionary is an argument in the middle, which
// these rules do not place.
export function splitArrows(type) {
  const noForall = (t) => {
    for (;;) {
      const m = /^forall [^.]*\.\s*/.exec(t);
      if (m === null) return t;
      t = t.slice(m[0].length).trim();
    }
  };
  let t = noForall(type.trim());
  const ctx = topLevel(t, "=>");
  if (ctx.slice(0, -1).some((c) => topLevel(noForall(c), "->").length > 1))
    return null;
  t = noForall(ctx[ctx.length - 1]);
  return topLevel(t, "->").map((p) => stripParens(p.trim()));
}

function topLevel(t, sep) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && t.startsWith(sep, i)) {
      out.push(t.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(t.slice(start));
  return out.map((s) => s.trim());
}

function stripParens(t) {
  while (t.startsWith("(") && !t.startsWith("(#") && t.endsWith(")")) {
    const inner = t.slice(1, -1);
    if (inner.trim() === "" || topLevel(inner, ",").length > 1) return t;
    let depth = 0;
    let ok = true;
    for (const c of inner) {
      if (c === "(" || c === "[") depth++;
      else if (c === ")" || c === "]") depth--;
      if (depth < 0) ok = false;
    }
    if (!ok) return t;
    t = inner.trim();
  }
  return t;
}

// Components of a boxed tuple type `(a, b)` or an unboxed one `(# a, b #)`.
function tupleParts(t, unboxed) {
  if (unboxed) {
    if (!t.startsWith("(#") || !t.endsWith("#)")) return null;
    return topLevel(t.slice(2, -2), ",");
  }
  if (t.startsWith("(#") || !t.startsWith("(") || !t.endsWith(")")) return null;
  const parts = topLevel(t.slice(1, -1), ",");
  return parts.length > 1 ? parts : null;
}

const SYNONYMS = {
  "Foreign.C.String.CStringLen":
    "(GHC.Ptr.Ptr Foreign.C.Types.CChar, GHC.Types.Int)",
  "Foreign.C.String.CString": "GHC.Ptr.Ptr Foreign.C.Types.CChar",
  "GHC.Base.String": "[GHC.Types.Char]",
};
// The interface prints the module's own type names unqualified.
let ownModule = "";
const expand = (t) => {
  t = SYNONYMS[t] ?? t;
  return /^[A-Z][A-Za-z0-9_']*$/.test(t) ? `${ownModule}.${t}` : t;
};

// A boxed type and the unboxed fields GHC's worker takes for it, with the
// constructor that boxes them.
const UNBOXED = [
  {
    boxed: /^Data\.ByteString\.Internal\.ByteString$/,
    fields: [
      "GHC.Prim.Addr#",
      "GHC.ForeignPtr.ForeignPtrContents",
      "GHC.Prim.Int#",
      "GHC.Prim.Int#",
    ],
    con: "PS_DataziByteStringziInternal",
  },
  { boxed: /^GHC\.Types\.Int$/, fields: ["GHC.Prim.Int#"], con: "I" },
  {
    boxed: /^GHC\.Int\.Int64$/,
    fields: ["GHC.Prim.Int#"],
    con: "I64zh_GHCziInt",
  },
  {
    boxed: /^GHC\.Word\.Word8$/,
    fields: ["GHC.Prim.Word#"],
    con: "W8zh_GHCziWord",
  },
  { boxed: /^GHC\.Types\.Word$/, fields: ["GHC.Prim.Word#"], con: "W" },
  { boxed: /^GHC\.Types\.Char$/, fields: ["GHC.Prim.Char#"], con: "C" },
  { boxed: /^GHC\.Ptr\.Ptr /, fields: ["GHC.Prim.Addr#"], con: "Ptr_GHCziPtr" },
];

const STATE = "GHC.Prim.State# GHC.Prim.RealWorld";

class Gen {
  n = 0;
  lets = [];
  fresh(p) {
    return `${p}${++this.n}`;
  }
}

// Matches wrapper argument type `a` against the worker's argument types
// from index i: the worker's parameter names used and the expression (a
// variable) that is the wrapper's argument; null when they do not match.
function matchArg(g, a, ws, i) {
  a = expand(a);
  if (ws[i] !== undefined && expand(ws[i]) === a) {
    const v = g.fresh("x");
    return { params: [v], value: v, used: 1 };
  }
  for (const u of UNBOXED) {
    if (!u.boxed.test(a)) continue;
    const k = u.fields.length;
    if (u.fields.every((f, j) => ws[i + j] === f)) {
      const ps = u.fields.map(() => g.fresh("u"));
      const v = g.fresh("b");
      g.lets.push(`${v} = CON(${u.con} ${ps.join(" ")})`);
      return { params: ps, value: v, used: k };
    }
  }
  const parts = tupleParts(a, false);
  if (parts !== null) {
    const params = [];
    const vals = [];
    let used = 0;
    for (const p of parts) {
      const m = matchArg(g, p, ws, i + used);
      if (m === null) return null;
      params.push(...m.params);
      vals.push(m.value);
      used += m.used;
    }
    const v = g.fresh("t");
    g.lets.push(`${v} = CON(Z${parts.length}T ${vals.join(" ")})`);
    return { params, value: v, used };
  }
  return null;
}

// The code that turns `v` (of wrapper result type r) into the worker's
// result type w, as a continuation-passing expression builder; null when
// they do not line up.
function convertResult(g, r, w, v) {
  r = expand(r);
  if (r === w) return v;
  for (const u of UNBOXED) {
    if (u.boxed.test(r) && u.fields.length === 1 && w === u.fields[0]) {
      const x = g.fresh("r");
      return `case ${v} of { ${u.con} ${x} -> ${x} }`;
    }
  }
  const wParts = tupleParts(w, true);
  if (wParts === null) return null;
  const rParts = tupleParts(r, false);
  if (rParts !== null && rParts.length === wParts.length) {
    const xs = rParts.map(() => g.fresh("c"));
    const inner = rParts.map((p, j) => [p, wParts[j], xs[j]]);
    return unboxAll(
      g,
      inner,
      (ys) => {
        const t = g.fresh("z");
        return `let { ${t} = CON(Z${wParts.length}H ${ys.join(" ")}) } in ${t}`;
      },
      `case ${v} of { Z${rParts.length}T ${xs.join(" ")} -> `,
      " }",
    );
  }
  // a non-empty list returned as (# head, tail #)
  const list = /^\[(.*)\]$/.exec(r);
  if (
    list !== null &&
    wParts.length === 2 &&
    wParts[0] === list[1] &&
    wParts[1] === r
  ) {
    const h = g.fresh("h");
    const t = g.fresh("l");
    const z = g.fresh("z");
    return `case ${v} of { Cons ${h} ${t} -> let { ${z} = CON(Z2H ${h} ${t}) } in ${z} }`;
  }
  return null;
}

function unboxAll(g, items, k, open, close) {
  // items: [boxedType, unboxedType, var]; every one must be identical or a
  // one-field unboxing.
  const ys = [];
  let pre = "";
  let post = "";
  for (const [r, w, x] of items) {
    if (expand(r) === w) {
      ys.push(x);
      continue;
    }
    const u = UNBOXED.find(
      (u) =>
        u.boxed.test(expand(r)) && u.fields.length === 1 && u.fields[0] === w,
    );
    if (u === undefined) return null;
    const y = g.fresh("y");
    pre += `case ${x} of { ${u.con} ${y} -> `;
    post += " }";
    ys.push(y);
  }
  return open + pre + k(ys) + post + close;
}

// `$wf = FUN(...)` in miniSTG, or null. wrapperType/workerType are the
// interface's types; target/wrapper are the Z-encoded global names.
export function workerFromWrapper(
  mod,
  wrapperType,
  workerType,
  target,
  wrapper,
) {
  ownModule = mod;
  const as = splitArrows(wrapperType);
  const wsSplit = splitArrows(workerType);
  if (as === null || wsSplit === null) return null;
  const ws = wsSplit.map(expand);
  const aRes = expand(as.pop());
  const wRes = ws.pop();
  const g = new Gen();
  const params = [];
  const args = [];
  let i = 0;
  for (const a of as) {
    const m = matchArg(g, a, ws, i);
    if (m === null) return null;
    params.push(...m.params);
    args.push(m.value);
    i += m.used;
  }
  let io = false;
  let r = aRes;
  let w = wRes;
  const ioM = /^GHC\.Types\.IO (.*)$/.exec(aRes);
  if (ioM !== null && ws[i] === STATE) {
    const wt = tupleParts(wRes, true);
    if (wt === null || wt.length !== 2 || wt[0] !== STATE) return null;
    io = true;
    i++;
    r = stripParens(ioM[1]);
    w = wt[1];
    params.push("s");
  }
  if (i !== ws.length) return null;
  const call = `${wrapper}${args.length > 0 ? " " + args.join(" ") : ""}${io ? " s" : ""}`;
  let body;
  if (io) {
    const x = g.fresh("v");
    const conv = convertResult(g, r, w, x);
    if (conv === null) return null;
    const z = g.fresh("z");
    body =
      conv === x
        ? call
        : `case ${call} of { Z1H ${x} -> case ${conv} of { ${z}v -> let { ${z} = CON(Z1H ${z}v) } in ${z} } }`;
  } else {
    const x = g.fresh("v");
    const conv = convertResult(g, r, w, x);
    if (conv === null) return null;
    body = conv === x ? call : `case ${call} of { ${x} -> ${conv} }`;
  }
  if (g.lets.length > 0) body = `let { ${g.lets.join("; ")} } in ${body}`;
  if (params.length === 0) return null;
  return `${target} = FUN(${params.join(" ")} ->\n  ${body});`;
}
