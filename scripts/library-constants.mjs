// Floated-out constants of time, directory and stm whose unfolding is a
// constructor value that src/coverage/unfolding.ts does not read (it stops
// at tuple syntax, Char literals and Integers beyond Int64), for
// scripts/gen-o1-library-names.mjs:
//   `(GHC.Types.C# 'x'#)`             a Char      -> CON(C 'x')
//   `((a, b))` (casts allowed)         a pair      -> CON(Z2T a b)
//   `(1000000000000000000000000)`      an Integer  -> products and sums of
//                                                     Int64-sized ones
//   `(GHC.Word.W32# 146##)`            a Word32    -> CON(W32zh_GHCziWord 146w)
//   `(case $wf a b of ww { (#,#) x y -> K x y })`  a worker's result reboxed
// and two shapes of the showList helpers' InlineRules (`$fShowT1`):
//   `\ x s -> augment (\ c n -> foldr c n (f x)) s`   -> f x ++ s
//   `\ w s -> case w of ww { K a b -> $wf a b s }`     -> the same case
// (the defaultTimeLocale tables, the Read instances' lists of constructor
// names and parsers, the DiffTime resolutions, directory's write modes).
import { constructorName, globalName } from "../dist/lower/names.js";

const MODULE = String.raw`(?:[A-Z][A-Za-z0-9_']*\.)+`;

/**
 * `{ text, needs }` for the id `name` of module `mod` whose declaration has
 * type `type` and info `info` (the interface's text, types and casts
 * dropped), or null. `conFacts(printed)` is a constructor's miniSTG name and
 * field kinds (null if unknown or with unpacked fields); `arityOf(name)` a
 * defined function's arity (null if not defined yet).
 */
export function constantBinding(
  mod,
  name,
  type,
  info,
  localIds,
  conFacts,
  arityOf,
) {
  const at = info.indexOf("Unfolding: ");
  if (at < 0) return null;
  const u = info.slice(at + "Unfolding: ".length).replace(/\]\s*$/, "");
  const ch = /^\(GHC\.Types\.C# '([ -&(-[\]-~])'#\)$/.exec(u);
  if (ch !== null) return { text: `${name} = CON(C '${ch[1]}');`, needs: [] };
  const w32 = /^\(GHC\.Word\.W32# (\d+)##\)$/.exec(u);
  if (w32 !== null)
    return { text: `${name} = CON(W32zh_GHCziWord ${w32[1]}w);`, needs: [] };
  const big = /^\((\d+)\)$/.exec(u);
  if (big !== null && type === "GHC.Num.Integer.Integer") {
    const v = BigInt(big[1]);
    if (v < 2n ** 63n) return null;
    return { text: `${name} = THUNK(${bigInteger(v)});`, needs: BIG_NEEDS };
  }
  const pair = /^\(\((\S+) ?, (\S+) ?\)\)$/.exec(u);
  if (pair !== null) {
    const a = idName(pair[1], mod, localIds);
    const b = idName(pair[2], mod, localIds);
    if (a === null || b === null) return null;
    return {
      text: `${name} = CON(${constructorName("GHC.Tuple", "(,)")} ${a} ${b});`,
      needs: [a, b],
    };
  }
  const rebox =
    /^\(case (\S+) ((?:\S+ )*)of \w+ \{ \((#,+#)\) ((?:\w+ )+)-> (\S+) ((?:\w+ ?)+) \}\)$/.exec(
      u,
    );
  if (rebox !== null) {
    const fn = idName(rebox[1], mod, localIds);
    const args = rebox[2].trim().split(" ").filter(Boolean);
    const argNames = args.map((a) => idName(a, mod, localIds));
    const vars = rebox[4].trim().split(" ");
    const fields = rebox[6].trim().split(" ");
    const facts = conFacts(rebox[5]);
    if (
      fn === null ||
      argNames.includes(null) ||
      // (a worker returning an unboxed tuple: only a saturated call is one)
      arityOf(fn) !== args.length ||
      facts === null ||
      facts.fields.length !== vars.length ||
      vars.length !== rebox[3].length - 1 ||
      fields.join(" ") !== vars.join(" ")
    )
      return null;
    const rs = vars.map((_, i) => `r${i + 1}`).join(" ");
    return {
      text:
        `${name} = THUNK(case ${[fn, ...argNames].join(" ")} of { ` +
        `Z${vars.length}H ${rs} -> let { v = CON(${facts.con} ${rs}) } in v });`,
      needs: [fn, ...argNames],
    };
  }
  return inlineRule(name, u, mod, localIds, conFacts);
}

const BINDER = String.raw`\((\w+)\['Many\] :: [^()]*\)(?:\[OneShot\])?`;

const BINDER0 = String.raw`\(\w+\['Many\] :: [^()]*\)(?:\[OneShot\])?`;

function inlineRule(name0, u, mod, localIds, conFacts) {
  const app = new RegExp(
    String.raw`^InlineRule \(2, True, False\) \(\\ ${BINDER} ${BINDER} -> GHC\.Base\.augment \(\\ (?:\(\w+\['Many\] :: [^()]*\)(?:\[OneShot\])? ?)+-> GHC\.Base\.foldr \w+ \w+ \((\S+) \1\)\) \2\)$`,
  ).exec(u);
  if (app !== null) {
    const f = idName(app[3], mod, localIds);
    if (f === null) return null;
    return {
      text: `${name0} = FUN(x s -> let { t = THUNK(${f} x) } in zpzp_GHCziBase t s);`,
      needs: [f, "zpzp_GHCziBase"],
    };
  }
  const cs = new RegExp(
    String.raw`^InlineRule \((\d+), True, False\) \(\\ ((?:${BINDER0} ?)+)-> case (\w+) of \w+ \{ (\S+) ((?:\w+ )*)-> (\S+) ((?:\w+ ?)*) \}\)$`,
  ).exec(u);
  if (cs === null) return null;
  const params = [...cs[2].matchAll(/\((\w+)\['Many\]/g)].map((m) => m[1]);
  if (params.length !== Number(cs[1]) || !params.includes(cs[3])) return null;
  const fields = cs[5].trim().split(" ").filter(Boolean);
  const facts = conFacts(cs[4]);
  if (facts === null || facts.fields.length !== fields.length) return null;
  const f = idName(cs[6], mod, localIds);
  const args = cs[7].trim().split(" ").filter(Boolean);
  if (
    f === null ||
    args.some((a) => !params.includes(a) && !fields.includes(a))
  )
    return null;
  return {
    text:
      `${name0} = FUN(${params.join(" ")} -> case ${cs[3]} of { ` +
      `${facts.con} ${fields.join(" ")} -> ${[f, ...args].join(" ")} });`,
    needs: [f],
  };
}

const BIG_NEEDS = [
  "integerMul_GHCziNumziInteger",
  "integerAdd_GHCziNumziInteger",
];
const CHUNK = 10n ** 18n;

// v = hi * 10^18 + lo, built at run time from Int64-sized Integers.
function bigInteger(v) {
  const lo = v % CHUNK;
  const hi = v / CHUNK;
  const h =
    hi < 2n ** 63n
      ? `let { h = CON(IS_GHCziNumziInteger ${hi}) } in h`
      : bigInteger(hi);
  return (
    `let { hv = THUNK(${h}); c = CON(IS_GHCziNumziInteger ${CHUNK}); ` +
    `l = CON(IS_GHCziNumziInteger ${lo}); ` +
    `m = THUNK(integerMul_GHCziNumziInteger hv c) } in ` +
    `integerAdd_GHCziNumziInteger m l`
  );
}

// An id of the interface (qualified, or the module's own) as a global name.
function idName(printed, mod, localIds) {
  const q = new RegExp(`^(${MODULE})([a-z_$][^\\s]*)$`).exec(printed);
  if (q !== null) return globalName(q[1].slice(0, -1), q[2]);
  if (/^[a-z_$]/.test(printed) && localIds.has(printed))
    return globalName(mod, printed);
  return null;
}
