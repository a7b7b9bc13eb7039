// A worker read backwards from its wrapper's InlineRule, whatever the
// types: the wrapper takes its arguments apart (`case w1 of ww { Node ww4
// ww5 -> ... }`, a product type's fields, an Int's Int#) and calls the
// worker with the pieces, perhaps boxing its unboxed-tuple result again:
//   $fFoldableTree_$csum = \ w w1 -> case w1 of ww { Node ww4 ww5 -> $w$csum w ww4 ww5 }
//   splitS = \ w w1 w2 -> case $wsplitS w w1 w2 of ww { (#,#) a b -> a :*: b }
// so the worker is the wrapper with the pieces put together again:
//   $w$csum = FUN(w ww4 ww5 -> let { ww = CON(Node ww4 ww5) } in wrapper w ww)
//   $wsplitS = FUN(w w1 w2 -> case splitS w w1 w2 of { :*: a b -> (# a, b #) })
// Only when every argument of the wrapper can be rebuilt from what the
// worker gets (no field or argument absent: our wrapper may look at what
// GHC's did not), every piece passed once, and no class dictionary taken
// apart (a dictionary rebuilt from some methods is not the caller's).

/** Core text (coreText: types and casts dropped) into tokens. */
function tokens(core) {
  return (
    core
      // a tuple pattern or value `(a, b)` as `(,) a b`
      .replace(/\((\w[\w']*(?:, \w[\w']*)+)\)/g, (_, vs) => {
        const xs = vs.split(", ");
        return `(${",".repeat(xs.length - 1)}) ${xs.join(" ")}`;
      })
      .replace(/([{}])/g, " $1 ")
      .trim()
      .split(/\s+/)
  );
}

const VAR = /^[a-z_$][\w'$]*$/;

/**
 * The worker `worker` (occ) from the wrapper's InlineRule text, or null:
 * { params (the worker's, by Core name), boxes [[var, con, fields]] (the
 * wrapper's arguments rebuilt, innermost first), args (the wrapper's
 * arguments, by Core name), result: null | { con, n } (the wrapper's
 * result constructor whose n fields the worker returns unboxed, `(,)` for
 * a tuple; n = 1 and a boxing constructor for a worker returning Int#) }.
 * Constructors as the interface prints them; `lazyFields(con)` gives a
 * constructor's fields (`.` lazy, `s` strict, `u` unpacked) or null, and
 * `absent` the lazy fields the worker does not get.
 */
export function unpackedWorker(core, worker, lazyFields) {
  const m = /InlineRule \(\d+, \w+, \w+\) \(\\ (.*)\)\]$/.exec(core);
  if (m === null) return null;
  const text = m[1];
  // the value binders, then the body after the `->` ending them
  let depth = 0;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (depth === 0 && text.startsWith("-> ", i) && text[i + 3] !== "*") {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const args = [
    ...text.slice(0, end).matchAll(/\(([^\s[()]+)\['\w+\] ::/g),
  ].map((x) => x[1]);
  if (args.length === 0) return null;
  const toks = tokens(text.slice(end + 3));
  let at = 0;
  const next = () => toks[at++];
  const known = new Set(args);
  const alias = new Map(); // a case binder -> the variable it names
  const fieldsOf = new Map(); // a variable taken apart -> [con, fields]
  let call = null;
  let result = null;
  // body := case X of b { PAT -> body } | $w args
  const body = () => {
    if (toks[at] === "case") {
      at++;
      if (toks[at] === worker) {
        if (call !== null) return false;
        if (!workerCall()) return false;
        if (next() !== "of") return false;
        const b = next();
        if (next() !== "{") return false;
        const pat = next();
        if (pat === "DEFAULT") {
          if (next() !== "->") return false;
          const box = next();
          if (next() !== b || next() !== "}") return false;
          result = { con: box, n: 1 };
          return true;
        }
        if (!/^\(#,*#\)$/.test(pat)) return false;
        const n = pat.length - 3;
        const vs = toks.slice(at, at + n);
        at += n;
        if (next() !== "->") return false;
        const con = next();
        const outs = toks.slice(at, at + n);
        at += n;
        if (next() !== "}" || outs.join(" ") !== vs.join(" ")) return false;
        if (new Set(vs).size !== n || !vs.every((v) => VAR.test(v)))
          return false;
        result = { con, n };
        return true;
      }
      const x = resolve(next());
      if (x === null || fieldsOf.has(x)) return false;
      if (next() !== "of") return false;
      const b = next();
      if (next() !== "{") return false;
      const con = next();
      const fs = [];
      while (toks[at] !== "->" && at < toks.length) fs.push(next());
      next();
      if (!VAR.test(b) || !fs.every((f) => VAR.test(f))) return false;
      alias.set(b, x);
      if (con !== "DEFAULT") {
        if (con.startsWith("C:") || /\.C:/.test(con)) return false;
        fieldsOf.set(x, [con, fs]);
        for (const f of fs) known.add(f);
      } else if (fs.length > 0) return false;
      if (!body()) return false;
      return next() === "}";
    }
    if (toks[at] !== worker || call !== null) return false;
    return workerCall();
  };
  const resolve = (v) => {
    while (alias.has(v)) v = alias.get(v);
    return known.has(v) ? v : null;
  };
  const workerCall = () => {
    at++;
    const xs = [];
    while (
      at < toks.length &&
      toks[at] !== "of" &&
      toks[at] !== "}" &&
      VAR.test(toks[at])
    )
      xs.push(resolve(next()));
    if (xs.includes(null) || new Set(xs).size !== xs.length) return false;
    call = xs;
    return toks[at] === undefined || toks[at] === "of" || toks[at] === "}";
  };
  if (!body() || at !== toks.length || call === null) return null;
  // every wrapper argument rebuilt from the worker's; a lazy field the
  // worker does not get is one GHC's wrapper never looks at (absent)
  const have = new Set(call);
  const boxes = [];
  const absent = new Set();
  const rebuild = (v) => {
    if (have.has(v)) return true;
    const f = fieldsOf.get(v);
    if (f === undefined) return false;
    const lazy = lazyFields(f[0]);
    for (const [i, x] of f[1].entries()) {
      if (rebuild(x)) continue;
      if (fieldsOf.has(x) || lazy === null || lazy.length !== f[1].length)
        return false;
      if (lazy[i] !== ".") return false;
      absent.add(x);
      have.add(x);
    }
    boxes.push([v, f[0], f[1]]);
    have.add(v);
    return true;
  };
  if (!args.every(rebuild)) return null;
  return { params: call, boxes, args, result, absent };
}
