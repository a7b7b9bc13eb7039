// The parts of `ghc --show-iface` output (GHC 9.0.2) that say which names
// GHC-compiled code can refer to: exports, top-level ids with the names their
// exposed unfoldings mention, classes (methods, superclass count), data
// constructors (record fields, strict fields) and instances. The text format
// is GHC's pretty-printed ModIface; we read only what we need and ignore the
// rest (hashes, usages, docs).

import { splitQualified } from "../lower/names.js";

import { readUnfolding, type Unfolding } from "./unfolding.js";

export type { QName } from "./qname.js";
import type { QName } from "./qname.js";

export interface ExportItem {
  /** The exported entity, qualified by its defining module. */
  readonly name: QName;
  /** Constructors, fields or methods exported with it (`T{C f}`), qualified. */
  readonly children: readonly QName[];
}

export interface IdDecl {
  readonly occ: string;
  /** Every global name the unfolding mentions, qualified. */
  readonly refs: readonly QName[];
  /**
   * The id whose value this one is, when the unfolding is just that id,
   * perhaps cast (`appendFile = appendFile1 `cast` ...`: newtypes and casts
   * are gone in STG, so the two are one closure).
   */
  readonly alias?: QName;
  /**
   * A dictionary function's fields as its DFun unfolding lists them
   * (superclasses, then methods): the id each field is, and whether it is
   * applied to the dfun's own dictionary arguments (`$fMonoidMax_$c<> @a v`);
   * null where a field is anything else.
   */
  readonly dfunFields?: readonly (DFunField | null)[];
  /** The unfolding, when it is a simple one (unfolding.ts). */
  readonly unfolding?: Unfolding;
  /**
   * Its type carries a TypeError constraint (containers' `Whoops`, GHC's
   * `TypeError`): GHC rejects every use, so no compiled code can call it.
   */
  readonly uncallable?: true;
}

export interface DFunField {
  readonly id: QName;
  readonly applied: boolean;
}

export interface ClassDecl {
  readonly occ: string;
  readonly superclasses: number;
  readonly methods: readonly string[];
}

export interface ConDecl {
  readonly occ: string;
  /** Its data type, and its position there (what `dataToTag#` answers). */
  readonly type: string;
  readonly index: number;
  /** One letter a field: `.` lazy, `s` strict (`!`), `u` unpacked. */
  readonly fields: string;
  /** Whether GHC gives it a wrapper `$WC` (a strict or unpacked field). */
  readonly hasWrapper: boolean;
  /**
   * Declared with `forall`, a context or in GADT syntax: its patterns in
   * unfoldings bind type variables and coercions before the fields, and a
   * context's dictionaries are fields `fields` does not count.
   */
  readonly existential?: true;
  /** Its context's constraints: dictionaries, fields before `fields`. */
  readonly dicts?: number;
}

export interface InstanceDecl {
  readonly cls: QName;
  /** The type constructors of the head, qualified; built-in syntax as `()`, `[]`, `(,)`, `FUN`. */
  readonly tycons: readonly QName[];
  readonly dfun: QName;
  /** Declared in a module that defines neither its class nor a head type. */
  readonly orphan: boolean;
}

export interface ModuleIface {
  readonly module: string;
  readonly exports: readonly ExportItem[];
  readonly ids: ReadonlyMap<string, IdDecl>;
  readonly classes: ReadonlyMap<string, ClassDecl>;
  readonly cons: ReadonlyMap<string, ConDecl>;
  /** Type and class names this module declares. */
  readonly types: ReadonlySet<string>;
  readonly instances: readonly InstanceDecl[];
  /** The modules with orphan instances it depends on (`orphans:`). */
  readonly orphans: readonly string[];
}

const HASH_LINE = /^[0-9a-f]{32}$/;
// An id; a method (`$c`, `$dm`), constructor wrapper (`$W`), worker (`$w`),
// specialisation (`$s`) or pattern synonym's builder or matcher (`$b`, `$m`)
// may end in an operator (`$fApplicativeMaybe_$c<*>`, `$dm<$`, `$W:*:`,
// `$w!`); an instance's names may hold a type operator (`$fGeneric1k:.:2`,
// `$fEq:~:`).
// GHC.Types' kind representations are named after the kind (`krep$*`,
// `krep$*Arr*`, `krep$*->*->*`).
const OCC_ID = String.raw`(?:krep\$[*A-Za-z>-]+|[a-z_$][A-Za-z0-9_'#$]*(?:(?:\[\]|\(,*\)|\(#,*#\)|:[!#$%&*+./<=>?@\\^|~-]+:)[A-Za-z0-9_'#$]*)*(?:(?<=\$c|\$dm|\$[Wwsbm])[!#$%&*+./<=>?@\\^|~:-]+)?)`;
const OCC_SYM = String.raw`[!#$%&*+./<=>?@\\^|~-][!#$%&*+./<=>?@\\^|~:-]*`;
const MODULE_PREFIX = String.raw`((?:[A-Z][A-Za-z0-9_']*\.)+)`;
const QUALIFIED_VALUE = new RegExp(
  String.raw`(?<![A-Za-z0-9_'.$#])${MODULE_PREFIX}(${OCC_ID}|${OCC_SYM})`,
  "g",
);
const LOCAL_ID = new RegExp(String.raw`(?<![A-Za-z0-9_'.$#])(${OCC_ID})`, "g");
const LOCAL_SYM = new RegExp(String.raw`(?<=[\s(])(${OCC_SYM})(?=[\s)])`, "g");

/** A TypeError constraint in a signature (before its `=>`). */
const TYPE_ERROR =
  /(?:\.Whoops|GHC\.TypeLits\.TypeError|GHC\.TypeErrors?\.TypeError)\b[^]*=>/;

/** Where a declaration's signature ends: its `[...]` attributes, or the end. */
function firstAttributes(text: string): number {
  const at = text.search(/\n {2}\[/);
  return at < 0 ? text.length : at;
}

/** Whether an occurrence name is a value (not a constructor or type). */
export function isValueOcc(occ: string): boolean {
  return !/^[A-Z:(]/.test(occ);
}

export function parseIface(text: string): ModuleIface {
  const lines = text.split("\n");
  const header = /^interface (\S+) /m.exec(text);
  if (header === null) throw new Error("no `interface` line");
  const module = header[1]!;
  const blocks = declarationBlocks(lines);
  const ids = new Map<string, IdDecl>();
  const classes = new Map<string, ClassDecl>();
  const cons = new Map<string, ConDecl>();
  const types = new Set<string>();
  const localIds = new Set<string>();
  for (const b of blocks) {
    const m = /^ {2}(\S+) ::/.exec(b[0]!);
    if (m !== null) localIds.add(m[1]!);
  }
  for (const b of blocks)
    readDeclaration(b, module, localIds, { ids, classes, cons, types });
  return {
    module,
    exports: readExports(lines, module),
    ids,
    classes,
    cons,
    types,
    instances: readInstances(lines, module),
    orphans: readOrphans(lines),
  };
}

/** The `orphans:` line's modules (continued on indented lines). */
function readOrphans(lines: readonly string[]): string[] {
  const i = lines.findIndex((l) => l.startsWith("orphans:"));
  if (i < 0) return [];
  let text = lines[i]!.slice("orphans:".length);
  for (let j = i + 1; j < lines.length && /^\s/.test(lines[j]!); j++)
    text += " " + lines[j]!;
  return text.split(/\s+/).filter((m) => m !== "");
}

/** The declarations: blocks of indented lines, each after a hash line. */
function declarationBlocks(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] | null = null;
  for (const line of lines) {
    if (HASH_LINE.test(line)) {
      cur = [];
      out.push(cur);
    } else if (cur !== null && line.startsWith("  ")) {
      cur.push(line);
    } else {
      cur = null;
    }
  }
  return out.filter((b) => b.length > 0);
}

interface Decls {
  ids: Map<string, IdDecl>;
  classes: Map<string, ClassDecl>;
  cons: Map<string, ConDecl>;
  types: Set<string>;
}

function readDeclaration(
  block: readonly string[],
  module: string,
  localIds: ReadonlySet<string>,
  out: Decls,
): void {
  const text = block.join("\n");
  const first = block[0]!;
  const id = /^ {2}(\S+) ::/.exec(first);
  if (id !== null) {
    const occ = id[1]!;
    const at = text.indexOf("Unfolding:");
    const refs = at < 0 ? [] : namesIn(text.slice(at), module, localIds);
    const alias = at < 0 ? null : aliasOf(text.slice(at), module, localIds);
    const dfun = text.indexOf("Unfolding: DFun:");
    const fields =
      dfun < 0 ? null : dfunFields(text.slice(dfun + 16), module, localIds);
    const simple =
      at < 0 || alias !== null || dfun >= 0
        ? null
        : readUnfolding(text.slice(at), module, localIds);
    const sig = text.slice(0, firstAttributes(text));
    // (a bare number is an Integer's literal or a Natural's: only the
    // type tells, and the simple unfoldings' translation makes Integers)
    const naturalLiteral =
      simple?.kind === "integer" &&
      /::\s*GHC\.Num\.Natural\.Natural\s*$/.test(sig);
    out.ids.set(occ, {
      occ,
      ...(TYPE_ERROR.test(sig) ? { uncallable: true as const } : {}),
      refs,
      ...(alias !== null ? { alias } : {}),
      ...(fields !== null ? { dfunFields: fields } : {}),
      ...(simple !== null && !naturalLiteral ? { unfolding: simple } : {}),
    });
    return;
  }
  const body = block.filter((l) => !/^ {2}type (?:role \S+|\S+ ::)/.test(l));
  const head = body[0]?.trim() ?? "";
  // (a long class head goes on over lines indented deeper than the
  // methods': `class (Monoid w, Monad m) =>` / `MonadWriter w m | m -> w`)
  let headEnd = 1;
  if (head.startsWith("class "))
    while (/^ {5}/.test(body[headEnd] ?? "")) headEnd++;
  const classHead = body
    .slice(0, headEnd)
    .map((l) => l.trim())
    .join(" ");
  const cls = /^class (?:(.*?) => )?(\S+)/.exec(classHead);
  if (cls !== null) {
    out.types.add(cls[2]!);
    out.classes.set(cls[2]!, {
      occ: cls[2]!,
      superclasses: countConstraints(cls[1]),
      methods: body
        .slice(headEnd)
        .map((l) => /^ {4}(\S+|\([^)]*\)) ::/.exec(l)?.[1])
        .filter((n): n is string => n !== undefined)
        .map((n) => n.replace(/^\((.*)\)$/, "$1")),
    });
    return;
  }
  const data = /^(?:data|newtype) (?:.*? => )?(\S+)/.exec(head);
  if (data !== null) {
    out.types.add(data[1]!);
    const decl = body.map((l) => l.trim()).join(" ");
    const eq = decl.indexOf(" = ");
    if (eq >= 0) {
      // (alternatives are split at a `|` of its own, not `:|`'s)
      splitTopLevel(decl.slice(eq + 3), "|", true).forEach((c, index) => {
        const con = constructor(c.trim(), data[1]!, index);
        if (con !== null) out.cons.set(con.occ, con);
      });
    } else if (/ where$/.test(head))
      gadtConstructors(body.slice(1)).forEach((c, index) => {
        const con = gadtConstructor(c, data[1]!, index);
        if (con !== null) out.cons.set(con.occ, con);
      });
    return;
  }
  const syn = /^(?:type family|data family|type) (\S+)/.exec(head);
  // an operator's declaration names it in parentheses: `type family (&&) a b`
  if (syn !== null) out.types.add(syn[1]!.replace(/^\((.*)\)$/, "$1"));
}

const UNPACK = "{-# UNPACK #-}";

function constructor(
  text: string,
  type: string,
  index: number,
): ConDecl | null {
  // `{-# UNPACK #-}T` marks an unpacked field: keep the mark, lose the spaces.
  const body = text
    .replace(/^forall [^.]*\.\s*/, "")
    .replace(/^.*? => /, "")
    .split(UNPACK)
    .join("\u0001");
  const tokens = splitTopLevel(body, " ").filter((t) => t.trim() !== "");
  let occ: string;
  let fields: string[];
  if (tokens.length >= 3 && tokens[1]!.startsWith(":")) {
    // An infix constructor: `!a :% !a`, `(f p) :*: (g p)`.
    occ = tokens[1]!;
    fields = [tokens[0]!, tokens.slice(2).join(" ")];
  } else {
    if (tokens.length === 0) return null;
    occ = tokens[0]!;
    const rest = body.slice(body.indexOf(occ) + occ.length).trim();
    fields = rest.startsWith("{")
      ? splitTopLevel(rest.slice(1, -1), ",").map((f) =>
          f.slice(f.indexOf(" :: ") + 4).trim(),
        )
      : tokens.slice(1);
  }
  const marks = fieldMarks(fields);
  const ctx = /^(?:forall [^.]*\.\s*)?(.*?) => /.exec(text);
  const existential = ctx !== null || /^forall /.test(text);
  return {
    occ,
    type,
    index,
    fields: marks,
    hasWrapper: /[su]/.test(marks),
    ...(existential ? { existential: true as const } : {}),
    ...(ctx !== null ? { dicts: countConstraints(ctx[1]) } : {}),
  };
}

/** One letter a field's type: `u` unpacked, `s` strict, `.` lazy. */
function fieldMarks(fields: readonly string[]): string {
  return fields
    .map((f) => (f.startsWith("\u0001") ? "u" : f.startsWith("!") ? "s" : "."))
    .join("");
}

/** A GADT-syntax declaration's constructors: `K :: sig` and its lines. */
function gadtConstructors(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (/^ {4}\S/.test(l)) out.push(l.trim());
    else if (out.length > 0) out[out.length - 1] += ` ${l.trim()}`;
  }
  return out;
}

/**
 * A GADT-syntax constructor `K :: forall a. T1 -> {f :: T2} -> R`: its
 * fields are the arrows' arguments (or the record's), after its context's
 * dictionaries.
 */
function gadtConstructor(
  text: string,
  type: string,
  index: number,
): ConDecl | null {
  const m = /^(\S+|\([^)]*\)) :: (.*)$/.exec(text);
  if (m === null) return null;
  const occ = m[1]!.replace(/^\((.*)\)$/, "$1");
  let sig = m[2]!;
  if (sig.startsWith("forall ")) {
    // the binders end at a top-level `.` before a space (not a qualified name's)
    const end = topLevelIndex(sig, ". ");
    if (end < 0) return null;
    sig = sig.slice(end + 1).trim();
  }
  let dicts = 0;
  const arrow = topLevelIndex(sig, " => ");
  if (arrow >= 0) {
    dicts = countConstraints(sig.slice(0, arrow));
    sig = sig.slice(arrow + 4).trim();
  }
  const parts = splitArrows(sig.split(UNPACK).join("\u0001"));
  const args = parts.slice(0, -1);
  const fields =
    args.length === 1 && args[0]!.startsWith("{")
      ? splitTopLevel(args[0]!.slice(1, -1), ",").map((f) =>
          f.slice(f.indexOf(" :: ") + 4).trim(),
        )
      : args;
  const marks = fieldMarks(fields);
  return {
    occ,
    type,
    index,
    fields: marks,
    hasWrapper: /[su]/.test(marks),
    existential: true,
    ...(dicts > 0 ? { dicts } : {}),
  };
}

/** Where `needle` first occurs outside brackets in `s`, or -1. */
function topLevelIndex(s: string, needle: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (depth === 0 && s.startsWith(needle, i)) return i;
  }
  return -1;
}

/** A signature's top-level ` -> `-separated parts. */
function splitArrows(sig: string): string[] {
  return splitTopLevel(sig, " -> ").map((p) => p.trim());
}

/** How many constraints a class context `(A m, B m)` or `A m` has. */
function countConstraints(ctx: string | undefined): number {
  if (ctx === undefined) return 0;
  const t = ctx.trim();
  if (t.startsWith("(") && matchingParen(t, 0) === t.length - 1)
    return splitTopLevel(t.slice(1, -1), ",").length;
  return 1;
}

function matchingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "(") depth++;
    else if (s[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

/**
 * `s` split at each `sep` outside brackets (with `alone`, only where
 * spaces stand on both sides of it).
 */
function splitTopLevel(s: string, sep: string, alone = false): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (
      depth === 0 &&
      s.startsWith(sep, i) &&
      (!alone || (s[i - 1] === " " && s[i + sep.length] === " "))
    ) {
      out.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/** The id an unfolding consists of (`f`, `M.f `cast` co`), if that is all it is. */
function aliasOf(
  text: string,
  module: string,
  localIds: ReadonlySet<string>,
): QName | null {
  const body = text
    .replace(/^Unfolding:\s*/, "")
    .replace(/^InlineRule \([^)]*\)\s*/, "")
    .replace(/^\(\s*/, "");
  const m = /^(\S+)\s*([\s\S]*)$/.exec(body);
  if (m === null) return null;
  const rest = m[2]!.trim();
  if (!(rest.startsWith("`cast`") || /^[)\]\s]*$/.test(rest))) return null;
  return idIn(m[1]!.replace(/[)\]]+$/, ""), module, localIds);
}

/** An id as an unfolding names it, qualified; null for anything else. */
function idIn(
  name: string,
  module: string,
  localIds: ReadonlySet<string>,
): QName | null {
  const q = new RegExp(`^${MODULE_PREFIX}(${OCC_ID}|${OCC_SYM})$`).exec(name);
  if (q !== null) return isValueOcc(q[2]!) ? q[1]! + q[2]! : null;
  return localIds.has(name) && isValueOcc(name) ? `${module}.${name}` : null;
}

/**
 * The fields of `DFun: @a (v['Many] :: C a). @(T a) f1 (f2 @a v) f3 `cast` co`
 * (the text after `DFun:`).
 */
function dfunFields(
  text: string,
  module: string,
  localIds: ReadonlySet<string>,
): (DFunField | null)[] | null {
  const body = text.replace(/\]\s*$/, "").trim();
  // The binders end at the first `.` outside parentheses.
  let depth = 0;
  let dot = -1;
  for (let i = 0; i < body.length && dot < 0; i++) {
    const c = body[i]!;
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "." && depth === 0) dot = i;
  }
  if (dot < 0) return null;
  const dicts = [...body.slice(0, dot).matchAll(/\((\S+?)\['Many\] ::/g)].map(
    (m) => m[1]!,
  );
  const tokens = splitTopLevel(body.slice(dot + 1).replace(/\s+/g, " "), " ")
    .map((t) => t.trim())
    .filter((t) => t !== "");
  const out: (DFunField | null)[] = [];
  let i = 0;
  while (i < tokens.length && tokens[i]!.startsWith("@")) i++;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i + 1] === "`cast`") i += 2;
    if (!t.startsWith("(")) {
      const id = idIn(t, module, localIds);
      out.push(id === null ? null : { id, applied: false });
      continue;
    }
    const parts = splitTopLevel(t.slice(1, -1).trim(), " ").filter(
      (x) => x !== "" && !x.startsWith("@"),
    );
    const id = idIn(parts[0] ?? "", module, localIds);
    const args = parts.slice(1);
    const applied =
      args.length === dicts.length && args.every((a, k) => a === dicts[k]);
    out.push(
      id !== null && applied && dicts.length > 0 ? { id, applied } : null,
    );
  }
  return out;
}

// The equality constraints' type constructors (`GHC.Types.~` in a cast's
// coercion, `GHC.Prim.~#`): types, never values. (`~~` stays, counted as
// erased: src/coverage/coverage.ts ERASED_BEFORE_STG.)
const TYPE_EQUALITIES = new Set(["~", "~#", "~R#", "~P#"]);

/** The global value names an unfolding's text mentions. */
function namesIn(
  text: string,
  module: string,
  localIds: ReadonlySet<string>,
): QName[] {
  // String literals and type annotations name nothing callable. A long
  // literal goes on over lines as `\n\` newline `\`: an escape may be a newline.
  const code = text.replace(/"(?:[^"\\]|\\[\s\S])*"#?/g, '""');
  const out = new Set<QName>();
  for (const m of code.matchAll(QUALIFIED_VALUE)) {
    const occ = m[2]!;
    if (isValueOcc(occ) && !TYPE_EQUALITIES.has(occ)) out.add(m[1]! + occ);
  }
  for (const re of [LOCAL_ID, LOCAL_SYM]) {
    for (const m of code.matchAll(re)) {
      const occ = m[1]!;
      if (localIds.has(occ)) out.add(`${module}.${occ}`);
    }
  }
  return [...out];
}

function readExports(lines: readonly string[], module: string): ExportItem[] {
  const start = lines.indexOf("exports:");
  if (start < 0) return [];
  const items: string[] = [];
  for (let i = start + 1; i < lines.length && lines[i]!.startsWith("  "); i++) {
    const line = lines[i]!;
    // Continuation lines of a long `T{...}` are indented further.
    if (line.startsWith("   ") && items.length > 0)
      items[items.length - 1] += " " + line.trim();
    else items.push(line.trim());
  }
  const qualify = (n: string) => qualifyIn(module, n);
  return items.map((item) => {
    const brace = item.indexOf("{");
    if (brace < 0) return { name: qualify(item), children: [] };
    // `T|{...}`: the parent itself is not exported, only the names in braces.
    const name = qualify(item.slice(0, brace).replace(/\|$/, ""));
    // Field labels print unqualified even when defined elsewhere: they
    // belong to the parent's module.
    const parent = splitQualified(name).module;
    const children = item
      .slice(brace + 1, item.lastIndexOf("}"))
      .split(/\s+/)
      .filter((c) => c !== "")
      .map((c) => qualifyIn(parent, c));
    return { name, children };
  });
}

/** `n` as printed in module `module`'s interface, qualified. */
function qualifyIn(module: string, n: string): QName {
  return /^[A-Z][A-Za-z0-9_']*\../.test(n) ? n : `${module}.${n}`;
}

function readInstances(
  lines: readonly string[],
  module: string,
): InstanceDecl[] {
  const out: InstanceDecl[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith("instance ")) continue;
    let text = lines[i]!;
    while (i + 1 < lines.length && lines[i + 1]!.startsWith("  "))
      text += " " + lines[++i]!.trim();
    // `instance [safe] C [T] = $fCT`: Safe Haskell and overlap flags first.
    const m = /^instance ((?:\[[a-z ]+\] )*)(\S+) \[(.*)\] = (\S+)$/.exec(text);
    if (m === null) continue;
    const q = (n: string) => qualifyIn(module, n);
    out.push({
      cls: q(m[2]!),
      tycons: splitTopLevel(m[3]!, ",")
        .map((t) => t.trim())
        .filter((t) => t !== "")
        .map((t) => (isBuiltinTycon(t) ? t : q(t))),
      dfun: `${module}.${m[4]!}`,
      orphan: /\[orphan\]/.test(m[1]!),
    });
  }
  return out;
}

/** Type constructors of built-in syntax (and wildcards), in scope everywhere. */
export function isBuiltinTycon(t: string): boolean {
  return /^(?:\(\)|\[\]|\(,+\)|\(#,*#\)|FUN|TYPE|\.|->)$/.test(t);
}
