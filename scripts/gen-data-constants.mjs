#!/usr/bin/env node
// Writes preludes/base/Data.Data+Constants.stg: the constants of base's
// Data instances that GHC's -O1 code refers to by their floated names
// (`toConstr Nothing` inlines to `Data.Data.$fDataMaybe12`). From the
// installed Data/Data.hi: a `DataRep` constant is `AlgRep` of a `[Constr]`
// constant, a list is `:` of Constr constants, and a Constr constant (no
// unfolding) is the constructor at its position in that list, which we
// take from our own instance (libraries/base/Data/Data.hs): `indexConstr
// (dataTypeOf (instance dictionary)) i`. A name another prelude file
// defines is left to it.
//   node scripts/gen-data-constants.mjs           write the file
//   node scripts/gen-data-constants.mjs --check   exit 1 when it differs
import { execFileSync } from "node:child_process";
import { showIface } from "./ghc-cache.mjs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { definedNames, writeGenerated } from "./generated-preludes.mjs";
import { globalName } from "../dist/lower/names.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "preludes/base");
const SUFFIX = "+Constants.stg";
const MOD = "Data.Data";
const check = process.argv.includes("--check");

const libdir = execFileSync("ghc", ["--print-libdir"], {
  encoding: "utf8",
}).trim();
const text = showIface(join(libdir, "base-4.15.1.0", "Data", "Data.hi"));

// name -> { type, info } for every top-level declaration
const decls = new Map();
const heads = [...text.matchAll(/^ {2}(\S+) ::/gm)];
heads.forEach((h, k) => {
  const end = k + 1 < heads.length ? heads[k + 1].index : text.length;
  const body = text
    .slice(h.index + h[0].length, end)
    .replace(/^[0-9a-f]{32}$/gm, "");
  const cut = body.search(/\n\s*\[|\n\s*DFunId/);
  const type = (cut < 0 ? body : body.slice(0, cut)).replace(/\s+/g, " ");
  const info = cut < 0 ? "" : body.slice(cut).replace(/\s+/g, " ");
  decls.set(h[1], { type: type.trim(), info });
});

const dfuns = [...decls.keys()].filter(
  (n) => n.startsWith("$fData") && decls.get(n).info.includes("DFunId"),
);
/** The instance a floated constant belongs to: the longest dfun prefix. */
function dfunOf(name) {
  let best = null;
  for (const d of dfuns)
    if (name.startsWith(d) && /^\d+$/.test(name.slice(d.length)))
      if (best === null || d.length > best.length) best = d;
  return best;
}
/** How many dictionaries a dfun takes (its context's constraints). */
function contextSize(dfun) {
  const t = decls.get(dfun).type.replace(/^forall [^.]*\. /, "");
  const arrow = t.indexOf("=>");
  if (arrow < 0) return 0;
  const ctx = t.slice(0, arrow).trim();
  if (!ctx.startsWith("(")) return 1;
  let depth = 0;
  let n = 1;
  for (const c of ctx.slice(1, -1)) {
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) n++;
  }
  return n;
}
function unfolding(name) {
  const m = /Unfolding: \((.*)\)\]/.exec(decls.get(name)?.info ?? "");
  return m === null ? null : m[1].replace(/@\S+/g, "").replace(/\s+/g, " ");
}
const enc = (occ) => globalName(MOD, occ);

const defined = definedNames(
  dir,
  (f) => f.endsWith(SUFFIX) || f.endsWith("+Unfoldings.stg"),
);
const lines = [];
const emit = (name, def) => {
  if (!defined.has(enc(name))) lines.push(`${enc(name)} = ${def};`);
};
for (const [name, d] of decls) {
  if (d.type !== "DataRep") continue;
  const dfun = dfunOf(name);
  const u = unfolding(name);
  const m = u === null ? null : /^AlgRep (\S+)$/.exec(u.trim());
  // only the instances our Data.Data has
  if (dfun === null || m === null || !defined.has(enc(dfun))) continue;
  emit(name, `CON(AlgRep_DataziData ${enc(m[1])})`);
  const dict = `${enc(dfun)}${" privNoDict_DataziData".repeat(contextSize(dfun))}`;
  let list = m[1];
  for (let i = 1; ; i++) {
    const lu = unfolding(list);
    const cm =
      lu === null ? null : /^GHC\.Types\.: (\S+) (.+)$/.exec(lu.trim());
    if (cm === null) break;
    const tail = cm[2].replace(/[()]/g, "").trim();
    const tailName = tail === "GHC.Types.[]" ? "nil" : enc(tail);
    emit(list, `CON(Cons ${enc(cm[1])} ${tailName})`);
    if (decls.get(cm[1])?.type === "Constr" && unfolding(cm[1]) === null)
      emit(
        cm[1],
        `THUNK(let { d = THUNK(${dict}) } in privConstrAt_DataziData d ${i})`,
      );
    if (tail === "GHC.Types.[]") break;
    list = tail;
  }
}
// The specialisations base's RULES name (`$fData[]_$cgmapQ @Char $dData =
// $fData[]_$s$cgmapQ`, `$fData[] @Char $dData = $fData[]_$s$fData[]`): the
// instance (or its method) at that type's dictionary.
// A specialisation that is another id under a cast (`$fData[]10 =
// $fData[]8 |> (... N:Const ...)`: gmapQl with its Const result, a
// newtype) makes that id, which has no unfolding, the same closure.
const DICTS = { "GHC.Types.Char": "$fDataChar", "GHC.Types.Int": "$fDataInt" };
/** The specialised dictionary of each specialised method: its STG. */
const specDicts = new Map();
for (const r of text.matchAll(
  /^\s*(\$fData[^\s_]*)(?:_\$c(\S+))? @(\S+) \$dData = (\S+)$/gm,
)) {
  const [, dfun, method, type, target] = r;
  if (!(type in DICTS) || !defined.has(enc(dfun))) continue;
  const dict = `${enc(dfun)} ${enc(DICTS[type])}`;
  specDicts.set(target, dict);
  const def =
    method === undefined
      ? `THUNK(${dict})`
      : `THUNK(let { d = THUNK(${dict}) } in ${enc(method)} d)`;
  emit(target, def);
  const under = /Unfolding: InlineRule \(0, True, True\) (\S+) `cast`/.exec(
    decls.get(target)?.info ?? "",
  );
  if (under !== null && !/Unfolding:/.test(decls.get(under[1])?.info ?? ""))
    emit(under[1], def);
}
// A `DataType` constant is the constructor of two others; a `TypeRep T`
// constant is T's TypeRep (mkTrCon of its TyCon).
for (const [name, d] of decls) {
  const dfun = dfunOf(name);
  if (dfun === null || !defined.has(enc(dfun))) continue;
  const u = unfolding(name);
  if (d.type === "DataType" && u !== null) {
    const m = /^DataType (\S+) (\S+)$/.exec(u.trim());
    if (m !== null)
      emit(name, `CON(DataType_DataziData ${enc(m[1])} ${enc(m[2])})`);
  }
  const t = /^Data\.Typeable\.Internal\.TypeRep (\S+)$/.exec(d.type);
  const dot = t === null ? -1 : t[1].lastIndexOf(".");
  const tc =
    t === null
      ? null
      : t[1] === "[]"
        ? globalName("GHC.Types", "$tc[]")
        : /^\(,*\)$/.test(t[1])
          ? globalName("GHC.Tuple", "$tc" + t[1])
          : /^(?:[A-Z]\w*\.)+[A-Z]\w*$/.test(t[1])
            ? globalName(t[1].slice(0, dot), "$tc" + t[1].slice(dot + 1))
            : null;
  if (tc !== null)
    emit(name, `THUNK(mkTrCon_DataziTypeableziInternal ${tc} nil)`);
}

// The workers of gmapM/gmapMp/gmapMo (`$w$cgmapM14`): the wrapper's
// unfolding unpacks the Monad (MonadPlus) dictionary and the value and
// calls the worker with some of the pieces; the worker here rebuilds them
// and calls our instance's method.
const MONAD = { 2: "bind", 4: "ret" };
const MONADPLUS = { 2: "monad", 3: "mzero", 4: "mplus" };
for (const [name, d] of decls) {
  // (`$fData[]_$s$cgmapMo`: the list instance's at Char, whose worker
  // takes no dictionary: it is the specialised one)
  const mm = /^(\$fData[^_]*)_(\$s)?\$c(gmapM|gmapMp|gmapMo)\d*$/.exec(name);
  if (mm === null || !defined.has(enc(mm[1]))) continue;
  if (mm[2] !== undefined && !specDicts.has(name)) continue;
  if (mm[2] === undefined && /\d$/.test(name)) continue;
  const um = /Unfolding: InlineRule \([^)]*\)\s*\((.*)\)\]/.exec(d.info);
  if (um === null) continue;
  const body = um[1];
  const params = [...body.matchAll(/\((\w+)\['Many\] ::/g)].map((x) => x[1]);
  const mAt = body.indexOf("@m :: ");
  const before = [...body.slice(0, mAt).matchAll(/\((\w+)\['Many\] ::/g)].map(
    (x) => x[1],
  );
  const roles = new Map();
  for (const pm of body.matchAll(
    /GHC\.Base\.C:(Monad|MonadPlus) ((?:\w+ )+)->/g,
  )) {
    const fields = pm[2].trim().split(" ");
    const table = pm[1] === "Monad" ? MONAD : MONADPLUS;
    fields.forEach((f, i) => {
      if (table[i + 1] !== undefined) roles.set(f, table[i + 1]);
    });
  }
  const [fParam, xParam] = params.slice(-2);
  roles.set(fParam, "f");
  roles.set(xParam, "x");
  // the value unpacked: `case x of b { Con a1 a2 -> ...}`
  let valueCon = null;
  const vc = new RegExp(
    `case ${xParam} of \\w+ \\{ (\\S+) ((?:\\w+ )+)->`,
  ).exec(body);
  if (vc !== null) {
    const fields = vc[2].trim().split(" ");
    valueCon = { con: vc[1], fields };
    fields.forEach((f) => roles.set(f, "field"));
  }
  const call =
    /(\$w(?:\$s)?\$c\w+) ((?:@\w+ )*)((?:\w+ )*?)@m ((?:\w+ ?)+)\s*\}/.exec(
      body,
    );
  if (call === null) continue;
  const ctx = call[3].trim().split(/\s+/).filter(Boolean);
  const args = call[4].trim().split(/\s+/);
  if (ctx.length !== before.length || args.some((a) => !roles.has(a))) continue;
  const ps = [...ctx.map((_, i) => `c${i + 1}`), ...args];
  // a piece the worker does not take (GHC found it unused: a leaf type's
  // gmapMp never calls f or mplus) is GHC's absent-argument error
  const r = (role) =>
    args.find((a) => roles.get(a) === role) ?? "absentErr_GHCziErr";
  const monad = `CON(CZCMonad_GHCziBase privNoDict_DataziData ${r("bind")} privNoDict_DataziData ${r("ret")})`;
  const lets = [`md = ${monad}`];
  let dictName = "md";
  if (mm[3] !== "gmapM") {
    lets.push(
      `mp = CON(CZCMonadPlus_GHCziBase privNoDict_DataziData md ${r("mzero")} ${r("mplus")})`,
    );
    dictName = "mp";
  }
  let x = r("x");
  if (valueCon !== null) {
    x = "v";
    const tuple = /^\((,+)\)$/.exec(valueCon.con);
    const q = /^((?:[A-Z]\w*\.)+)(.+)$/.exec(valueCon.con);
    let con;
    if (tuple !== null) con = `Z${tuple[1].length + 1}T`;
    else if (q !== null) con = globalName(q[1].slice(0, -1), q[2]);
    else continue;
    lets.push(`v = CON(${con} ${valueCon.fields.join(" ")})`);
  }
  lets.push(
    `d = THUNK(${specDicts.get(name) ?? `${enc(mm[1])} ${ps.slice(0, ctx.length).join(" ")}`})`,
  );
  emit(
    call[1],
    `FUN(${ps.join(" ")} ->\n  let { ${lets.join(";\n        ")} } in\n  ${enc(mm[3])} d ${dictName} ${r("f")} ${x})`,
  );
}

lines.sort();
const out = new Map([
  [
    `${MOD}${SUFFIX}`,
    `# Data.Data: the constants of base's Data instances -O1 code refers to\n` +
      `# (DataReps, constructor lists, constructors), read from the installed\n` +
      `# interface; generated by scripts/gen-data-constants.mjs; do not edit.\n\n` +
      lines.join("\n") +
      "\n",
  ],
]);
const differ = writeGenerated(dir, SUFFIX, out, check);
if (check && differ > 0) process.exit(1);
