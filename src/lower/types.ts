// Just enough reading of the type text GHC prints for each binder to know
// what type `tagToEnum#` builds: STG is untyped, and `tagToEnum#` (derived
// Enum instances, `isTrue#` comparisons) needs its result type's
// constructors in tag order.
import type * as G from "../parse-ghc-dump/ast.js";
import type * as M from "../ministg/ast.js";
import { topBindings, type ModuleInput } from "./globals.js";
import { constructorName, constructorValueName, globalName } from "./names.js";

/** Splits `t` at top-level `->` and `=>` (STG passes dictionaries as arguments). */
export function splitArrows(t: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && (c === "-" || c === "=") && t[i + 1] === ">") {
      parts.push(t.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  parts.push(t.slice(start));
  return parts.map((p) => clean(p));
}

/** Drops `forall a b.` prefixes, multiplicity marks (`%1`) and spacing. */
function clean(p: string): string {
  let s = p.replace(/\s+/g, " ").trim();
  s = s.replace(/\s*%\S+$/, "").trim();
  for (;;) {
    const m = /^forall [^.]*\.\s*/.exec(s);
    if (m === null) break;
    s = s.slice(m[0].length);
  }
  return s;
}

/** The type of a binding's body after `arity` arguments, or null if unknown. */
export function resultType(type: string, arity: number): string | null {
  if (type.trim() === "") return null;
  const parts = splitArrows(type);
  if (parts.length <= arity) return null;
  return parts.slice(arity).join(" -> ");
}

export const BOOL_TYPE = "GHC.Types.Bool";

/** Base's enumerations that -O1 code builds with tagToEnum#, constructors in tag order. */
const BASE_ENUMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["GHC.Types.Ordering", ["LT", "EQ", "GT"]],
  [
    "GHC.Unicode.GeneralCategory",
    [
      "UppercaseLetter",
      "LowercaseLetter",
      "TitlecaseLetter",
      "ModifierLetter",
      "OtherLetter",
      "NonSpacingMark",
      "SpacingCombiningMark",
      "EnclosingMark",
      "DecimalNumber",
      "LetterNumber",
      "OtherNumber",
      "ConnectorPunctuation",
      "DashPunctuation",
      "OpenPunctuation",
      "ClosePunctuation",
      "InitialQuote",
      "FinalQuote",
      "OtherPunctuation",
      "MathSymbol",
      "CurrencySymbol",
      "ModifierSymbol",
      "OtherSymbol",
      "Space",
      "LineSeparator",
      "ParagraphSeparator",
      "Control",
      "Format",
      "Surrogate",
      "PrivateUse",
      "NotAssigned",
    ],
  ],
];

/** Enumeration types defined in the dumps, with their constructors in tag order. */
export class EnumTypes {
  private readonly types = new Map<
    string,
    { module: string; cons: string[] }
  >();
  private readonly typeOfCon = new Map<string, string>();

  constructor(modules: readonly ModuleInput[]) {
    for (const [type, occs] of BASE_ENUMS) {
      const module = type.slice(0, type.lastIndexOf("."));
      const cons = occs.map((occ) => constructorName(module, occ));
      this.types.set(type, { module, cons });
      for (const c of cons) this.typeOfCon.set(c, type);
    }
    const byType = new Map<
      string,
      { module: string; cons: G.Name[]; nullary: boolean }
    >();
    for (const mi of modules) {
      for (const b of topBindings(mi.module)) {
        const n = b.name;
        if (n.module === null || !/^[A-Z:]/.test(n.occ)) continue;
        const arity =
          b.rhs.kind === "closure"
            ? b.rhs.params.length
            : b.rhs.kind === "con"
              ? 0
              : -1;
        if (arity < 0) continue;
        const ty = resultType(b.type, arity);
        if (ty === null) continue;
        const entry = byType.get(ty) ?? {
          module: n.module,
          cons: [],
          nullary: true,
        };
        entry.cons.push(n);
        if (arity > 0) entry.nullary = false;
        byType.set(ty, entry);
        this.typeOfCon.set(constructorName(n.module, n.occ), ty);
      }
    }
    for (const [ty, e] of byType) {
      // GHC prints a type's constructor workers last-declared first.
      if (e.nullary) {
        this.types.set(ty, {
          module: e.module,
          cons: [...e.cons]
            .reverse()
            .map((n) => constructorName(n.module, n.occ)),
        });
      }
    }
  }

  /** The type a constructor of the dumps builds (for case alternatives). */
  typeOf(con: string): string | undefined {
    return this.typeOfCon.get(con);
  }

  /** The constructors of enumeration `type`, in tag order. */
  constructors(type: string): readonly string[] {
    return this.types.get(type)?.cons ?? [];
  }

  isEnum(type: string): boolean {
    return this.types.has(type);
  }

  /** Name of the generated `tagToEnum#` function for enumeration `type`. */
  helperName(type: string): string {
    const e = this.types.get(type)!;
    const occ = type.slice(type.lastIndexOf(".") + 1);
    return globalName(e.module, `$tagToEnum_${occ}`);
  }

  /** `FUN(n -> case n of { 0 -> con_Red_Main; …; wild -> con_Blue_Main })` for each type used. */
  helpers(used: ReadonlySet<string>): M.Binding[] {
    const out: M.Binding[] = [];
    for (const type of [...used].sort()) {
      const e = this.types.get(type)!;
      const value = (con: string): M.Expr => ({
        kind: "atom",
        atom: { kind: "var", name: constructorValueName(con) },
      });
      const alts: M.Alt[] = e.cons.slice(0, -1).map((con, i) => ({
        kind: "lit",
        lit: { kind: "int", value: BigInt(i) },
        body: value(con),
      }));
      alts.push({
        kind: "default",
        binder: "tag",
        body: value(e.cons[e.cons.length - 1]!),
      });
      out.push({
        name: this.helperName(type),
        object: {
          kind: "FUN",
          params: ["n"],
          body: {
            kind: "case",
            scrutinee: { kind: "atom", atom: { kind: "var", name: "n" } },
            alts,
          },
        },
      });
    }
    return out;
  }
}
