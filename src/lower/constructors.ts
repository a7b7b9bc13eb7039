// What the lowering learns about constructors: their arities (from the code
// that builds or matches them, and a table of base's common ones) and which
// ones the program uses as values (`map Just xs`, a `[]` argument), so that
// their worker functions and static closures can be generated.
import type * as M from "../ministg/ast.js";
import { constructorValueName } from "./names.js";

/** Arities of base constructors a program may use without building them itself. */
const BASE_ARITIES: ReadonlyArray<readonly [string, number]> = [
  ["I", 1],
  ["C", 1],
  ["D", 1],
  ["F", 1],
  ["W", 1],
  ["Cons", 2],
  ["Nil", 0],
  ["True", 0],
  ["False", 0],
  ["Unit", 0],
  ["Z0H", 0],
  ["Z1H", 1],
  ["Nothing_GHCziMaybe", 0],
  ["Just_GHCziMaybe", 1],
  ["Left_DataziEither", 1],
  ["Right_DataziEither", 1],
  ["LT_GHCziTypes", 0],
  ["EQ_GHCziTypes", 0],
  ["GT_GHCziTypes", 0],
  ["ZCzv_GHCziReal", 2],
  ["IS_GHCziNumziInteger", 1],
  ["IP_GHCziNumziInteger", 1],
  ["IN_GHCziNumziInteger", 1],
  ["NS_GHCziNumziNatural", 1],
  ["NB_GHCziNumziNatural", 1],
  ["EmptyCallStack_GHCziStackziTypes", 0],
  ["PushCallStack_GHCziStackziTypes", 3],
  ["FreezzeCallStack_GHCziStackziTypes", 1],
  ["SrcLoc_GHCziStackziTypes", 7],
];

/**
 * Base constructors with boxed fields that prelude code may build for a
 * program without the program mentioning them: `force` knows them all.
 */
export const FORCE_BASE: ReadonlyArray<readonly [string, number]> = [
  ["Cons", 2],
  ["Just_GHCziMaybe", 1],
  ["Left_DataziEither", 1],
  ["Right_DataziEither", 1],
  ["ZCzv_GHCziReal", 2],
  ...[2, 3, 4, 5, 6, 7].map((n) => [`Z${n}T`, n] as const),
];

/** Constructors whose fields are all unboxed: forcing stops at them. */
export const UNBOXED_FIELDS: ReadonlySet<string> = new Set([
  "I",
  "C",
  "D",
  "F",
  "W",
  "IS_GHCziNumziInteger",
  "IP_GHCziNumziInteger",
  "IN_GHCziNumziInteger",
  "NS_GHCziNumziNatural",
  "NB_GHCziNumziNatural",
]);

function tupleArity(con: string): number | undefined {
  const m = /^Z([0-9]+)[TH]$/.exec(con);
  return m === null ? undefined : Number(m[1]);
}

export class Constructors {
  private readonly arities = new Map<string, number>();
  /** Constructor-value variable → its constructor. */
  private readonly values = new Map<string, string>();

  /** Records that the program builds or matches `con` with `arity` fields. */
  seen(con: string, arity: number): void {
    if (!this.arities.has(con)) this.arities.set(con, arity);
  }

  /** Records a use of constructor `con` as a value; returns the variable naming it. */
  usedAsValue(con: string): string {
    const v = constructorValueName(con);
    this.values.set(v, con);
    return v;
  }

  arity(con: string): number | undefined {
    return (
      this.arities.get(con) ??
      BASE_ARITIES.find(([c]) => c === con)?.[1] ??
      tupleArity(con)
    );
  }

  /**
   * Bindings for the constructor values the program uses but no dump
   * defines (those of base's constructors): `nil = CON(Nil)`,
   * `con_Just_GHCziMaybe = FUN(a -> let { r = CON(Just_GHCziMaybe a) } in r)`.
   * Values whose arity is unknown stay free, for the prelude to provide.
   */
  generate(isDefined: (name: string) => boolean): M.Binding[] {
    const out: M.Binding[] = [];
    for (const [v, con] of [...this.values].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      if (isDefined(v)) continue;
      const arity = this.arity(con);
      if (arity === undefined) continue;
      out.push({ name: v, object: constructorObject(con, arity) });
    }
    return out;
  }
}

/** `CON(K)` for a nullary constructor, else its worker `FUN(a b -> let { r = CON(K a b) } in r)`. */
export function constructorObject(con: string, arity: number): M.HeapObject {
  if (arity === 0) return { kind: "CON", con, args: [] };
  const params = Array.from(
    { length: arity },
    (_, i) => String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String(i) : ""),
  );
  const r = params.includes("r") ? "res" : "r";
  return {
    kind: "FUN",
    params,
    body: {
      kind: "let",
      rec: false,
      binds: [
        {
          name: r,
          object: {
            kind: "CON",
            con,
            args: params.map((name) => ({ kind: "var", name })),
          },
        },
      ],
      body: { kind: "atom", atom: { kind: "var", name: r } },
    },
  };
}
