#!/usr/bin/env node
// Writes preludes/base/<Module>+Methods.stg: the instance methods
// `$fClsT_$cm` (and superclass selections `$fClsT_$cp1Cls`) that -O1 code
// of any module of the inventory can name (docs/coverage-o1.md) and no
// prelude file defines yet, each as the selection of the method from the
// instance's dictionary:
//     $fClsT_$cm = FUN(d1 .. dn -> m (dfun d1 .. dn))   (n = the dfun's arity)
// GHC's $c functions take the instance's dictionaries, then the method's own
// (its own constraints' dictionaries, then its arguments), which is what the
// selected method takes after the instance's dictionaries, so callers that
// pass more arguments get them applied to the selected method. Only
// dictionaries some prelude file defines are used, and a method whose
// selector no prelude defines is left out. Modules other groups own are
// left out (OWNED_ELSEWHERE).
//   node scripts/gen-everyday-methods.mjs           (after `npm run build`)
//   node scripts/gen-everyday-methods.mjs --check   exit 1 when a file differs
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { holdsField, writeGenerated } from "./generated-preludes.mjs";
import { parseStg } from "../dist/ministg/parse.js";
import { o1Surface } from "../dist/coverage/surface.js";
import { globalName } from "../dist/lower/index.js";
import { splitQualified } from "../dist/lower/names.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "preludes/base");
const SUFFIX = "+Methods.stg";

// classes: module and the occurrence names of their methods and superclass
// selectors (checked below against the preludes' selectors)
const CLASSES = {
  Eq: "GHC.Classes",
  Ord: "GHC.Classes",
  Show: "GHC.Show",
  Read: "GHC.Read",
  Enum: "GHC.Enum",
  Bounded: "GHC.Enum",
  Num: "GHC.Num",
  Real: "GHC.Real",
  Integral: "GHC.Real",
  Fractional: "GHC.Real",
  RealFrac: "GHC.Real",
  Floating: "GHC.Float",
  RealFloat: "GHC.Float",
  Functor: "GHC.Base",
  Applicative: "GHC.Base",
  Monad: "GHC.Base",
  Alternative: "GHC.Base",
  MonadPlus: "GHC.Base",
  Semigroup: "GHC.Base",
  Monoid: "GHC.Base",
  Foldable: "Data.Foldable",
  Traversable: "Data.Traversable",
  Ix: "GHC.Ix",
  MonadFail: "Control.Monad.Fail",
  MonadFix: "Control.Monad.Fix",
  MonadZip: "Control.Monad.Zip",
  Bits: "GHC.Bits",
  FiniteBits: "GHC.Bits",
  Category: "Control.Category",
  Arrow: "Control.Arrow",
  ArrowChoice: "Control.Arrow",
  ArrowApply: "Control.Arrow",
  ArrowLoop: "Control.Arrow",
  ArrowZero: "Control.Arrow",
  ArrowPlus: "Control.Arrow",
  IsList: "GHC.Exts",
  IsString: "Data.String",
  IArray: "Data.Array.Base",
  MArray: "Data.Array.Base",
};
// modules whose names other groups define
const OWNED_ELSEWHERE = [
  /^Control\.Exception/,
  /^GHC\.Exception/,
  /^GHC\.IO/,
  /^System\./,
  /^Foreign/,
  /^Data\.Bi/,
  /^Foreign\.C/,
];

// every prelude definition (but our own outputs): name -> its object
const defs = new Map();
// (gen-o1-library-core's dictionaries are built from their fields'
// definitions: a field selected from one would be itself, a <<loop>>)
const fromCore = new Set();
for (const f of readdirSync(dir)) {
  if (!f.endsWith(".stg")) continue;
  if (f.endsWith(SUFFIX)) continue;
  const prog = parseStg(readFileSync(join(dir, f), "utf8"), {
    file: f,
    dialect: "extended",
  });
  for (const b of prog.bindings) {
    defs.set(b.name, b);
    if (f.endsWith("+LibraryCore.stg")) fromCore.add(b.name);
  }
}
const arity = (b) => (b.object.kind === "FUN" ? b.object.params.length : 0);

const surface = JSON.parse(
  readFileSync(join(root, "inventory/surface.json"), "utf8"),
);
const wanted = new Set();
for (const m of Object.keys(surface.o0))
  for (const q of o1Surface(surface, m)) wanted.add(q);

const classNames = Object.keys(CLASSES).sort((a, b) => b.length - a.length);
const out = new Map(); // module -> lines
const made = new Set();
function emit(module, name, line) {
  made.add(name);
  if (!out.has(module)) out.set(module, []);
  out.get(module).push(line);
}
// `name` as the selector `sel` applied to the dictionary `dfun d1 .. dn`.
function selection(name, sel, dfun, n) {
  const ds = Array.from({ length: n }, (_, i) => `d${i + 1}`).join(" ");
  return n === 0
    ? `${name} = THUNK(${sel} ${dfun});`
    : `${name} = FUN(${ds} -> let { dict = THUNK(${dfun} ${ds}) } in ${sel} dict);`;
}
for (const q of [...wanted].sort()) {
  const { module, occ } = splitQualified(q);
  if (OWNED_ELSEWHERE.some((r) => r.test(module))) continue;
  const name = globalName(module, occ);
  if (defs.has(name)) continue;
  const m = /^\$f(.+)_\$c(.+)$/.exec(occ);
  if (m === null) continue;
  const [, inst, meth] = m;
  const dfun = globalName(module, `$f${inst}`);
  const db = defs.get(dfun);
  if (db === undefined || fromCore.has(dfun)) continue;
  // the class: the longest class name the instance's name starts with
  const cls = classNames.find((c) => inst.startsWith(c));
  if (cls === undefined) continue;
  // GHC may name one class's method after another instance of the type
  // (`$fMonoidFirst_$c<>` is First's Semigroup `<>`, `$fApplicative(,,)_$cfmap`
  // the triple's fmap): such a method is selected from the dictionary of its
  // own class, when that one takes no dictionaries, else left to the
  // dictionary fields below.
  const facts = surface.classes[`${CLASSES[cls]}.${cls}`];
  const sup = /^p(\d+)[A-Z]/.exec(meth);
  if (sup === null && facts !== undefined && !facts.methods.includes(meth)) {
    const owner = classNames.find((c) =>
      surface.classes[`${CLASSES[c]}.${c}`]?.methods.includes(meth),
    );
    if (owner === undefined) continue;
    const sibling = globalName(module, `$f${owner}${inst.slice(cls.length)}`);
    const sel = globalName(CLASSES[owner], meth);
    if (!defs.has(sibling) || arity(defs.get(sibling)) !== 0 || !defs.has(sel))
      continue;
    emit(module, name, selection(name, sel, sibling, 0));
    continue;
  }
  const selOcc = sup !== null ? `$${meth}` : meth;
  const sel = globalName(CLASSES[cls], selOcc);
  if (!defs.has(sel)) continue;
  emit(module, name, selection(name, sel, dfun, arity(db)));
}

// The fields of the dictionary functions -O1 code reaches, under the names
// their DFun unfoldings give them (`$fReadWord13` is $fReadWord64's
// readPrec, `$fSemigroupMax_$csconcat d` its sconcat): each selected from
// our dictionary, as above.
// A field two dictionaries share (a newtype-derived instance lists the
// underlying type's method) is selected from the one of its own module.
const dfunEntries = Object.entries(surface.dfuns);
for (const sameModule of [true, false])
  for (const [q, { cls, fields }] of dfunEntries) {
    const dq = splitQualified(q);
    const dfun = globalName(dq.module, dq.occ);
    const db = defs.get(dfun);
    const facts = surface.classes[cls];
    if (db === undefined || facts === undefined || fromCore.has(dfun)) continue;
    const cq = splitQualified(cls);
    const n = arity(db);
    fields.forEach((field, i) => {
      if (field === null || field.applied !== n > 0) return;
      const { module, occ } = splitQualified(field.id);
      if ((module === dq.module) !== sameModule) return;
      if (OWNED_ELSEWHERE.some((r) => r.test(module))) return;
      const name = globalName(module, occ);
      if (defs.has(name) || made.has(name)) return;
      const selOcc =
        i < facts.superclasses
          ? `$p${i + 1}${cq.occ}`
          : facts.methods[i - facts.superclasses];
      const sel = globalName(cq.module, selOcc);
      if (!defs.has(sel)) return;
      if (holdsField(db, name)) return;
      emit(module, name, selection(name, sel, dfun, n));
    });
  }

// readPrec of a Read instance under the floated name -O1 code calls
// (`$fReadT1 :: Read a => Prec -> (T a -> P b) -> P b`, from the interface)
const READPREC = [
  ["Data.Semigroup.Internal.$fReadAll2", "$fReadAll"],
  ["Data.Semigroup.Internal.$fReadAny2", "$fReadAny"],
  ["Data.Semigroup.Internal.$fReadAlt1", "$fReadAlt"],
  ["Data.Semigroup.Internal.$fReadDual1", "$fReadDual"],
  ["Data.Semigroup.Internal.$fReadProduct1", "$fReadProduct"],
  ["Data.Semigroup.Internal.$fReadSum1", "$fReadSum"],
  ["Data.Monoid.$fReadAp1", "$fReadAp"],
  ["Data.Monoid.$fReadFirst1", "$fReadFirst"],
  ["Data.Monoid.$fReadLast1", "$fReadLast"],
  ["Data.Semigroup.$fReadArg1", "$fReadArg"],
  ["Data.Semigroup.$fReadFirst1", "$fReadFirst"],
  ["Data.Semigroup.$fReadLast1", "$fReadLast"],
  ["Data.Semigroup.$fReadMax1", "$fReadMax"],
  ["Data.Semigroup.$fReadMin1", "$fReadMin"],
  ["Data.Semigroup.$fReadWrappedMonoid1", "$fReadWrappedMonoid"],
  ["Data.Proxy.$fReadProxy2", "$fReadProxy"],
  ["Control.Applicative.$fReadZipList1", "$fReadZipList"],
  ["Data.Complex.$fReadComplex1", "$fReadComplex"],
  ["Data.Fixed.$fReadFixed1", "$fReadFixed"],
];
for (const [q, dfunOcc] of READPREC) {
  const { module, occ } = splitQualified(q);
  const name = globalName(module, occ);
  const dfun = globalName(module, dfunOcc);
  if (defs.has(name) || made.has(name) || !defs.has(dfun)) continue;
  const ds = Array.from(
    { length: arity(defs.get(dfun)) },
    (_, i) => `d${i + 1}`,
  );
  const dict = ds.length === 0 ? dfun : `dict`;
  const bind =
    ds.length === 0 ? "" : `let { dict = THUNK(${dfun} ${ds.join(" ")}) } in `;
  emit(
    module,
    name,
    `${name} = FUN(${[...ds, "n", "k"].join(" ")} -> ${bind}readPrec_GHCziRead ${dict} n k);`,
  );
}

const check = process.argv.includes("--check");
const texts = new Map(
  [...out].map(([module, lines]) => [
    `${module}${SUFFIX}`,
    `# ${module}: instance methods -O1 code names, each selected\n# from its instance's dictionary.\n# GENERATED by scripts/gen-everyday-methods.mjs: edit the script, not this file.\n\n${lines.join("\n")}\n`,
  ]),
);
const differ = writeGenerated(dir, SUFFIX, texts, check);
if (!check)
  console.log([...out].map(([m, l]) => `${m}: ${l.length}`).join("\n"));
if (differ > 0) process.exit(1);
