// An internal function read backwards from an exported one that only
// repacks its result. containers' `partitionWithKey p m` unfolds to
//   case partition1 p m of wild { StrictPair.:*: x y -> (x, y) }
// (the work is done by `partition1`, which returns a strict pair); -O1 code
// calls `partition1` by name, which our containers do not have. When the
// exported function P is ours and its InlineRule is exactly that shape
// (its own arguments passed on in order, the one constructor's fields put
// in another constructor in order), the inner function X is
//   X args = case P args of (x, y) -> x :*: y
// with X's strict fields evaluated first, as its constructor wrapper does.

/**
 * The repack in an InlineRule (coreText: types and casts dropped):
 * { inner, arity, from: [con, n], to: [con, n] } (`from` the inner's result
 * constructor, `to` P's, as the interface prints them: `(,)` for a tuple),
 * or null.
 */
export function repackOf(core) {
  const m =
    /InlineRule \(\d+, \w+, \w+\) \(\\ (.*?) -> case (\S+) ([^{}]*?) ?of \w+ \{ (\S+) ([\w' ]*?) ?-> ([^{}]*) \}\)\]$/.exec(
      core,
    );
  if (m === null) return null;
  const params = [...m[1].matchAll(/\(([^\s[()]+)(?:\['\w+\])? ::/g)].map(
    (x) => x[1],
  );
  const args = m[3].trim() === "" ? [] : m[3].trim().split(" ");
  if (params.length === 0 || args.join(" ") !== params.join(" ")) return null;
  const vars = m[5].trim() === "" ? [] : m[5].trim().split(" ");
  const body = m[6].trim();
  let to;
  let outVars;
  const tuple = /^\((.*)\)$/.exec(body);
  if (tuple !== null && tuple[1].includes(",")) {
    outVars = tuple[1].split(",").map((s) => s.trim());
    to = `(${",".repeat(outVars.length - 1)})`;
  } else {
    [to, ...outVars] = body.split(" ");
  }
  if (
    vars.length === 0 ||
    outVars.join(" ") !== vars.join(" ") ||
    new Set(vars).size !== vars.length ||
    vars.some((v) => !/^[a-z_][\w']*$/.test(v))
  )
    return null;
  return {
    inner: m[2],
    arity: params.length,
    from: m[4],
    to,
    n: vars.length,
  };
}

/**
 * `X = FUN(a1 .. an -> case P a1 .. an of { To f1 .. fk -> From f1 .. fk })`
 * in miniSTG; `from`/`to` are { con (miniSTG name), fields } with fields
 * one letter each (`.` lazy, `s` strict) as inventory/constructors.json
 * writes them (a tuple's all lazy).
 */
export function repackInverse(name, outer, arity, from, to) {
  const ps = Array.from({ length: arity }, (_, i) => `a${i + 1}`);
  const fs = Array.from({ length: from.fields.length }, (_, i) => `f${i + 1}`);
  let body = `let { r = CON(${from.con} ${fs
    .map((f, i) => (from.fields[i] === "s" ? `${f}v` : f))
    .join(" ")}) } in r`;
  for (let i = fs.length - 1; i >= 0; i--)
    if (from.fields[i] === "s")
      body = `case ${fs[i]} of { ${fs[i]}v -> ${body} }`;
  return `${name} = FUN(${ps.join(" ")} ->\n  case ${outer} ${ps.join(" ")} of { ${to.con} ${fs.join(" ")} -> ${body} });`;
}
