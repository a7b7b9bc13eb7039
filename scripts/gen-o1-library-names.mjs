#!/usr/bin/env node
// Writes preludes/base/<Module>+LibraryO1.stg: internal names of the
// libraries that ship with GHC (containers, transformers, mtl, parsec,
// bytestring, text, deepseq, pretty) which -O1 code reaches through the
// exposed unfoldings of ANY of their ids, not only those of the -O1
// surface (inventory/surface.json leaves out, e.g., the Data instances,
// whose class is not in the Prelude's scope). Read from the installed
// interface files, defined where no other prelude defines them:
//   - an id whose unfolding is another id under a cast (an alias);
//   - a simple unfolding (src/coverage/unfolding.ts), as gen-o1-unfoldings;
//   - a dictionary field `$fCT_$cm` (DFun unfolding), selected from our
//     dictionary, as gen-everyday-methods;
//   - a tycon's TypeRep (`case $wmkTrCon ... of (#,,,,#) -> TrTyCon ...`);
//   - a worker `$w...` of a wrapper whose InlineRule calls it, as the
//     wrapper with the arguments boxed again (scripts/library-workers.mjs),
//     the instance's dictionaries passed through; a bottoming wrapper's
//     `Void#` worker; Data's gmapMp/gmapMo workers (which take the Monad's
//     >>= and return and the MonadPlus's mzero and mplus instead of its
//     dictionary) over Data.Data's gmapMpWith/gmapMoWith; a worker of
//     any wrapper whose InlineRule only takes product arguments apart and
//     reboxes the result (scripts/library-unpacked.mjs);
//   - a specialisation `$s...`, from the RULES saying what it equals
//     (scripts/library-rules.mjs; dictionaries: scripts/library-dicts.mjs);
//   - an internal an exported function only repacks the result of
//     (scripts/library-repack.mjs).
//   - an absent-argument filler (`absentError` on a message literal) GHC
//     puts in the dictionaries it builds (scripts/library-absent.mjs).
// Run after the library generators (gen-containers, gen-library-preludes)
// and before gen-o1-aliases, gen-o1-unfoldings, gen-everyday-methods and
// gen-o1-library-core (which defines what all of them leave),
// whose files it ignores (they define what it leaves).
//   node scripts/gen-o1-library-names.mjs           write the files
//   node scripts/gen-o1-library-names.mjs --check   exit 1 when a file differs
// Needs `npm run build` first (it uses dist/).
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  O1_LIBRARIES,
  packageInterfaces,
  rawDecls,
  showIface,
} from "./library-interfaces.mjs";
import {
  defineWhenReady,
  holdsField,
  writeGenerated,
} from "./generated-preludes.mjs";
import { workerFromWrapper } from "./library-workers.mjs";
import { interfaceRules, specialisationOf } from "./library-rules.mjs";
import { dictionaryResolver } from "./library-dicts.mjs";
import { repackOf, repackInverse } from "./library-repack.mjs";
import { unpackedWorker } from "./library-unpacked.mjs";
import { absentFiller } from "./library-absent.mjs";
import { constantBinding } from "./library-constants.mjs";
import {
  globalName,
  splitQualified,
  constructorName,
} from "../dist/lower/names.js";
import { parseIface } from "../dist/coverage/iface.js";
import { parseStg } from "../dist/ministg/parse.js";
import { refusedNames } from "../dist/preludes/refused.js";
import { unfoldingBinding, NIL } from "../dist/coverage/unfolding-stg.js";
import { readUnfolding } from "../dist/coverage/unfolding.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "preludes/base");
// --base: base's own internal names (ghc-prim, ghc-bignum, base) into
// Module+IfaceO1.stg (scripts/gen-o1-base-names.mjs runs this mode).
const BASE = process.argv.includes("--base");
const SUFFIX = BASE ? "+IfaceO1.stg" : "+LibraryO1.stg";
const check = process.argv.includes("--check");
const PACKAGES = O1_LIBRARIES;
const SCANNED = BASE ? ["ghc-prim", "ghc-bignum", "base"] : PACKAGES;

// Every definition of the other prelude files (not the generators that run
// after this one): name -> its object.
const defs = new Map();
for (const f of readdirSync(dir)) {
  if (!f.endsWith(".stg") || f.endsWith(SUFFIX)) continue;
  // (base's names never need the libraries'; the libraries' see base's)
  if (BASE && /\+Library(O1|Core)\.stg$/.test(f)) continue;
  const text = readFileSync(join(dir, f), "utf8");
  if (
    !BASE &&
    /scripts\/gen-(o1-(aliases|unfoldings|library-core)|everyday-methods)/.test(
      text.slice(0, 300),
    )
  )
    continue;
  const prog = parseStg(text, { file: f, dialect: "extended" });
  for (const b of prog.bindings) defs.set(b.name, b);
}
const defined = new Set(defs.keys());
for (const q of refusedNames().keys()) defined.add(enc(q));
const arity = (b) => (b.object.kind === "FUN" ? b.object.params.length : 0);

function enc(q) {
  const { module, occ } = splitQualified(q);
  return globalName(module, occ);
}

// One declaration's lines as the interface prints them, or undefined.
function declText(text, occ) {
  const at = text.indexOf(`\n  ${occ} ::`);
  if (at < 0) return undefined;
  const end = text.slice(at + 1).search(/\n(?! {3}| {2}\[)/);
  return end < 0 ? undefined : text.slice(at + 1, at + 1 + end);
}

// The declarations' text: occ -> { type, info } (one line each: the
// interface's whitespace runs collapsed).
function collapsedDecls(text) {
  const out = new Map();
  for (const [occ, d] of rawDecls(text))
    out.set(occ, { type: d.type, info: d.info.replace(/\s+/g, " ").trim() });
  return out;
}

// Class facts (superclass count, methods) of the classes instances use.
const classCache = new Map();
const baseIfaces = packageInterfaces("base");
function classFacts(cls) {
  const { module, occ } = splitQualified(cls);
  if (!classCache.has(module)) {
    const hi = baseIfaces.get(module) ?? allIfaces.get(module);
    classCache.set(module, hi === undefined ? null : parseIface(showIface(hi)));
  }
  return classCache.get(module)?.classes.get(occ);
}

const allIfaces = new Map();
const modules = [];
// (--base leaves out the primops, the RTS's and the IO manager's internals
// and Handle/Device/Buffer internals: not everyday code's, and partly refused)
const LEFT_OUT =
  /^(GHC\.Prim|GHC\.PrimopWrappers|GHC\.Stats|System\.Posix\.Internals|GHC\.Event(\..*)?|GHC\.IO\.(Buffer|Device|FD|Handle\.Internals|Handle\.Lock.*))$/;
// the packages whose constructor-valued constants library-constants.mjs reads
const CONSTANT_PACKAGES = new Set(["time", "directory", "stm"]);
const constantModules = new Set();
for (const pkg of SCANNED)
  for (const [mod, hi] of packageInterfaces(pkg)) {
    allIfaces.set(mod, hi);
    if (!(BASE && LEFT_OUT.test(mod))) modules.push(mod);
    if (CONSTANT_PACKAGES.has(pkg)) constantModules.add(mod);
  }

// The libraries' constructors: `Module.K` -> [tag, fields].
const constructors = JSON.parse(
  readFileSync(join(root, "inventory/constructors.json"), "utf8"),
);
// A constructor as the interface prints it (qualified, or the module's own
// unqualified, or a tuple `(,)`): its miniSTG name and lazy/strict fields;
// null for one with unpacked fields or not in the inventory.
function conFacts(mod, printed) {
  const tuple = /^\((,+)\)$/.exec(printed);
  if (tuple !== null) {
    const n = tuple[1].length + 1;
    return { con: `Z${n}T`, fields: ".".repeat(n) };
  }
  const q = /^[A-Z][\w']*(\.[A-Z][\w']*)*\.[^.]/.test(printed)
    ? printed
    : `${mod}.${printed}`;
  const c = constructors[q];
  if (c === undefined || c[1].includes("u")) return null;
  const { module, occ } = splitQualified(q);
  return { con: constructorName(module, occ), fields: c[1] };
}

// Instances, for the dictionaries specialisations are made at: those the
// modules of a class and of the type constructors declare.
const primIfaces = packageInterfaces("ghc-prim");
const instanceCache = new Map();
function moduleInstances(module) {
  if (!instanceCache.has(module)) {
    const hi =
      allIfaces.get(module) ?? baseIfaces.get(module) ?? primIfaces.get(module);
    let list = [];
    if (hi !== undefined) {
      const text = showIface(hi);
      const raw = collapsedDecls(text);
      list = parseIface(text).instances.flatMap((i) => {
        const occ = splitQualified(i.dfun).occ;
        const d = raw.get(occ);
        return d === undefined
          ? []
          : [{ cls: i.cls, dfun: i.dfun, type: d.type, module }];
      });
    }
    instanceCache.set(module, list);
  }
  return instanceCache.get(module);
}
const resolveDict = dictionaryResolver((cls, tycons) => {
  const mods = new Set(
    [cls, ...tycons]
      .filter((q) => q.includes("."))
      .map((q) => splitQualified(q).module),
  );
  return [...mods].flatMap((m) =>
    moduleInstances(m).filter((i) => i.cls === cls),
  );
});

// Candidates: name -> { module, text, needs }; resolved to a fixed point.
const candidates = new Map();
function candidate(module, name, text, needs) {
  if (defined.has(name) || candidates.has(name)) return;
  // (GHC.Types' `$tc~P#1`: names.ts does not decode `~`'s `z7eU` back)
  if (name.includes("z7eU")) return;
  candidates.set(name, { module, text, needs });
}

// A candidate's arity, from its text (null when there is none).
function candidateArity(c) {
  if (c === undefined) return null;
  const m = /^\S+ = (FUN\(([^-]*)->|THUNK\(|CON\()/.exec(c.text);
  if (m === null) return null;
  return m[2] === undefined ? 0 : m[2].trim().split(/\s+/).length;
}

// Type applications and casts dropped, whitespace normalised.
function coreText(info) {
  let t = info.replace(
    /`cast` \([^()]*(\([^()]*(\([^()]*\))*[^()]*\))*[^()]*\)/g,
    "",
  );
  for (let prev = ""; prev !== t;) {
    prev = t;
    t = t.replace(/ @\([^()]*(\([^()]*\))*[^()]*\)/g, "");
  }
  return t.replace(/ @[^\s()]+/g, "").replace(/\s+/g, " ");
}

function dictCount(type) {
  let t = type.replace(/^forall [^.]*\. /, "");
  let depth = 0;
  let arrow = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (depth === 0 && t.startsWith("->", i)) break;
    else if (depth === 0 && t.startsWith("=>", i)) {
      arrow = i;
      break;
    }
  }
  if (arrow < 0) return { n: 0, ctx: "" };
  const ctx = t.slice(0, arrow).trim();
  if (!(ctx.startsWith("(") && ctx.endsWith(")"))) return { n: 1, ctx };
  let n = 1;
  depth = 0;
  for (const c of ctx.slice(1, -1)) {
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) n++;
  }
  return { n, ctx };
}

for (const mod of modules) {
  const text = showIface(allIfaces.get(mod));
  const iface = parseIface(text);
  const raw = collapsedDecls(text);
  // (the module's own ids and constructors are printed unqualified)
  const localIds = new Set([
    ...[...raw.keys()].map((o) => o.replace(/^\((.*)\)$/, "$1")),
    ...iface.cons.keys(),
  ]);
  // an operator's declaration is `(>$<) :: ...`
  const g = (occ) => globalName(mod, occ.replace(/^\((?![,#)])(.*)\)$/, "$1"));
  const clsOf = new Map(iface.instances.map((i) => [i.dfun, i.cls]));
  for (const [occ, id] of iface.ids) {
    const name = g(occ);
    if (defined.has(name)) continue;
    if (id.alias !== undefined)
      candidate(mod, name, `${name} = THUNK(${enc(id.alias)});`, [
        enc(id.alias),
      ]);
    else {
      // parseIface reads an unfolding naming the module's own constructors
      // unqualified as not simple: read it again knowing them
      const info = raw.get(occ)?.info ?? "";
      const at = info.indexOf("Unfolding:");
      const u =
        id.unfolding ??
        (at < 0 || id.dfunFields !== undefined
          ? null
          : readUnfolding(info.slice(at), mod, localIds));
      // (an absent-argument filler's message literal has escapes)
      const f = absentFiller(name, info, (o) => declText(text, o), g);
      if (f !== null) {
        candidate(mod, f.msg.name, f.msg.text, []);
        candidate(mod, name, f.text, f.needs);
        continue;
      }
      // (a Natural's literal prints as an Integer's: not taken for one)
      const naturalLiteral =
        u?.kind === "integer" &&
        raw.get(occ)?.type === "GHC.Num.Natural.Natural";
      const b = u === null || naturalLiteral ? null : unfoldingBinding(name, u);
      if (b !== null) candidate(mod, name, b, globals(u));
      else if (constantModules.has(mod)) {
        const d = raw.get(occ);
        const c =
          d === undefined
            ? null
            : constantBinding(
                mod,
                name,
                d.type,
                coreText(d.info),
                localIds,
                (c) => conFacts(mod, c),
                (n) =>
                  defs.has(n)
                    ? arity(defs.get(n))
                    : candidateArity(candidates.get(n)),
              );
        if (c !== null) candidate(mod, name, c.text, c.needs);
      }
    }
  }
  // dictionary fields, selected from our dictionary
  for (const [occ, id] of iface.ids) {
    if (id.dfunFields === undefined) continue;
    const dq = `${mod}.${occ}`;
    const db = defs.get(g(occ));
    const cls = clsOf.get(dq);
    if (db === undefined || cls === undefined) continue;
    const facts = classFacts(cls);
    if (facts === undefined || facts === null) continue;
    const cq = splitQualified(cls);
    const n = arity(db);
    id.dfunFields.forEach((field, i) => {
      if (field === null || field.applied !== n > 0) return;
      const fq = splitQualified(field.id);
      if (fq.module !== mod) return;
      const selOcc =
        i < facts.superclasses
          ? `$p${i + 1}${cq.occ}`
          : facts.methods[i - facts.superclasses];
      if (selOcc === undefined) return;
      const sel = globalName(cq.module, selOcc);
      const name = globalName(mod, fq.occ);
      // A dictionary written (by hand) with this very field would make the
      // selection a loop (`$p1Exception $fExceptionVoid` as a field of it).
      if (holdsField(db, name)) return;
      candidate(mod, name, selection(name, sel, g(occ), n), [sel]);
    });
  }
  for (const [occ, d] of raw) {
    const name = g(occ);
    if (defined.has(name)) continue;
    const tr = typeRep(mod, name, coreText(d.info));
    if (tr !== null) candidate(mod, name, tr.text, tr.needs);
  }
  // Data instances' constructors (a Constr without unfolding), at their
  // position in the AlgRep list of the instance's DataRep, as our
  // dictionary's DataType has them (as gen-data-constants for base)
  for (const [occ, d] of raw) {
    if (d.type !== "Data.Data.DataRep") continue;
    const rep = /Unfolding: \(Data\.Data\.AlgRep (\S+)\)\]$/.exec(d.info);
    const dfun = /^(\$fData.*?)\d+$/.exec(occ)?.[1];
    if (rep === null || dfun === undefined || !raw.has(dfun)) continue;
    if (!defs.has(g(dfun))) continue;
    const dict =
      g(dfun) +
      " privNoDict_DataziData".repeat(dictCount(raw.get(dfun).type).n);
    let list = rep[1];
    for (let i = 1; raw.has(list); i++) {
      const cm = /Unfolding: \(GHC\.Types\.: @\S+ (\S+) (.+)\)\]$/.exec(
        raw.get(list).info,
      );
      if (cm === null) break;
      const c = raw.get(cm[1]);
      if (c?.type === "Data.Data.Constr" && !/Unfolding:/.test(c.info))
        candidate(
          mod,
          g(cm[1]),
          `${g(cm[1])} = THUNK(let { d = THUNK(${dict}) } in privConstrAt_DataziData d ${i});`,
          ["privConstrAt_DataziData", "privNoDict_DataziData"],
        );
      list = cm[2].replace(/[()]/g, "").trim();
    }
  }
  // workers, from the wrappers whose InlineRule calls them
  const wrappers = new Map();
  for (const [occ, d] of raw) {
    if (!/Unfolding: InlineRule/.test(d.info)) continue;
    for (const m of d.info.matchAll(/(?<![\w$'#.])(\$w[^\s()]+)/g))
      if (raw.has(m[1]) && m[1] !== occ) {
        if (!wrappers.has(m[1])) wrappers.set(m[1], []);
        wrappers.get(m[1]).push(occ);
      }
  }
  for (const [w, all] of wrappers) {
    const name = g(w);
    // the wrapper by name: `$wf` is f's, `$w$cm` (perhaps numbered) a `$fCT_$cm`'s
    const ws = all.filter(
      (a) =>
        a === w.slice(2) ||
        (/^\$c/.test(w.slice(2)) &&
          a.endsWith("_" + w.slice(2).replace(/(?<=[^0-9])[0-9]+$/, ""))),
    );
    if (defined.has(name)) continue;
    const def = ws.length === 1 ? workerDef(mod, w, ws[0], raw) : null;
    if (def !== null) {
      candidate(mod, name, def.text, def.needs);
      continue;
    }
    // any wrapper whose InlineRule only takes arguments apart for it
    for (const wrapper of all) {
      const u = unpackedWorker(
        coreText(raw.get(wrapper).info),
        w,
        (c) => conFacts(mod, c)?.fields ?? null,
      );
      const d = u === null ? null : unpackedDef(mod, name, w, wrapper, u, raw);
      if (d === null) continue;
      candidate(mod, name, d, [
        g(wrapper),
        ...(u.absent.size > 0 ? ["absentErr_ControlziExceptionziBase"] : []),
      ]);
      break;
    }
  }
  // internal functions whose result an exported one of ours only repacks
  // (P exported, so that ours is the same function, not an internal name
  // our own compilation happens to share)
  const exported = new Set(iface.exports.map((e) => e.name));
  for (const [occ, d] of raw) {
    if (!exported.has(`${mod}.${occ}`) || !defs.has(g(occ))) continue;
    if (!/Unfolding: InlineRule/.test(d.info)) continue;
    const r = repackOf(coreText(d.info));
    if (r === null || !raw.has(r.inner)) continue;
    const name = g(r.inner);
    const arity = Number(/Arity: (\d+)/.exec(raw.get(r.inner).info)?.[1]);
    if (defined.has(name) || arity !== r.arity) continue;
    const from = conFacts(mod, r.from);
    const to = conFacts(mod, r.to);
    if (from === null || to === null) continue;
    if (from.fields.length !== r.n || to.fields.length !== r.n) continue;
    candidate(mod, name, repackInverse(name, g(occ), r.arity, from, to), [
      g(occ),
    ]);
  }
  // specialisations, from the rules that say what they equal
  const arityOf = (occ) => {
    const d = raw.get(occ);
    if (d === undefined) return null;
    return Number(/Arity: (\d+)/.exec(d.info)?.[1] ?? 0);
  };
  for (const rule of interfaceRules(text)) {
    const spec = specialisationOf(rule, (t) => resolveDict(t, mod), arityOf);
    if (spec === null) continue;
    const name = g(spec.name);
    if (defined.has(name)) continue;
    const u = readUnfolding(`Unfolding: (${spec.text})`, mod, localIds);
    const b = u === null ? null : unfoldingBinding(name, u);
    if (b !== null) candidate(mod, name, b, globals(u));
  }
}

// The worker `name` from unpackedWorker's reading of its wrapper's
// InlineRule, in miniSTG; null when its arity is not the interface's.
function unpackedDef(mod, name, w, wrapper, u, raw) {
  const arity = Number(/Arity: (\d+)/.exec(raw.get(w).info)?.[1]);
  if (arity !== u.params.length) return null;
  const vars = new Map();
  const v = (x) => {
    if (!vars.has(x)) vars.set(x, `x${vars.size + 1}`);
    return vars.get(x);
  };
  const con = (printed) => {
    const t = /^\((,+)\)$/.exec(printed);
    if (t !== null) return `Z${t[1].length + 1}T`;
    const q = /^([A-Z][\w']*(?:\.[A-Z][\w']*)*)\.([^.].*)$/.exec(printed);
    return q !== null
      ? constructorName(q[1], q[2])
      : constructorName(mod, printed);
  };
  const params = u.params.map(v);
  let body = `${globalName(mod, wrapper)} ${u.args.map(v).join(" ")}`;
  if (u.result !== null) {
    const rs = Array.from({ length: u.result.n }, (_, i) => `r${i + 1}`);
    const out =
      u.result.n === 1 && !/^\(/.test(u.result.con)
        ? "r1"
        : `let { z = CON(Z${u.result.n}H ${rs.join(" ")}) } in z`;
    body = `case ${body} of { ${con(u.result.con)} ${rs.join(" ")} -> ${out} }`;
  }
  for (const [x, c, fs] of [...u.boxes].reverse()) {
    if (fs.length === 0) return null;
    body = `let { ${v(x)} = CON(${con(c)} ${fs.map(v).join(" ")}) } in ${body}`;
  }
  // (GHC's wrapper never looks at these: an error if ours did)
  for (const x of u.absent)
    body = `let { ${v(x)} = THUNK(absentErr_ControlziExceptionziBase) } in ${body}`;
  return `${name} = FUN(${params.join(" ")} ->\n  ${body});`;
}

function globals(u, out = []) {
  switch (u.kind) {
    case "global":
      if (u.name !== NIL) out.push(enc(u.name));
      break;
    case "app":
      globals(u.fn, out);
      for (const a of u.args) globals(a, out);
      break;
    case "lam":
      globals(u.body, out);
      break;
  }
  return out;
}

function selection(name, sel, dfun, n) {
  const ds = Array.from({ length: n }, (_, i) => `d${i + 1}`).join(" ");
  return n === 0
    ? `${name} = THUNK(${sel} ${dfun});`
    : `${name} = FUN(${ds} -> let { dict = THUNK(${dfun} ${ds}) } in ${sel} dict);`;
}

// `case $wmkTrCon hi lo mod name n krep [] of (#,,,,#) a b c d e ->
// TrTyCon a b c d e`: a type constructor's TypeRep.
function typeRep(mod, name, core) {
  const m =
    /^Unfolding: \(case Data\.Typeable\.Internal\.\$wmkTrCon (\d+)## (\d+)## (\S+) (\S+) (\d+)# (\S+) \(GHC\.Types\.\[\]\) of \w+ \{ \(#,,,,#\) (\w+) (\w+) (\w+) (\w+) (\w+) -> Data\.Typeable\.Internal\.TrTyCon \7 \8 \9 \10 \11 \}\)\]$/.exec(
      core.replace(/^.*?(?=Unfolding:)/, ""),
    );
  if (m === null) return null;
  const q = (x) =>
    x.includes(".") && /^[A-Z]/.test(x) ? enc(x) : globalName(mod, x);
  const [modN, nameN, krep] = [q(m[3]), q(m[4]), q(m[6])];
  const con = constructorName("Data.Typeable.Internal", "TrTyCon");
  return {
    text:
      `${name} = THUNK(case zdwmkTrCon_DataziTypeableziInternal ${m[1]}w ${m[2]}w ` +
      `${modN} ${nameN} ${m[5]} ${krep} nil of { Z5H a b c d e -> ` +
      `let { r = CON(${con} a b c d e) } in r });`,
    needs: ["zdwmkTrCon_DataziTypeableziInternal", modN, nameN, krep],
  };
}

// The worker `w` of `wrapper` (both occ names of module `mod`).
function workerDef(mod, w, wrapper, raw) {
  const name = globalName(mod, w);
  const wrapperName = globalName(mod, wrapper);
  const wt = raw.get(w).type;
  const at = raw.get(wrapper).type;
  const core = coreText(raw.get(wrapper).info);
  // a bottoming wrapper that ignores its arguments: `\ x -> $w void#`
  if (/^GHC\.Prim\.Void# -> /.test(wt)) {
    const m =
      /InlineRule \(\d+, True, True\) \(\\ ((?:\(\S+ :: [^()]*\) ?)*)-> (\S+) GHC\.Prim\.void#\)\]$/.exec(
        core,
      );
    if (m === null || m[2] !== w) return null;
    const n = (m[1].match(/\(/g) ?? []).length;
    const args = Array.from(
      { length: n },
      () => " absentErr_ControlziExceptionziBase",
    ).join("");
    return {
      text: `${name} = FUN(v -> ${wrapperName}${args});`,
      needs: [wrapperName, "absentErr_ControlziExceptionziBase"],
    };
  }
  const wc = dictCount(wt);
  const ac = dictCount(at);
  // Data's gmapMp/gmapMo: the MonadPlus dictionary's >>=, return, mzero, mplus
  const gm = /\$fData[^_]*_\$c(gmapMp|gmapMo)$/.exec(wrapper);
  if (gm !== null) {
    // (a numbered worker with an unfolding of its own is the Core route's)
    if (/\d$/.test(w) && /Unfolding:/.test(raw.get(w).info)) return null;
    const ok = new RegExp(
      String.raw`case \w+ of \w+ \{ GHC\.Base\.C:MonadPlus \w+ (\w+) (\w+) (\w+) -> case \1 of \w+ \{ GHC\.Base\.C:Monad \w+ (\w+) \w+ (\w+) -> \$w\$c${gm[1]}\d* ((?:\w+ )*)\4 \5 \2 \3 \w+ \w+ \} \}`,
    ).exec(core);
    if (ok === null) return null;
    const k = ok[6].trim() === "" ? 0 : ok[6].trim().split(" ").length;
    if (k !== wc.n || ac.n !== k + 1) return null;
    const dfun = globalName(mod, wrapper.replace(/_\$c.*$/, ""));
    const ds = Array.from({ length: k }, (_, i) => ` d${i + 1}`).join("");
    const helper = globalName("Data.Data", `${gm[1]}With`);
    // (a dictionary gen-o1-library-core builds from its DFun unfolding
    // waits on this worker, through the method: not needed first)
    // (a DFunId's lines after its type, `DFunId` first, are not read
    // into `raw`: its info is empty)
    const dfunOcc = wrapper.replace(/_\$c.*$/, "");
    const fromCore = raw.get(dfunOcc)?.info === "";
    return {
      text:
        `${name} = FUN(${ds.trim()}${k > 0 ? " " : ""}bind ret zero plus f x ->\n` +
        `  let { dict = THUNK(${dfun}${ds}) } in ${helper} dict bind ret zero plus f x);`,
      needs: fromCore ? [helper] : [dfun, helper],
    };
  }
  if (wc.ctx !== ac.ctx) return null;
  const ds = Array.from({ length: wc.n }, (_, i) => `d${i + 1}`);
  const def = workerFromWrapper(
    mod,
    at,
    wt,
    name,
    [wrapperName, ...ds].join(" "),
  );
  if (def === null) return null;
  return {
    text:
      ds.length === 0
        ? def
        : def.replace(/^(\S+ = FUN\()/, `$1${ds.join(" ")} `),
    needs: [wrapperName],
  };
}

const { made, count } = defineWhenReady(candidates, defined);

const texts = new Map();
for (const [module, lines] of [...made].sort()) {
  texts.set(
    `${module}${SUFFIX}`,
    `# ${module}: ${BASE ? "base's" : "the library's"} internal names -O1 code reaches, defined from\n` +
      `# the installed interface file; generated by scripts/gen-o1-${BASE ? "base" : "library"}-names.mjs;\n` +
      `# do not edit.\n\n` +
      lines.sort().join("\n") +
      "\n",
  );
}
const differ = writeGenerated(dir, SUFFIX, texts, check);
if (!check)
  console.log(
    `${count} names in ${made.size} files (${candidates.size} candidates still call undefined names)`,
  );
if (differ > 0) process.exit(1);
