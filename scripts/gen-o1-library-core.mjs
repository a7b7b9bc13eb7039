#!/usr/bin/env node
// Writes preludes/base/<Module>+LibraryCore.stg: the internal names of the
// libraries that ship with GHC (containers, transformers, mtl, parsec,
// bytestring, text, deepseq, pretty; and BASE_MODULES) that no other prelude file defines
// and whose interface file exposes their whole unfolding, defined from it
// (scripts/library-core.mjs: the Core read, turned into STG and lowered
// as GHC's STG is). These are what the simpler routes of
// gen-o1-library-names leave: workers taking one field of a class
// dictionary (`$w$cfoldl'` of a Foldable instance gets its foldMap),
// instances' helpers and floated constants whose unfolding is real code.
// time and directory too: our clean-room sources define their exported
// names (and `zz_` names) with the real types, save those
// scripts/library-mismatched.mjs lists, which no code taken here calls.
// Run last, after every other generator (it defines only what they leave).
//   node scripts/gen-o1-library-core.mjs           write the files
//   node scripts/gen-o1-library-core.mjs --check   exit 1 when a file differs
// Needs `npm run build` first (it uses dist/).
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  O1_LIBRARIES,
  packageInterfaces,
  rawDecls,
  showIface,
} from "./library-interfaces.mjs";
import {
  definedNames,
  defineWhenReady,
  writeGenerated,
} from "./generated-preludes.mjs";
import {
  coreDefinition,
  coreOf,
  patternArities,
  wiredConArity,
} from "./library-core.mjs";
import { globalName, splitQualified } from "../dist/lower/names.js";
import { parseIface } from "../dist/coverage/iface.js";
import { refusedNames } from "../dist/preludes/refused.js";
import { MISMATCHED } from "./library-mismatched.mjs";
import { emptyStructureErrors } from "./library-empty-errors.mjs";
import { dfunAsCore } from "./library-dfuns.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "preludes/base");
const SUFFIX = "+LibraryCore.stg";
const check = process.argv.includes("--check");
// stm's internals come from gen-o1-library-names alone (this generator has
// never read its unfoldings).
const PACKAGES = O1_LIBRARIES.filter((p) => p !== "stm");

// base's modules whose internal -O1 names come from their unfoldings too
// (what base's other generators leave: Foldable/Semigroup workers taking a
// dictionary's field, Read/Show/Enum helpers, ...): every module but the
// primops, the RTS's and the IO manager's internals and the Handle layer
// (our Handle is not GHC's Handle__; hand-written; GHC.IO.Device is read:
// SeekMode's derived instances are plain data), as gen-o1-base-names
// leaves out; and the RTS's structures (cost centres, static pointers,
// execution stacks), whose layouts are the machine's to give. (Of the IO
// manager, GHC.Event.Internal.Types is read: Event's and Lifetime's
// instances are plain code, their opaque workers in its +Opaque.stg.)
const BASE_LEFT_OUT =
  /^(GHC\.Prim|GHC\.PrimopWrappers|GHC\.RTS\.Flags|GHC\.Stats|System\.Posix\.Internals|GHC\.Event(?!\.Internal\.Types$)(\..*)?|GHC\.Conc\.(IO|Signal)|GHC\.IO\.(Buffer|BufferedIO|FD|Handle(\..*)?)|GHC\.TopHandler|GHC\.Stack\.CCS|GHC\.StaticPtr|GHC\.ExecutionStack(\..*)?|System\.Mem(\..*)?)$/;

const GHC_PRIM_TAKEN = /^GHC\.Classes$/;

const defined = definedNames(dir, (f) => f.endsWith(SUFFIX));
for (const q of refusedNames().keys()) {
  const { module, occ } = splitQualified(q);
  defined.add(globalName(module, occ));
}

const libIfaces = new Map();
const modules = [];
for (const pkg of PACKAGES)
  for (const [mod, hi] of packageInterfaces(pkg)) {
    libIfaces.set(mod, hi);
    modules.push(mod);
  }
const otherIfaces = ["base", "ghc-prim", "ghc-bignum"].map(packageInterfaces);
for (const [mod, hi] of otherIfaces[0])
  if (!BASE_LEFT_OUT.test(mod)) {
    libIfaces.set(mod, hi);
    modules.push(mod);
  }
// and ghc-prim's GHC.Classes: the tuple instances' Eq/Ord workers
// (`$w$c==` of a triple), Module's and TrName's Eq (the rest of ghc-prim is
// the primops, hand-written, or has no exposed code)
for (const [mod, hi] of otherIfaces[1])
  if (GHC_PRIM_TAKEN.test(mod)) {
    libIfaces.set(mod, hi);
    modules.push(mod);
  }

// A constructor's Core arity (its worker's arguments): as the patterns of
// the unfoldings match it, else as its declaration says, but null for one
// with an UNPACKed field (which takes as many as the field's type has
// parts) that no pattern matches.
const matched = new Map();
const inventory = JSON.parse(
  readFileSync(join(root, "inventory/constructors.json"), "utf8"),
);
const parsed = new Map();
function parsedIface(module) {
  if (!parsed.has(module)) {
    const hi =
      libIfaces.get(module) ??
      otherIfaces.map((m) => m.get(module)).find((h) => h !== undefined);
    parsed.set(module, hi === undefined ? null : parseIface(showIface(hi)));
  }
  return parsed.get(module);
}
// A class's dictionary fields (superclasses and methods), or null.
function classFields(module, cls) {
  const c = parsedIface(module)?.classes.get(cls);
  return c === undefined ? null : c.superclasses + c.methods.length;
}
function conArity(module, occ) {
  const wired = wiredConArity(module, occ);
  if (wired !== undefined) return wired;
  if (module === null) return null;
  // a class's dictionary constructor (a one-field class has none)
  if (occ.startsWith("C:")) {
    const n = classFields(module, occ.slice(2));
    if (n !== null && n >= 2) return n;
  }
  const c = parsedIface(module)?.cons.get(occ);
  // (an existential one's patterns also bind its type variables: not counted)
  if (c?.existential === true)
    return c.fields.includes("u") ? null : (c.dicts ?? 0) + c.fields.length;
  const seen = matched.get(`${module}.${occ}`);
  if (seen !== undefined) return seen < 0 ? null : seen;
  if (c === undefined || c.fields.includes("u")) return null;
  // (the constructor inventory, read by another reader, must agree)
  const inv = inventory[`${module}.${occ}`];
  return inv !== undefined && inv[1] !== c.fields ? null : c.fields.length;
}
const existential = (module, occ) =>
  module !== null && parsedIface(module)?.cons.get(occ)?.existential === true;

// Every module's undefined ids with an unfolding, read (and their patterns
// noted) before any is defined; and Foldable's empty-structure errors.
const pending = [];
const errors = new Map();
for (const mod of modules) {
  const text = showIface(libIfaces.get(mod));
  const raw = rawDecls(text, { dfuns: true });
  for (const [name, def] of emptyStructureErrors(mod, raw))
    if (!defined.has(name)) errors.set(name, { module: mod, text: def });
  // (the module's own ids and constructors are printed unqualified)
  // (and class methods and superclass selectors)
  const iface = parseIface(text);
  const localIds = new Set([
    ...[...raw.keys()].map((o) => o.replace(/^\((.*)\)$/, "$1")),
    ...iface.cons.keys(),
    ...[...iface.classes].flatMap(([cls, c]) => [
      `C:${cls}`,
      ...c.methods,
      ...Array.from({ length: c.superclasses }, (_, i) => `$p${i + 1}${cls}`),
    ]),
  ]);
  for (const [decl, d0] of raw) {
    // an operator's declaration is `(>$<) :: ...`
    const occ = decl.replace(/^\((?![,#)])(.*)\)$/, "$1");
    const name = globalName(mod, occ);
    // (a dictionary as its class constructor's application)
    const d = dfunAsCore(d0, (m, cls) => classFields(m ?? mod, cls)) ?? d0;
    const core = coreOf(mod, name, d, localIds);
    if (core === null) continue;
    patternArities(core, matched);
    if (!defined.has(name)) pending.push({ mod, occ, name, d, localIds });
  }
}
// (ours under the real name with another type: never called from here)
for (const name of MISMATCHED.keys()) defined.delete(name);
const candidates = new Map();
for (const [name, { module, text }] of errors)
  candidates.set(name, {
    module,
    text,
    needs: ["errorWithoutStackTrace_GHCziErr", "unpackCStringzh_GHCziCString"],
  });
for (const { mod, occ, name, d, localIds } of pending) {
  const def = coreDefinition(
    mod,
    occ,
    name,
    d,
    localIds,
    conArity,
    existential,
  );
  if (def !== null)
    candidates.set(name, { module: mod, text: def.text, needs: def.needs });
}

const { made, count } = defineWhenReady(candidates, defined);

if (process.env.CORE_DEBUG)
  for (const [name, c] of candidates)
    console.error(
      `waiting ${name}: ${c.needs.filter((n) => !defined.has(n)).join(" ")}`,
    );

const texts = new Map();
for (const [module, lines] of [...made].sort()) {
  texts.set(
    `${module}${SUFFIX}`,
    `# ${module}: the library's internal names -O1 code reaches, defined from\n` +
      `# their unfoldings in the installed interface file; generated by\n` +
      `# scripts/gen-o1-library-core.mjs; do not edit.\n\n` +
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
