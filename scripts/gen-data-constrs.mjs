#!/usr/bin/env node
// Writes preludes/base/<Module>+DataConstrs.stg: the constructor
// descriptions (`Constr`) of the Data instances of base and the libraries
// that their interface files keep no unfolding for (`$fDataAlt6`,
// `Data.Fixed.conMkFixed`, `$fDataSCC15`), and the few `DataType`s without
// one (`$fDataSCC14`). Everything else of those instances (the dictionary,
// its methods, the DataType and list constants) gen-o1-library-core builds
// from the unfoldings; these are the roots it waits on.
//   - A Constr in a constructor list (`DataType s (AlgRep (c1 : c2 : []))`)
//     is the constructor at its position in the declaration of the type
//     the instance is for (its dictionary's name is the constants'
//     prefix): `mkConstr dt "name" [fields] fixity`, with the record
//     fields and Infix for a constructor declared infix, as a derived
//     instance has them (checked against GHC's programs:
//     test/programs/generics-data/data-*.hs).
//   - A DataType without unfolding is `mkDataType "T" [constructors]` (T
//     unqualified, as derived instances name it), its constructors and
//     their Constrs read from toConstr's case in the dictionary's unfolding.
// Names another prelude file defines are left to it; base's Data.Data
// instances that libraries/base/Data/Data.hs writes get theirs from
// gen-data-constants.mjs. Run before gen-o1-library-core.
//   node scripts/gen-data-constrs.mjs           write the files
//   node scripts/gen-data-constrs.mjs --check   exit 1 when a file differs
// Needs `npm run build` first (it uses dist/).
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  O1_LIBRARIES,
  packageInterfaces,
  rawDecls,
  showIface,
} from "./library-interfaces.mjs";
import { definedNames, writeGenerated } from "./generated-preludes.mjs";
import { globalName } from "../dist/lower/names.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "preludes/base");
const SUFFIX = "+DataConstrs.stg";
const check = process.argv.includes("--check");

const defined = definedNames(dir, (f) => f.endsWith(SUFFIX));

const ifaces = new Map();
for (const pkg of ["base", ...O1_LIBRARIES])
  for (const [mod, hi] of packageInterfaces(pkg))
    if (!ifaces.has(mod)) ifaces.set(mod, hi);
const texts = new Map();
const textOf = (mod) => {
  if (!texts.has(mod))
    texts.set(mod, ifaces.has(mod) ? showIface(ifaces.get(mod)) : null);
  return texts.get(mod);
};

/** `A.B.occ` as [module, occ] (module null when unqualified). */
function splitName(q) {
  const m = /^((?:[A-Z][\w']*\.)+)(.+)$/.exec(q);
  return m === null ? [null, q] : [m[1].slice(0, -1), m[2]];
}

/** The tokens of `s` at bracket depth 0 (split on spaces). */
function topTokens(s) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const c of s) {
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    if (c === " " && depth === 0) {
      if (cur !== "") out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur !== "") out.push(cur);
  return out;
}
/** `s` split on `sep` at bracket depth 0. */
function splitTop(s, sep) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    if (depth === 0 && s.startsWith(sep, i)) {
      out.push(cur);
      cur = "";
      i += sep.length - 1;
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * The constructors of type `occ` declared in module `mod`'s interface, in
 * order: { name, fields, infix }, or null.
 */
const declCache = new Map();
function constructors(mod, occ) {
  const key = `${mod}.${occ}`;
  if (declCache.has(key)) return declCache.get(key);
  const text = textOf(mod);
  let result = null;
  if (text !== null) {
    const lines = text.split("\n");
    const head = new RegExp(
      `^ {2}(?:data|newtype) (?:\\(${occ.replace(/[^\w]/g, "\\$&")}\\)|${occ.replace(/[^\w]/g, "\\$&")})(?= |$)`,
    );
    const at = lines.findIndex((l) => head.test(l));
    if (at >= 0) {
      let body = lines[at];
      for (let i = at + 1; i < lines.length && /^ {4}/.test(lines[i]); i++)
        body += "\n" + lines[i];
      result = parseDecl(body);
    }
  }
  declCache.set(key, result);
  return result;
}
function parseDecl(body) {
  const one = body.replace(/\s+/g, " ").trim();
  const where = / where( |$)/.exec(one);
  if (where !== null && !one.includes(" = ")) {
    // GADT syntax: one `Con :: type` per line
    return body
      .split("\n")
      .slice(1)
      .map((l) => /^ {4}(\S+) ::/.exec(l))
      .filter((m) => m !== null)
      .map((m) => ({
        name: m[1].replace(/^\((.*)\)$/, "$1"),
        fields: [],
        infix: false,
      }));
  }
  const eq = one.indexOf(" = ");
  if (eq < 0) return [];
  return splitTop(one.slice(eq + 3), " | ").map((alt) => {
    // an existential's `forall a. Ctx =>` first
    let c = alt.trim().replace(/^forall [^.]*\. /, "");
    const ctx = splitTop(c, " => ");
    c = ctx[ctx.length - 1].trim();
    const toks = topTokens(c);
    if (toks.length >= 2 && /^(:|`)/.test(toks[1]))
      return { name: toks[1].replace(/`/g, ""), fields: [], infix: true };
    const name = toks[0].replace(/^\((.*)\)$/, "$1");
    const rec = toks.length === 2 && toks[1].startsWith("{") ? toks[1] : null;
    const fields =
      rec === null
        ? []
        : splitTop(rec.slice(1, -1), ", ").map((f) =>
            f.slice(0, f.indexOf(" ::")).trim(),
          );
    return { name, fields, infix: false };
  });
}

// ghc-prim's GHC.Tuple is printed without its declarations (wired in)
const WIRED = { Solo: [{ name: "Solo", fields: [], infix: false }] };
const typeConstructors = ([mod, occ]) =>
  constructors(mod, occ) ?? WIRED[occ] ?? null;

/** The type an instance dictionary is for: [module, occ] of its head. */
function instanceType(mod, dfunDecl) {
  const t = dfunDecl.type;
  const arrow = t.lastIndexOf("=>");
  const head = (arrow < 0 ? t : t.slice(arrow + 2)).trim();
  const m = /^(?:Data\.Data\.)?Data (.*)$/.exec(head);
  if (m === null) return null;
  let ty = m[1].trim();
  if (ty.startsWith("(")) ty = topTokens(ty.slice(1, -1))[0];
  else ty = topTokens(ty)[0];
  if (ty === undefined) return null;
  ty = ty.replace(/^\((.*)\)$/, "$1");
  const [tm, occ] = splitName(ty);
  return [tm ?? mod, occ];
}

const enc = (mod, name) => {
  const [m, occ] = splitName(name);
  return globalName(m ?? mod, occ);
};
const str = (s) => `THUNK(unpackCStringzh_GHCziCString ${JSON.stringify(s)})`;
/** The STG of `mkConstr dt name fields fixity`. */
function constrDef(dtName, con) {
  const binds = [`s = ${str(con.name)}`];
  let list = "nil";
  con.fields
    .slice()
    .reverse()
    .forEach((f, i) => {
      binds.push(`f${i} = ${str(f)}`);
      binds.push(`l${i} = CON(Cons f${i} ${list})`);
      list = `l${i}`;
    });
  const fix = con.infix ? "con_Infix_DataziData" : "con_Prefix_DataziData";
  return `THUNK(let { ${binds.join("; ")} } in mkConstr_DataziData ${dtName} s ${list} ${fix})`;
}

const made = new Map();
const emit = (mod, name, def) => {
  if (defined.has(name)) return;
  defined.add(name);
  if (!made.has(mod)) made.set(mod, []);
  made.get(mod).push(`${name} = ${def};`);
};

for (const mod of [...ifaces.keys()].sort()) {
  const text = textOf(mod);
  if (!/Constr\b/.test(text)) continue;
  const raw = rawDecls(text, { dfuns: true });
  const dfuns = [...raw.keys()].filter(
    (n) =>
      n.startsWith("$fData") && raw.get(n).info.includes("Unfolding: DFun:"),
  );
  // (GHC numbers the constants of `$fDataK1` `$fDataK3`...: the
  // dictionary's name without its final digits)
  const dfunOf = (name) => {
    let best = null;
    for (const d of dfuns) {
      const stem = d.replace(/\d+$/, "");
      if (name.startsWith(stem) && /^\d+$/.test(name.slice(stem.length)))
        if (best === null || stem.length > best.replace(/\d+$/, "").length)
          best = d;
    }
    return best;
  };
  const unf = (name) => {
    const m = /Unfolding: \((.*)\)\]$/s.exec(raw.get(name)?.info ?? "");
    return m === null
      ? null
      : m[1]
          .replace(/\s*@\S+/g, "")
          .replace(/\s+/g, " ")
          .trim();
  };
  const isType = (name, t) => {
    const ty = raw.get(name)?.type;
    return ty === t || ty === `Data.Data.${t}`;
  };
  const opaque = (name) => !/Unfolding:/.test(raw.get(name)?.info ?? "");
  // Constructor lists of DataTypes with unfoldings
  for (const [name] of raw) {
    if (!isType(name, "DataType")) continue;
    const u = unf(name);
    const dm =
      u === null ? null : /^(?:Data\.Data\.)?DataType (\S+) (\S+)$/.exec(u);
    if (dm === null) continue;
    const rep = unf(dm[2]);
    const rm =
      rep === null ? null : /^(?:Data\.Data\.)?AlgRep (\S+)$/.exec(rep);
    if (rm === null) continue;
    const dfun = dfunOf(rm[1]) ?? dfunOf(name);
    if (dfun === null) continue;
    const it = instanceType(mod, raw.get(dfun));
    const cons = it === null ? null : typeConstructors(it);
    if (cons === null) continue;
    let list = rm[1];
    for (let i = 0; list !== null; i++) {
      const lu = unf(list);
      const cm =
        lu === null ? null : /^GHC\.Types\.: (\S+) \(?(.+?)\)?$/.exec(lu);
      if (cm === null) break;
      const c = cm[1];
      if (isType(c, "Constr") && opaque(c) && cons[i] !== undefined)
        emit(mod, enc(mod, c), constrDef(enc(mod, name), cons[i]));
      list = cm[2] === "GHC.Types.[]" ? null : cm[2];
    }
  }
  // gmapQi's failure (an index past the last field): the default method's
  // `fromJust Nothing` (with its call stack in Data.Data), floated out as
  // a bottoming constant `$fDataArg2 :: u` the instance's gmapQi names
  for (const [name, d] of raw) {
    if (d.type !== "u" || !/Strictness: b\b/.test(d.info)) continue;
    if (dfunOf(name) === null) continue;
    const use = new RegExp(`-> ${name.replace(/[^\w]/g, "\\$&")} @u\\b`);
    // (a gmapQi method, or a dictionary whose gmapQi field, the lambda on
    // an Int index, cases to it)
    const inQi = (n, text) => {
      if (/gmapQi/.test(n)) return use.test(text);
      const at = text.search(use);
      return (
        at >= 0 &&
        /:: GHC\.Types\.Int\) \([^]*$/.test(
          text.slice(Math.max(0, at - 400), at),
        )
      );
    };
    const users = [...raw].filter(([n, x]) =>
      inQi(n, x.info.replace(/\s+/g, " ")),
    );
    if (users.length === 0) continue;
    emit(
      mod,
      enc(mod, name),
      "THUNK(fromJust11_DataziMaybe zdfDataChar1_DataziData)",
    );
  }
  // DataTypes without unfolding: toConstr's case in the dictionary
  for (const [name] of raw) {
    if (!isType(name, "DataType") || !opaque(name)) continue;
    const dfun = dfunOf(name);
    if (dfun === null) continue;
    const it = instanceType(mod, raw.get(dfun));
    const cons = it === null ? null : typeConstructors(it);
    if (cons === null || cons.length === 0) continue;
    const body = [dfun, `${dfun}_$ctoConstr`]
      .map((n) => raw.get(n)?.info ?? "")
      .join(" ")
      .replace(/\s+/g, " ");
    const esc = (s) => s.replace(/[^\w]/g, "\\$&");
    const consts = cons.map((c) => {
      const m = new RegExp(
        `(?:[{ ])${esc(c.name)}(?: [\\w']+)* -> (\\$fData[^\\s)}]*\\d+)`,
      ).exec(body);
      return m === null ? null : m[1];
    });
    if (consts.some((c) => c === null || !isType(c, "Constr") || !opaque(c)))
      continue;
    const dtName = enc(mod, name);
    const binds = [`s = ${str(it[1])}`];
    let list = "nil";
    consts
      .slice()
      .reverse()
      .forEach((c, i) => {
        binds.push(`l${i} = CON(Cons ${enc(mod, c)} ${list})`);
        list = `l${i}`;
      });
    emit(
      mod,
      dtName,
      `THUNK(let { ${binds.join("; ")} } in mkDataType_DataziData s ${list})`,
    );
    consts.forEach((c, i) =>
      emit(mod, enc(mod, c), constrDef(dtName, cons[i])),
    );
  }
}

const out = new Map();
for (const [mod, lines] of [...made].sort())
  out.set(
    `${mod}${SUFFIX}`,
    `# ${mod}: the constructor descriptions (and DataTypes) of its Data\n` +
      `# instances the interface file keeps no unfolding for; generated by\n` +
      `# scripts/gen-data-constrs.mjs; do not edit.\n\n` +
      lines.sort().join("\n") +
      "\n",
  );
const differ = writeGenerated(dir, SUFFIX, out, check);
if (!check)
  console.log(
    `${[...made.values()].reduce((n, l) => n + l.length, 0)} names in ${made.size} files`,
  );
if (check && differ > 0) process.exit(1);
