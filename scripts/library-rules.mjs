// Specialisations defined from the RULES of an interface file. GHC records
// every specialisation it makes of an exported function as a rule saying
// what the specialised copy equals:
//   "SC:link0" forall @a @k (sc :: Int#) ... (sc7 :: k).
//     link @k @a sc7 sc6 sc5 (Bin @k @a sc sc1 sc2 sc3 sc4)
//     = link_$slink2 @a @k sc sc1 sc2 sc3 sc4 sc5 sc6 sc7
//   "SPEC char @String @Identity _" forall @u ($dStream :: Stream String Identity Char).
//     Text.Parsec.Char.char @[Char] @Identity @u $dStream = $schar @u
// (SpecConstr's call patterns, SPECIALISE's dictionaries). Read backwards,
// each defines the specialisation: a function of the right-hand side's
// arguments, in their order, that calls the general function as the
// left-hand side does, with the constructor applications built and the
// dictionaries (bound by the rule, unused on its right) resolved to the
// instance's dictionary (resolveDict). Only rules whose sides are plain
// applications (unfolding.ts reads them) are used; the rest are left out.

/** The rules of an interface's text: { name, binders, lhs, rhs }. */
export function interfaceRules(text) {
  const lines = text.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^"((?:[^"\\]|\\.)*)"/.exec(lines[i]);
    if (head === null) continue;
    const block = [lines[i]];
    while (i + 1 < lines.length && /^ /.test(lines[i + 1]))
      block.push(lines[++i]);
    // the left side starts on the first line indented by two; the right
    // side after the ` = ` outside parentheses
    const lhsAt = block.findIndex((l, j) => j > 0 && /^ {2}\S/.test(l));
    if (lhsAt < 0) continue;
    const join = (ls) => ls.join(" ").replace(/\s+/g, " ").trim();
    const forall = join(block.slice(0, lhsAt));
    const at = forall.indexOf(" forall ");
    const sides = join(block.slice(lhsAt));
    const eq = topLevelEquals(sides);
    if (at < 0 || eq < 0) continue;
    out.push({
      name: head[1],
      binders: binders(forall.slice(at + 8)),
      lhs: sides.slice(0, eq).trim(),
      rhs: sides.slice(eq + 3).trim(),
    });
  }
  return out;
}

// Where ` = ` stands outside parentheses, or -1.
function topLevelEquals(t) {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && t.startsWith(" = ", i)) return i;
  }
  return -1;
}

// `@a @k (sc['Many] :: T) ... .`: the value binders and their types.
function binders(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "(") continue;
    let depth = 1;
    let j = i + 1;
    for (; j < text.length && depth > 0; j++)
      if (text[j] === "(") depth++;
      else if (text[j] === ")") depth--;
    const m = /^\(([^\s[]+)(?:\['\w+\])? :: (.*)\)$/.exec(text.slice(i, j));
    if (m !== null) out.push({ name: m[1], type: m[2].trim() });
    i = j - 1;
  }
  return out;
}

// Drops type applications `@T`, `@(T a)`, `@[T]` from an expression's text.
function dropTypeArgs(t) {
  for (let prev = ""; prev !== t;) {
    prev = t;
    t = t.replace(/ @\([^()]*(\([^()]*(\([^()]*\))*[^()]*\))*[^()]*\)/g, "");
    t = t.replace(/ @\[[^[\]]*(\[[^[\]]*\])*[^[\]]*\]/g, "");
  }
  return t.replace(/ @[^\s()[\]]+/g, "").trim();
}

/**
 * The specialisation a rule defines, as unfolding text
 * `\ (x1 :: T) ... -> lhs` for readUnfolding, with its name (the right
 * side's head, an occ of the module) and arity; null when the rule is not
 * of that shape or a dictionary does not resolve. `arity` is the
 * specialisation's arity in the interface (extra arguments are passed on).
 */
export function specialisationOf(rule, resolveDict, arityOf) {
  const rhs = dropTypeArgs(rule.rhs).split(" ");
  const [name, ...args] = rhs;
  if (!/^\$s|_\$s/.test(name) || name.includes(".")) return null;
  const byName = new Map(rule.binders.map((b) => [b.name, b]));
  if (args.some((a) => !byName.has(a)) || new Set(args).size !== args.length)
    return null;
  let lhs = ` ${dropTypeArgs(rule.lhs)} `;
  // the binders the right side does not pass are dictionaries
  for (const b of rule.binders) {
    if (args.includes(b.name)) continue;
    const dict = resolveDict(b.type);
    if (dict === null) return null;
    const re = new RegExp(
      `(?<=[\\s(])${b.name.replace(/[$]/g, "\\$")}(?=[\\s)])`,
      "g",
    );
    lhs = lhs.replace(re, dict);
  }
  const arity = arityOf(name);
  if (arity === null || arity < args.length) return null;
  const extra = Array.from(
    { length: arity - args.length },
    (_, i) => `eta${i + 1}`,
  );
  const params = [...args, ...extra];
  const body =
    extra.length === 0 ? lhs.trim() : `(${lhs.trim()}) ${extra.join(" ")}`;
  const text =
    params.length === 0
      ? body
      : `\\ ${params.map((p) => `(${p} :: x)`).join(" ")} -> ${body}`;
  return { name, text };
}
