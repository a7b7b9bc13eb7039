// An instance's dictionary (a DFun) that no prelude file defines, read as
// Core: `DFun: @a (v :: Ord a). @(Max a) f1 f2 ...` is the lambda
// `\ @a (v :: Ord a) -> C:Monoid @(Max a) f1 f2 ...` (the class's data
// constructor applied to the fields, each any Core expression), which
// library-core.mjs then defines like any unfolding.

/**
 * The declaration `d` ({ type, info }) with its DFun unfolding written as a
 * plain one, or null (no DFun, or a class GHC represents by its one
 * method, which has no constructor).
 */
export function dfunAsCore(d, classFields) {
  const at = d.info.indexOf("Unfolding: DFun:");
  if (at < 0) return null;
  const body = d.info
    .slice(at + "Unfolding: DFun:".length)
    .replace(/\]\s*$/, "")
    .trim();
  // the binders end at the first `.` outside parentheses that ends a word
  // (not a qualified name's: `@c :: GHC.Generics.Meta`)
  let depth = 0;
  let dot = -1;
  for (let i = 0; i < body.length && dot < 0; i++) {
    const c = body[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "." && depth === 0 && !/[A-Za-z_]/.test(body[i + 1] ?? ""))
      dot = i;
  }
  if (dot < 0) return null;
  // the class: the head of the type after its context
  const head = d.type.slice(d.type.lastIndexOf("=>") + 1).replace(/^>?\s*/, "");
  const cls = /^\S+/.exec(head)?.[0];
  if (cls === undefined) return null;
  const q = /^((?:[A-Z][\w']*\.)*)([A-Z][\w']*)$/.exec(cls);
  if (q === null) return null;
  const fields = classFields(q[1].slice(0, -1) || null, q[2]);
  if (fields === null || fields < 2) return null;
  const con = `${q[1]}C:${q[2]}`;
  const binders = body.slice(0, dot).trim();
  const app = `${con} ${body.slice(dot + 1).trim()}`;
  const core = binders === "" ? `(${app})` : `(\\ ${binders} -> ${app})`;
  return {
    type: d.type,
    info: `${d.info.slice(0, at)}Unfolding: ${core}]`,
  };
}
