// An internal id defined from its whole exposed unfolding (an InlineRule's
// or a plain one), when no simpler route of gen-o1-library-names applies:
// the Core is read (src/coverage/core-read.ts), turned into STG
// (src/coverage/core-stg.ts) and lowered and printed by hs2stg's own
// lowering, as GHC's STG of a program is. Taken only when exact: the
// unfolding takes as many arguments as the id's arity, it has no void
// argument other than state tokens (which core-stg.ts unarises), every constructor it
// applies or matches has a known Core arity (no UNPACKed field, whose
// parts the worker takes), and the lowering accepts it (known primops).
import { readCore } from "../dist/coverage/core-read.js";
import { coreBinding, Unsupported } from "../dist/coverage/core-stg.js";
import { Globals } from "../dist/lower/globals.js";
import { Constructors } from "../dist/lower/constructors.js";
import { ModuleLowering } from "../dist/lower/lower-module.js";
import { EnumTypes } from "../dist/lower/types.js";
import { printStg } from "../dist/print/print-stg.js";
import { canSynthesize } from "../dist/preludes/library-constructors.js";
import { UserError } from "../dist/errors.js";

// Constructors of wired-in types, which no interface file declares.
const WIRED = new Map(
  Object.entries({
    "GHC.Types.I#": 1,
    "GHC.Types.C#": 1,
    "GHC.Types.W#": 1,
    "GHC.Types.D#": 1,
    "GHC.Types.F#": 1,
    "GHC.Types.True": 0,
    "GHC.Types.False": 0,
    "GHC.Types.:": 2,
    "GHC.Types.[]": 0,
    "GHC.Maybe.Just": 1,
    "GHC.Maybe.Nothing": 0,
    "GHC.Num.Integer.IS": 1,
    "GHC.Num.Integer.IP": 1,
    "GHC.Num.Integer.IN": 1,
    "GHC.Num.Natural.NS": 1,
    "GHC.Num.Natural.NB": 1,
    // (declared, but with a C type line the interface reader misreads)
    "GHC.Word.W8#": 1,
    "GHC.Word.W16#": 1,
    "GHC.Word.W32#": 1,
    "GHC.Word.W64#": 1,
    "GHC.Int.I8#": 1,
    "GHC.Int.I16#": 1,
    "GHC.Int.I32#": 1,
    "GHC.Int.I64#": 1,
    // existential ones with an unpacked field, whose declaration does not
    // give the count
    "Data.Typeable.Internal.TrTyCon": 5,
    "Data.Typeable.Internal.TrApp": 5,
    "Data.Typeable.Internal.TrFun": 5,
  }),
);

/**
 * The Core arity of a wired-in or built-in constructor (`:`, `(,)`,
 * `(#,#)`, `Just`, `I#`), or undefined for any other.
 */
export function wiredConArity(module, occ) {
  if (occ === "[]" || occ === "()" || occ === "(##)" || occ === "(# #)")
    return 0;
  const t = /^\((#?)(,*)\1\)$/.exec(occ);
  if (t !== null) return t[2].length + 1;
  if (module === null)
    return occ === ":" ? 2 : occ === "Solo#" || occ === "Solo" ? 1 : undefined;
  return WIRED.get(`${module}.${occ}`);
}

// Types and values STG represents differently from Core (unarised) and
// core-stg.ts does not unarise (it does state tokens).
const UNARISED = /Void#|void#|Proxy#|proxy#|coercionToken#|\(# #\)|\(##\)/;

const debug = (name, why) => {
  if (process.env.CORE_DEBUG) console.error(`${name}: ${why}`);
  return null;
};

/** The Core of a declaration's unfolding, or null (unreadable, unarised). */
export function coreOf(mod, name, decl, localIds) {
  const at = decl.info.indexOf("Unfolding:");
  if (at < 0) return null;
  if (UNARISED.test(decl.type) || UNARISED.test(decl.info))
    return debug(name, "unarised");
  const core = readCore(decl.info.slice(at), mod, localIds);
  if (core === null) return debug(name, "unreadable");
  // a Natural literal prints as an Integer's: not told apart where a
  // Natural is about and a number is written
  if (
    (/Natural/.test(decl.type) || /Natural/.test(decl.info)) &&
    hasInteger(core)
  )
    return debug(name, "Natural");
  return core;
}

/** Whether a Core expression holds an Integer literal (a bare number). */
function hasInteger(e) {
  switch (e.kind) {
    case "integer":
      return true;
    case "app":
      return hasInteger(e.fn) || e.args.some(hasInteger);
    case "lam":
      return hasInteger(e.body);
    case "let":
      return e.binds.some((b) => hasInteger(b.rhs)) || hasInteger(e.body);
    case "case":
      return hasInteger(e.scrutinee) || e.alts.some((a) => hasInteger(a.body));
    default:
      return false;
  }
}

/**
 * The constructors an unfolding matches, with their fields' count (a
 * pattern binds every field: what the constructor's Core arity is).
 */
export function patternArities(core, out) {
  const walk = (x) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === "object") {
      if (x.con?.kind === "con" && Array.isArray(x.vars)) {
        const key = `${x.con.module}.${x.con.occ}`;
        const n = x.vars.length;
        out.set(key, out.has(key) && out.get(key) !== n ? -1 : n);
      }
      for (const v of Object.values(x)) walk(v);
    }
  };
  walk(core);
}

/**
 * `{ text, needs }` for top-level id `occ` of module `mod` from its
 * declaration `decl` ({ type, info }), or null. `localIds`: the module's
 * own names (printed unqualified); `conArity(module, occ)`: a constructor's
 * Core arity or null.
 */
export function coreDefinition(
  mod,
  occ,
  name,
  decl,
  localIds,
  conArity,
  existential = () => false,
) {
  const core = coreOf(mod, name, decl, localIds);
  if (core === null) return null;
  const at = decl.info.indexOf("Unfolding:");
  if (at < 0) return null;

  const arity = Number(/Arity: (\d+)/.exec(decl.info)?.[1] ?? 0);
  const lambdas = core.kind === "lam" ? core.params.length : 0;
  if (lambdas !== arity) {
    if (process.env.CORE_DEBUG)
      console.error(`${name}: ${lambdas} lambdas, arity ${arity}`);
    return null;
  }
  let lowered;
  try {
    const bind = coreBinding(mod, occ, core, { conArity, existential });
    const module = {
      title: "Final STG:",
      timestamp: null,
      bindings: [{ kind: "nonrec", bind }],
      pos: { line: 1, column: 1 },
      name: mod,
    };
    const input = { file: `${mod}.hi`, module, name: mod };
    const ctx = {
      globals: new Globals([input]),
      cons: new Constructors(),
      topLits: new Map(),
      enums: new EnumTypes([input]),
      tagToEnumTypes: new Set(),
    };
    const l = new ModuleLowering(ctx, 0, input);
    l.collectLiterals();
    lowered = l.lowerBindings();
    if (ctx.tagToEnumTypes.size > 0) return null;
  } catch (e) {
    if (e instanceof Unsupported || e instanceof UserError) {
      if (process.env.CORE_DEBUG) console.error(`${name}: ${e.message}`);
      return null;
    }
    throw e;
  }
  if (lowered.length !== 1 || lowered[0].name !== name) return null;
  const text = printStg({ bindings: lowered }, { dialect: "extended" }).trim();
  // the globals it calls or passes (locals never have a `_`); constructors'
  // closures the linker makes need no definition
  const refs = new Set();
  const walk = (x) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === "object") {
      if (x.kind === "var") refs.add(x.name);
      if (x.kind === "app") refs.add(x.fn);
      for (const v of Object.values(x)) walk(v);
    }
  };
  walk(lowered[0].object);
  const needs = [...refs].filter(
    (n) => n.includes("_") && n !== name && !canSynthesize(n),
  );
  return { text, needs };
}
