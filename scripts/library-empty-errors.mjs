// Foldable's empty-structure errors an instance's -O1 code floats out:
// a constant of type `a` that always diverges (`Strictness: b`) and has no
// unfolding, used only by one method's code (`$w$cfoldl1`, `$cfoldr1`,
// `$cmaximum`, ...), is that method's `errorWithoutStackTrace
// "<method>: empty structure"` (base's message for every such default).
import { globalName } from "../dist/lower/names.js";

// (a numbered name's digits may be GHC's tie-breaker: `$w$cfoldl5`; foldl
// and foldr never fail on an empty structure, so theirs is foldl1's, foldr1's)
const METHOD = /\$c(foldl|foldr|maximum|minimum)1?\d*$/;
const MESSAGE = {
  foldl: "foldl1",
  foldr: "foldr1",
  maximum: "maximum",
  minimum: "minimum",
};

/**
 * The STG text of the module's empty-structure constants: `raw` is the
 * module's declarations (rawDecls), `mod` its name.
 */
export function emptyStructureErrors(mod, raw) {
  const out = new Map();
  for (const [occ, d] of raw) {
    if (d.type !== "a" || d.info.includes("Unfolding:")) continue;
    if (!/Strictness: b\b/.test(d.info)) continue;
    // who mentions it: one method, the same in every user
    const use = new RegExp(`(?<![\\w$'#])${escape(occ)}(?![\\w$'#])`);
    const methods = new Set();
    for (const [user, u] of raw)
      if (user !== occ && use.test(u.info))
        methods.add(METHOD.exec(user)?.[1] ?? null);
    if (methods.size !== 1 || methods.has(null)) continue;
    const method = MESSAGE[[...methods][0]];
    const name = globalName(mod, occ);
    out.set(
      name,
      `${name} = THUNK(let { msg = THUNK(unpackCStringzh_GHCziCString ` +
        `"${method}: empty structure") } in errorWithoutStackTrace_GHCziErr msg);`,
    );
  }
  return out;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
