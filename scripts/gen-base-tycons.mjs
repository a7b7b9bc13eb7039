#!/usr/bin/env node
// Writes preludes/base/<Module>+Tycons.stg: the Typeable metadata GHC builds
// into every module for its types (`$tcMaybe`, its TrName `$tcMaybe1`, the
// module's `$trModule`, the KindReps `krep$*Arr*`...), read from the
// unfoldings of the installed interface files (`ghc --show-iface`). User
// code's TypeReps (`mkTrCon GHC.Maybe.$tcMaybe []`) point to them, and
// the fingerprints they carry are GHC's, so TypeRep equality, order and
// `typeRepFingerprint` agree with GHC's. Only constructor applications of
// literals and names are read; a name already defined by another prelude
// file is left to it.
//   node scripts/gen-base-tycons.mjs           write the files
//   node scripts/gen-base-tycons.mjs --check   exit 1 when a file differs
// Needs `npm run build` first (it uses dist/).
import { execFileSync } from "node:child_process";
import { showIface } from "./ghc-cache.mjs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { definedNames, writeGenerated } from "./generated-preludes.mjs";
import {
  constructorName,
  constructorValueName,
  globalName,
  isConventionalGlobal,
  splitQualified,
} from "../dist/lower/names.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "preludes/base");
const SUFFIX = "+Tycons.stg";
const check = process.argv.includes("--check");

// The modules whose types user programs commonly ask Typeable about
// (package, module).
const MODULES = [
  ["ghc-prim", "GHC.Types"],
  ["ghc-prim", "GHC.Tuple"],
  ["ghc-bignum", "GHC.Num.Integer"],
  ["ghc-bignum", "GHC.Num.Natural"],
  ["base", "GHC.Maybe"],
  ["base", "Data.Either"],
  ["base", "GHC.Real"],
  ["base", "Data.Proxy"],
  ["base", "GHC.Word"],
  ["base", "GHC.Int"],
  ["base", "GHC.Base"],
  ["base", "Data.Functor.Identity"],
  ["base", "Data.Functor.Const"],
  ["base", "GHC.Fingerprint.Type"],
  ["base", "Data.Typeable.Internal"],
  ["base", "Data.Type.Equality"],
  ["base", "GHC.Exception.Type"],
  ["base", "Data.Semigroup.Internal"],
  ["base", "Data.Monoid"],
  ["base", "Data.Ord"],
  ["base", "Data.Version"],
  ["base", "Data.Dynamic"],
  // FileLockingNotSupported, an Exception (fromException compares TypeReps)
  ["base", "GHC.IO.Handle.Lock.Common"],
  // the libraries' types with Data instances (their TypeReps are the
  // instances' Typeable superclasses)
  ["bytestring", "Data.ByteString.Internal"],
  ["bytestring", "Data.ByteString.Lazy.Internal"],
  ["bytestring", "Data.ByteString.Short.Internal"],
  ["text", "Data.Text.Internal"],
  ["text", "Data.Text.Internal.Lazy"],
  ["parsec", "Text.Parsec.Pos"],
  ["containers", "Data.Map.Internal"],
  ["containers", "Data.Set.Internal"],
  ["containers", "Data.IntMap.Internal"],
  ["containers", "Data.IntSet.Internal"],
  ["containers", "Data.Sequence.Internal"],
  ["containers", "Data.Tree"],
];

const libdir = execFileSync("ghc", ["--print-libdir"], {
  encoding: "utf8",
}).trim();

function ifaceText(pkg, module) {
  const versions = {
    "ghc-prim": "ghc-prim-0.7.0",
    "ghc-bignum": "ghc-bignum-1.1",
    base: "base-4.15.1.0",
    bytestring: "bytestring-0.10.12.1",
    text: "text-1.2.5.0",
    parsec: "parsec-3.1.14.0",
    containers: "containers-0.6.4.1",
  };
  const path = join(libdir, versions[pkg], ...module.split(".")) + ".hi";
  return showIface(path);
}

const WANTED = /^(\$tc|\$trModule|tr\$Module|krep|\$krep)/;

/** name -> unfolding text, for the module's top-level Typeable names. */
function unfoldings(text) {
  const out = new Map();
  const heads = [...text.matchAll(/^ {2}(\S+) ::/gm)];
  heads.forEach((h, k) => {
    const end = k + 1 < heads.length ? heads[k + 1].index : text.length;
    const body = text.slice(h.index, end);
    const u = /Unfolding: \(([\s\S]*?)\)\]/.exec(body);
    if (u !== null) out.set(h[1], u[1].replace(/\s+/g, " ").trim());
  });
  return out;
}

// A name may hold parentheses (`$tc(,)1`, `$tc()`): only a parenthesis
// that starts a token groups, and a name ends at an unmatched `)`.
function tokens(s) {
  const out = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) i++;
    else if (c === "(" || c === ")") out.push(s[i++]);
    else if (c === '"') {
      const m = /^"(?:[^"\\]|\\.)*"#/.exec(s.slice(i));
      if (m === null) return [];
      out.push(m[0]);
      i += m[0].length;
    } else {
      let j = i;
      let depth = 0;
      while (j < s.length && !/\s/.test(s[j])) {
        if (s[j] === "(") depth++;
        else if (s[j] === ")") {
          if (depth === 0) break;
          depth--;
        }
        j++;
      }
      out.push(s.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** Parses `Con a b (Con2 c)` / `"lit"#` / `12##`; null if anything else. */
function parse(toks) {
  let i = 0;
  function atom() {
    const t = toks[i++];
    if (t === "(") {
      const e = app();
      if (toks[i++] !== ")") return null;
      return e;
    }
    if (t === undefined || t === ")") return null;
    return { kind: "name", text: t };
  }
  function app() {
    const parts = [];
    while (i < toks.length && toks[i] !== ")") {
      if (toks[i] === "@") {
        i += 2; // a type argument
        continue;
      }
      const a = atom();
      if (a === null) return null;
      parts.push(a);
    }
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0] : { kind: "app", parts };
  }
  const e = app();
  return i === toks.length ? e : null;
}

function qualify(module, t) {
  return /^[A-Z][A-Za-z0-9_']*\./.test(t) && !t.startsWith("GHC.Types.[]")
    ? splitQualified(t)
    : { module, occ: t };
}

function isCon(occ) {
  return /^[A-Z:[(]/.test(occ) && occ !== "[]";
}

/** An atom as miniSTG: literal, global or constructor value. */
function atomText(module, t) {
  let m = /^(\d+)##$/.exec(t);
  if (m !== null) return `${m[1]}w`;
  m = /^(-?\d+)#$/.exec(t);
  if (m !== null) return m[1];
  if (t === "[]" || t === "GHC.Types.[]") return "nil";
  const q = qualify(module, t);
  if (isCon(q.occ))
    return constructorValueName(constructorName(q.module, q.occ));
  return globalName(q.module, q.occ);
}

/** The binding for one unfolding, or null. `extra` gets nested CONs. */
function binding(module, name, text, extra) {
  const lit = /^("(?:[^"\\]|\\.)*")#$/.exec(text);
  const enc = globalName(module, name);
  if (lit !== null) return `${enc} = ${lit[1]};`;
  const e = parse(tokens(text));
  if (e === null || e.kind !== "app") return null;
  let n = 0;
  function conApp(app, target) {
    const [f, ...args] = app.parts;
    if (f.kind !== "name") return null;
    const q =
      f.text === ":"
        ? { module: "GHC.Types", occ: ":" }
        : qualify(module, f.text);
    if (!isCon(q.occ)) return null;
    const out = [];
    for (const a of args) {
      if (a.kind === "name") out.push(atomText(module, a.text));
      else {
        const sub = globalName(module, `${name}_${++n}`);
        if (conApp(a, sub) === null) return null;
        out.push(sub);
      }
    }
    extra.push(
      `${target} = CON(${[constructorName(q.module, q.occ), ...out].join(" ")});`,
    );
    return target;
  }
  const before = extra.length;
  const r = conApp(e, enc);
  if (r === null) {
    extra.length = before;
    return null;
  }
  return extra.splice(before).join("\n");
}

// The interface keeps no unfolding for the KindReps of tuples of 3 or more
// components (`$tc(,,)1`); an n-tuple's kind is * -> ... -> * (n arrows),
// built on the 2-tuple's `krep$*->*->*`.
function tupleKinds() {
  const out = [];
  let prev = globalName("GHC.Types", "krep$*->*->*");
  for (let n = 3; n <= 62; n++) {
    const name = globalName("GHC.Tuple", `$tc(${",".repeat(n - 1)})1`);
    out.push(
      `${name} = CON(KindRepFun_GHCziTypes ${globalName("GHC.Types", "krep$*")} ${prev});`,
    );
    prev = name;
  }
  return out;
}

const defined = definedNames(dir, (f) => f.endsWith(SUFFIX));
const texts = new Map();
for (const [pkg, module] of MODULES) {
  const lines = [];
  const all = unfoldings(ifaceText(pkg, module));
  const done = new Set();
  // the Typeable names, then the module's names they refer to (a TyCon's
  // TrName may be a Data instance's floated constant: `$fDataByteString23`)
  const todo = [...all.keys()].filter((n) => WANTED.test(n));
  while (todo.length > 0) {
    const name = todo.shift();
    if (done.has(name) || !all.has(name)) continue;
    done.add(name);
    const enc = globalName(module, name);
    // names docs/names.md cannot spell (`$tc~P#`) are left out
    if (!isConventionalGlobal(enc)) continue;
    // a name defined elsewhere is still followed (a generated `$tcMap`
    // refers to the TrName `$fDataMap10` the interface shares)
    if (!defined.has(enc)) {
      const b = binding(module, name, all.get(name), []);
      if (b === null) continue;
      lines.push(b);
    }
    for (const t of tokens(all.get(name)))
      if (all.has(t) && !done.has(t)) todo.push(t);
  }
  if (module === "GHC.Tuple") lines.push(...tupleKinds());
  lines.sort();
  texts.set(
    `${module}${SUFFIX}`,
    `# ${module}: Typeable metadata (TyCons, TrNames, the module, KindReps) as\n` +
      `# GHC's interface file gives it; generated by scripts/gen-base-tycons.mjs;\n` +
      `# do not edit.\n\n` +
      lines.join("\n") +
      "\n",
  );
}
const differ = writeGenerated(dir, SUFFIX, texts, check);
if (check && differ > 0) process.exit(1);
