#!/usr/bin/env node
// Generates the miniSTG preludes of the libraries written in Haskell under
// libraries/ (clean-room, issue 14; every directory there but containers,
// which gen-containers.mjs compiles at -O1): compiles every module with
// GHC 9.0.2 at -O0 (-ddump-stg-final), lowers each module's exported
// bindings with hs2stg's own pipeline and writes what they reach in the
// module to preludes/base/<Module>.stg.
//   node scripts/gen-library-preludes.mjs             write the files
//   node scripts/gen-library-preludes.mjs --check     exit 1 when a file differs
//   node scripts/gen-library-preludes.mjs --only L,M  only these libraries
//     (the others stay on the -i path for their imports)
// Needs `npm run build` first (it uses dist/).
import {
  readFileSync,
  writeFileSync,
  existsSync,
  mkdtempSync,
  cpSync,
  readdirSync,
  rmSync,
  statSync,
} from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname, relative, sep } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { parseGhcDump, printStg } from "../dist/index.js";
import { letGroupsAsLetrec } from "../dist/preludes/letrec-groups.js";
import { lowerEntries } from "../dist/lower/index.js";
import { topBindings, moduleNameOf } from "../dist/lower/globals.js";
import { zEncode, zDecode } from "../dist/lower/names.js";
import { workerFromWrapper } from "./library-workers.mjs";
import { definedNames, exportedOccs } from "./generated-preludes.mjs";
import { ghcMake, showIface } from "./ghc-cache.mjs";
import { packageImportDirs } from "./library-interfaces.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const LIBS = readdirSync(join(root, "libraries"))
  .filter((l) => l !== "containers")
  .sort();
const check = process.argv.includes("--check");
// The package internals our zz_ names define (no clash: they are meant).
const zzNames = new Set();
// Libraries whose Typeable bindings come from our compiled code (the others'
// are the interface's, with the package's fingerprints: gen-base-tycons.mjs).
const OWN_TYCONS = new Set(["text", "time", "base", "unix"]);
const onlyArg = process.argv.indexOf("--only");
const ONLY =
  onlyArg < 0 ? LIBS : process.argv[onlyArg + 1].split(",").filter(Boolean);
for (const l of ONLY)
  if (!LIBS.includes(l)) throw new Error(`no library libraries/${l}`);

function hsFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...hsFiles(p));
    else if (p.endsWith(".hs")) out.push(p);
  }
  return out;
}

const work = mkdtempSync(join(tmpdir(), "hs2stg-libs-"));
const modules = [];
for (const lib of LIBS) {
  const src = join(root, "libraries", lib);
  cpSync(src, join(work, lib), { recursive: true });
  if (!ONLY.includes(lib)) continue;
  for (const f of hsFiles(src))
    modules.push(relative(src, f).replace(/\.hs$/, "").split(sep).join("."));
}
ghcMake(
  [
    "-O0",
    "-hide-all-packages",
    "-package",
    "base",
    // stm's TArray is an instance of the array package's MArray
    "-package",
    "array",
    // binary's instances for containers' types: the installed package's
    // interfaces (its names are the ones our containers preludes define)
    "-package",
    "containers",
    // integer-gmp's compatibility layer is over ghc-bignum's API
    "-package",
    "ghc-bignum",
    ...LIBS.map((l) => `-i${l}`),
    "--make",
    "-no-link",
    "-odir",
    join(work, "out"),
    "-hidir",
    join(work, "out"),
    "-ddump-stg-final",
    "-ddump-to-file",
    ...modules,
  ],
  {
    cwd: work,
    inputs: LIBS.map((l) => join(work, l)),
    root,
    temp: work,
    outDir: work,
    keep: [".hi", ".dump-stg-final"],
  },
);

let differ = 0;
// The made-up names every module renamed (`$dmtoHtmlFromList1` ->
// `..._hs`): another module of the library that calls one (GHC's -O0
// code of one module can name a floated binding of another) gets the new
// name too, so it never falls to the installed package's internal. The
// module files are written once all are renamed.
const madeUp = new Map();
const pending = [];
for (const mod of modules.sort()) {
  const lib = LIBS.find((l) =>
    existsSync(join(work, l, ...mod.split(".")) + ".hs"),
  );
  const dumpFile = join(work, lib, ...mod.split(".")) + ".dump-stg-final";
  const dump = parseGhcDump(readFileSync(dumpFile, "utf8"), dumpFile);
  const suffix = "_" + zEncode(mod);
  const kept = new Map();
  const entries = [];
  for (const section of dump.modules) {
    if (moduleNameOf(section) !== mod) continue;
    for (const b of topBindings(section)) {
      const occ = b.name.occ;
      if (b.name.module !== mod) continue;
      if (/^\$(tc|trModule|krep)/.test(occ)) continue;
      entries.push(`${mod}.${occ}`);
    }
  }
  // as lower([dump], { entry }) for each, the module lowered once
  for (const program of lowerEntries([dump], entries))
    for (const pb of program.bindings) {
      if (!pb.name.endsWith(suffix) || pb.name.startsWith("con_")) continue;
      if (/^zd(tc|trModule|krep)/.test(pb.name) && !OWN_TYCONS.has(lib))
        continue;
      // base's TyCons are the interface's (gen-base-tycons.mjs), with
      // GHC's fingerprints and package name
      if (lib === "base" && /^zd(tc|trModule|krep)/.test(pb.name)) continue;
      if (!kept.has(pb.name)) kept.set(pb.name, pb);
    }
  const out = join(root, "preludes", "base", `${mod}.stg`);
  if (kept.size === 0) continue;
  // A source name `zz_X` is the package's internal whose Z-encoded name is
  // X (`zz_zdwappend` is the worker `$wappend`), written by hand with the
  // interface file's type for -O1 callers.
  // A name GHC made up (`copyM1`, `sat2`, `$fShowSize2`, `maybeParens3`)
  // gets `_hs` appended, so it never stands for a package internal of the
  // same name and another meaning (the package's own comes from its
  // interface: gen-o1-library-core and the other -O1 generators).
  const renames = new Map();
  const ours = showIface(join(work, "out", ...mod.split(".")) + ".hi");
  const exported = exportedOccs(ours);
  // an instance's dictionary keeps its name even when it ends in a digit
  // (`$fShowI16`)
  const dfuns = ourDfuns(ours);
  const classNames = ourClassNames(ours);
  for (const k of kept.keys()) {
    const occ = k.slice(0, -suffix.length);
    const zz = zzRename(k);
    if (zz !== k && exported.has(occ)) {
      renames.set(k, zz);
      zzNames.add(zz);
    } else {
      const keep =
        exported.has(occ) ||
        dfuns.has(zDecode(occ)) ||
        /^zdW/.test(occ) ||
        // a pattern synonym's matcher and builder (`$mS#`, `$bJp#`)
        /^zd[bm][A-Z]/.test(occ) ||
        // a class's default methods and superclass selectors (not what
        // GHC floats out of them: `$dmpPrint1` is a Num Rational)
        classNames.has(zDecode(occ)) ||
        (/^zd(f|tc|tr)/.test(occ) && !/[0-9]$/.test(occ));
      if (!keep) renames.set(k, occ + "zuhs" + suffix);
    }
  }
  const text =
    `# ${mod} (${lib}), generated by scripts/gen-library-preludes.mjs from\n` +
    `# libraries/${lib}/${mod.split(".").join("/")}.hs (GHC 9.0.2, -O0); do not edit.\n\n` +
    printStg({ bindings: [...kept.values()] }, { dialect: "extended" })
      .replace(/\b[A-Za-z0-9]+_[A-Za-z0-9]+\b/g, (w) => renames.get(w) ?? w)
      // the zz_ names other modules export, which this one calls
      .replace(/\bzzzzzu[A-Za-z0-9]*_[A-Za-z0-9]+\b/g, (w) =>
        /zuhs_[A-Za-z0-9]+$/.test(w) ? w : zzRename(w),
      );
  const named = new Map([...kept].map(([k, b]) => [renames.get(k) ?? k, b]));
  kept.clear();
  for (const [k, b] of named) kept.set(k, b);
  for (const [from, to] of renames)
    if (to.endsWith("zuhs" + suffix)) madeUp.set(from, to);
  pending.push({ out, text, suffix, n: kept.size });
  const aliases = methodAliases(lib, mod, kept, exported);
  if (aliases.length > 0) {
    const o1 = join(root, "preludes", "base", `${mod}+O1.stg`);
    const o1text =
      `# ${mod} (${lib}), the -O1 names of its instance methods, generated by\n` +
      `# scripts/gen-library-preludes.mjs from the installed package's interface\n` +
      `# file: \`$fC_$cm\` is the method m of the dictionary $fC, and the\n# floated-out string and Int constants; do not edit.\n\n` +
      aliases.join("\n") +
      "\n";
    emit(o1, o1text, aliases.length);
  }
}

// (a module's own names were renamed with it; a name a zz_ source gives
// the package's meaning is never another module's made-up one)
for (const name of zzNames) madeUp.delete(name);
for (const { out, text, suffix, n } of pending)
  emit(
    out,
    text.replace(/\b[A-Za-z0-9]+_[A-Za-z0-9]+\b/g, (w) =>
      w.endsWith(suffix) ? w : (madeUp.get(w) ?? w),
    ),
    n,
  );

// The dictionary functions of our compiled module (its `instance` lines;
// `text` is its interface, `ghc --show-iface`).
function ourDfuns(text) {
  // an instance's head may span lines; its dictionary follows the `=`
  return new Set(
    [...text.matchAll(/^instance [\s\S]*?= (\S+)$/gm)].map((m) => m[1]),
  );
}

// The default methods (`$dmm`) and superclass selectors (`$p1C`..`$pnC`,
// one per constraint of the class's context) of the classes our compiled
// module declares: the same names in the package.
function ourClassNames(text) {
  const out = new Set();
  for (const m of text.matchAll(
    // a context in brackets may span lines
    /^  class (?:(\((?:[^()]|\([^()]*\))*\)|[^\n(]*?)\s*=>\s*)?([A-Z][A-Za-z0-9_']*)[^\n]*\n((?:    .*\n)*)/gm,
  )) {
    const cls = m[2];
    for (const meth of m[3].matchAll(
      /^    (?:\(([^)\s]+)\)|([a-z_][A-Za-z0-9_']*)) ::/gm,
    ))
      out.add(`$dm${meth[1] ?? meth[2]}`);
    const supers = m[1] === undefined ? 0 : contextSize(m[1]);
    for (let i = 1; i <= supers; i++) out.add(`$p${i}${cls}`);
  }
  return out;
}

// The number of constraints in a class context: `C a` is one, `(C a, D
// (t m))` counts the commas outside inner brackets.
function contextSize(context) {
  const c = context.trim();
  if (!c.startsWith("(") || !c.endsWith(")")) return 1;
  let depth = 0;
  let n = 1;
  for (const ch of c.slice(1, -1)) {
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "," && depth === 0) n++;
  }
  return c === "()" ? 0 : n;
}

function zzRename(name) {
  const m = /^zzzzzu([A-Za-z0-9]+)_([A-Za-z0-9]+)$/.exec(name);
  return m === null ? name : `${zDecode(m[1])}_${m[2]}`;
}

function emit(out, printed, n) {
  // Chains of lets as one letrec where that means the same (fewer steps).
  const text = letGroupsAsLetrec(printed, out);
  if (check) {
    if (!existsSync(out) || readFileSync(out, "utf8") !== text) {
      console.error(`differs: ${relative(root, out)}`);
      differ++;
    }
  } else {
    writeFileSync(out, text);
    console.log(`${relative(root, out)}: ${n} bindings`);
  }
}

// The declarations of a module's interface file: name -> type (one line).
// (var: the main loop above calls this before a const here would be set)
var importDirs;
function ifaceDecls(lib, mod) {
  importDirs ??= new Map();
  if (!importDirs.has(lib))
    importDirs.set(
      lib,
      execFileSync(
        "ghc-pkg",
        ["field", lib, "import-dirs", "--simple-output"],
        {
          encoding: "utf8",
        },
      ).trim(),
    );
  const dir = importDirs.get(lib);
  const hi = join(dir, ...mod.split(".")) + ".hi";
  // A module of our own (no such module in the package) has no -O1 names.
  if (!existsSync(hi)) return Object.assign(new Map(), { infos: new Map() });
  const text = showIface(hi);
  const lines = text.split("\n");
  const decls = new Map();
  const infos = new Map();
  for (let i = 0; i < lines.length; i++) {
    const m = /^  (\S+) ::(.*)$/.exec(lines[i]);
    if (m === null) continue;
    let t = m[2];
    while (
      i + 1 < lines.length &&
      /^    /.test(lines[i + 1]) &&
      !/^\s*\[(HasNoCafRefs|LambdaFormInfo|Arity|Strictness|Unfolding|CPR|Inline)\b/.test(
        lines[i + 1],
      )
    )
      t += " " + lines[++i].trim();
    decls.set(m[1], t.replace(/\s+/g, " ").trim());
    let info = "";
    while (i + 1 < lines.length && /^  (\[| )/.test(lines[i + 1]))
      info += " " + lines[++i].trim();
    infos.set(m[1], info);
  }
  decls.infos = infos;
  decls.exports = new Set();
  const from = lines.indexOf("exports:");
  for (let i = from + 1; from >= 0 && /^  /.test(lines[i] ?? ""); i++)
    for (const name of lines[i]
      .trim()
      .split(/[{} ]+/)
      .filter(Boolean))
      decls.exports.add(name.replace(/^([A-Z][\w']*\.)+(?=.)/, ""));
  return decls;
}

// The names a hand-written `<Module>+Workers.stg` defines: they win over a
// generated alias (GHC reuses a dictionary's name for another class's
// method, e.g. parsec's `$fEqParseError_$ccompare` is Message's compare).
function handWritten(mod) {
  const file = join(root, "preludes", "base", `${mod}+Workers.stg`);
  if (!existsSync(file)) return new Set();
  const names = readFileSync(file, "utf8").match(/^[^#\s]\S* =/gm) ?? [];
  return new Set(names.map((n) => n.slice(0, -2)));
}

// Floated-out constants the unfoldings name: strings (`unpackCString#` of
// an Addr# literal) and small Ints.
function constants(decls, mod, kept, hand) {
  const out = [];
  for (const [name, type] of decls) {
    const target = globalName(mod, name);
    if (kept.has(target) || hand.has(target)) continue;
    const info = decls.infos.get(name) ?? "";
    const str = /Unfolding: \(GHC\.CString\.unpackCString# (\S+)\)\]?$/.exec(
      info,
    );
    if (
      str !== null &&
      /^(\[GHC\.Types\.Char\]|GHC\.Base\.String)$/.test(type)
    ) {
      const lit = /Unfolding: \("([^"\\]*)"#\)\]?$/.exec(
        decls.infos.get(str[1]) ?? "",
      );
      if (lit !== null)
        out.push(
          `${target} = THUNK(unpackCStringzh_GHCziCString "${lit[1]}");`,
        );
      continue;
    }
    const int = /Unfolding: \(GHC\.Types\.I# (-?\d+)#\)\]?$/.exec(info);
    if (int !== null && type === "GHC.Types.Int")
      out.push(`${target} = CON(I ${int[1]});`);
  }
  return out;
}

// Splits `ctx => head` at the top-level `=>`; counts the context's constraints.
function dfunShape(type) {
  let t = type.replace(/^forall [^.]*\. /, "");
  let depth = 0;
  let arrow = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (depth === 0 && t.startsWith("=>", i)) arrow = i;
  }
  if (arrow < 0) return { dicts: 0, head: t.trim() };
  const ctx = t.slice(0, arrow).trim();
  let dicts = 1;
  if (ctx.startsWith("(") && ctx.endsWith(")")) {
    depth = 0;
    for (const c of ctx.slice(1, -1)) {
      if (c === "(") depth++;
      else if (c === ")") depth--;
      else if (c === "," && depth === 0) dicts++;
    }
  }
  return { dicts, head: t.slice(arrow + 2).trim() };
}

function globalName(module, occ) {
  return zEncode(occ) + "_" + zEncode(module);
}

// GHC names what -O0 floats to top level after the binding (emptyDef1,
// haskellDef2); the installed package's -O1 build may use the same name for
// something else, which -O1 user code would then get from us: say so
// (exported names and instance dictionaries are the same thing in both).
function warnClashes(mod, decls, kept, ours) {
  const suffix = "_" + zEncode(mod);
  for (const name of kept.keys()) {
    // our source exports it: written to be the package's (`maybeParens3`)
    if (zzNames.has(name) || ours.has(name.slice(0, -suffix.length))) continue;
    const occ = [...decls.keys()].find((d) => zEncode(d) + suffix === name);
    // a default method or superclass selector kept is our class's own
    if (occ === undefined || !/\d$/.test(occ) || /^\$(dm|p\d)/.test(occ))
      continue;
    if (decls.exports.has(occ) || /^\$f[^_]*$/.test(occ)) continue;
    console.error(
      `warning: ${mod}.${occ} is a floated name of our -O0 code and a name of the installed package`,
    );
  }
}

// -O1 code calls an instance's methods by name ($fMonadStateT_$c>>=): each is
// the method selected from our dictionary, after the instance's context.
function methodAliases(lib, mod, kept, ours) {
  const decls = ifaceDecls(lib, mod);
  warnClashes(mod, decls, kept, ours);
  const hand = handWritten(mod);
  const out = constants(decls, mod, kept, hand);
  for (const [name] of decls) {
    const m = /^(\$f[^_]+)_\$c(.+)$/.exec(name);
    if (m === null) continue;
    const dfunType = decls.get(m[1]);
    if (dfunType === undefined) continue;
    const target = globalName(mod, name);
    if (kept.has(target) || hand.has(target)) continue;
    const dfun = globalName(mod, m[1]);
    if (!kept.has(dfun)) continue;
    const { dicts, head } = dfunShape(dfunType);
    const cls = head.split(" ")[0];
    const dot = cls.lastIndexOf(".");
    const clsModule = dot < 0 ? mod : cls.slice(0, dot);
    const clsName = dot < 0 ? cls : cls.slice(dot + 1);
    const sc = /^p(\d+)(.+)$/.exec(m[2]);
    const isSuper = sc !== null && sc[2] === clsName;
    // `$fC_$cmN` is also what GHC calls a constant it floated out of the
    // method m ($fISO8601LocalTime_$ciso8601Format1, a Format TimeOfDay):
    // only a method of the class is selected
    if (!isSuper && !classMethods(lib, clsModule, clsName).has(m[2])) continue;
    const selector = isSuper
      ? globalName(clsModule, `$p${sc[1]}${clsName}`)
      : globalName(clsModule, m[2]);
    if (dicts === 0) {
      out.push(`${target} = THUNK(${selector} ${dfun});`);
    } else {
      const ds = Array.from({ length: dicts }, (_, i) => `d${i + 1}`).join(" ");
      out.push(
        `${target} = FUN(${ds} ->\n  let { dict = THUNK(${dfun} ${ds}) } in ${selector} dict);`,
      );
    }
  }
  out.push(...workers(mod, decls, kept));
  return out.sort();
}

// The methods of the class `clsModule.clsName`, from the interface file of
// the installed module defining it (one find-module names, or this library's).
var classCache;
function classMethods(lib, clsModule, clsName) {
  classCache ??= new Map();
  const key = `${clsModule}.${clsName}`;
  if (!classCache.has(key)) {
    const pkgs = execFileSync(
      "ghc-pkg",
      ["find-module", clsModule, "--simple-output"],
      { encoding: "utf8" },
    )
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    // (find-module knows exposed modules only: Data.Format is time's own)
    pkgs.push(lib);
    let methods = null;
    for (const pkg of pkgs) {
      for (const d of packageImportDirs(pkg)) {
        const hi = join(d, ...clsModule.split(".")) + ".hi";
        if (!existsSync(hi)) continue;
        const cls = ifaceClasses(showIface(hi)).get(clsName);
        if (cls !== undefined) methods = cls;
      }
    }
    if (methods === null)
      throw new Error(`${lib}: no class ${key} in the installed interfaces`);
    classCache.set(key, methods);
  }
  return classCache.get(key);
}

// The classes of an interface's text: name -> its methods. A class's head
// may span lines (`class (Functor t, Foldable t) =>` / `Traversable t
// where`); its methods are the declarations indented four spaces under it.
function ifaceClasses(text) {
  const lines = text.split("\n");
  const out = new Map();
  for (let i = 0; i < lines.length; i++) {
    if (!/^ {2}class /.test(lines[i])) continue;
    let head = lines[i].trim();
    while (i + 1 < lines.length && /^ {5,}\S/.test(lines[i + 1]))
      head += " " + lines[++i].trim();
    const arrow = head.lastIndexOf("=>");
    const rest = (
      arrow < 0 ? head.slice("class ".length) : head.slice(arrow + 2)
    )
      .trim()
      .split(/\s+/);
    const methods = new Set();
    for (; i + 1 < lines.length && /^ {4}/.test(lines[i + 1]); i++) {
      const m = /^ {4}(\([^)]*\)|[^\s(]\S*) ::/.exec(lines[i + 1]);
      if (m !== null) methods.add(m[1].replace(/^\((.*)\)$/, "$1"));
    }
    out.set(rest[0], methods);
  }
  return out;
}

// Names hand-written prelude files define (a generated worker must not
// clash with one).
var handWrittenCache;
function handWrittenNames() {
  // Generated files do not count: this script's, and those of the -O1
  // generators, which run after it (they define what it leaves).
  handWrittenCache ??= definedNames(join(root, "preludes", "base"), (_, text) =>
    /scripts\/gen-(library-preludes|o1-|everyday-methods)/.test(
      text.slice(0, 300),
    ),
  );
  return handWrittenCache;
}

// Names the -O1 generators' files define (they run after this script, from
// the interface files' unfoldings): a worker they define needs no warning.
var laterCache;
function laterNames() {
  laterCache ??= definedNames(
    join(root, "preludes", "base"),
    (_, text) =>
      !/scripts\/gen-(o1-|everyday-methods)/.test(text.slice(0, 300)),
  );
  return laterCache;
}

// -O1 code calls the workers `$wf` of our functions `f` (scripts/library-workers.mjs).
function workers(mod, decls, kept) {
  const out = [];
  const hand = handWrittenNames();
  for (const [name, type] of decls) {
    if (!name.startsWith("$w")) continue;
    const target = globalName(mod, name);
    const wrapper = globalName(mod, name.slice(2));
    if (kept.has(target) || !kept.has(wrapper) || hand.has(target)) continue;
    const wrapperType = decls.get(name.slice(2));
    if (wrapperType === undefined) continue;
    const def = workerFromWrapper(mod, wrapperType, type, target, wrapper);
    if (def !== null) out.push(def);
    else if (!laterNames().has(target))
      console.error(`${mod}.${name}: worker and wrapper types do not line up`);
  }
  return out;
}
rmSync(work, { recursive: true, force: true });
if (differ > 0) process.exit(1);
