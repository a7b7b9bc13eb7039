// Calls of overloaded prelude functions whose dictionaries the program names:
// GHC's -O0 code calls `fromIntegral $fIntegralInt $fNumDouble x` and
// `even $fIntegralInt n`. The prelude's function tests its dictionaries at
// run time and goes to a worker for the pair (GHC.Real: fromIntegral, even,
// odd); with both known at link time the call goes to that worker at once,
// without the tests. The worker is the prelude's own, so the result, the
// forcing and the errors are the function's. Used by known-methods.ts on the
// program's own code only.
import type { Atom, Expr, HeapObject, Literal, Pos } from "../ministg/ast.js";

interface Specialisation {
  /** The globals the leading arguments must be, in order. */
  readonly dicts: readonly string[];
  /** The worker applied to the remaining arguments; null: the one remaining argument itself. */
  readonly target: string | null;
}

const INT = "zdfIntegralInt_GHCziReal";
const INTEGER = "zdfIntegralInteger_GHCziReal";
const NUM_INT = "zdfNumInt_GHCziNum";
const NUM_INTEGER = "zdfNumInteger_GHCziNum";
const NUM_DOUBLE = "zdfNumDouble_GHCziFloat";

/** Each function's specialisations (the same pairs its prelude code tests). */
const SPECIALISED: ReadonlyMap<string, readonly Specialisation[]> = new Map([
  [
    "fromIntegral_GHCziReal",
    [
      { dicts: [INT, NUM_DOUBLE], target: "privIntToDouble_GHCziReal" },
      { dicts: [INT, NUM_INT], target: null },
      { dicts: [INT, NUM_INTEGER], target: "toIntegerInt_GHCziReal" },
      { dicts: [INTEGER, NUM_INT], target: "fromIntegerInt_GHCziNum" },
      {
        dicts: [INTEGER, NUM_DOUBLE],
        target: "zdfNumDoublezuzdcfromInteger_GHCziFloat",
      },
      { dicts: [INTEGER, NUM_INTEGER], target: null },
    ],
  ],
  ["even_GHCziReal", [{ dicts: [INT], target: "privEvenInt_GHCziReal" }]],
  ["odd_GHCziReal", [{ dicts: [INT], target: "privOddInt_GHCziReal" }]],
]);

/**
 * The call `fn args` made direct, if fn is specialised for the dictionaries
 * its leading arguments name (`global` gives the global an atom stands for)
 * and the worker is linked (`linked`).
 */
export function specialisedCall(
  fn: string,
  args: readonly Atom[],
  global: (a: Atom) => string | undefined,
  linked: (name: string) => boolean,
  pos: { readonly pos?: Pos },
): Expr | undefined {
  const specs = SPECIALISED.get(fn);
  if (specs === undefined) return undefined;
  for (const s of specs) {
    if (args.length !== s.dicts.length + 1) continue;
    if (!s.dicts.every((d, i) => global(args[i]!) === d)) continue;
    const rest = args.slice(s.dicts.length);
    if (s.target === null) return { kind: "atom", atom: rest[0]!, ...pos };
    if (!linked(s.target)) return undefined;
    return { kind: "app", fn: s.target, args: rest, ...pos };
  }
  return undefined;
}

/** fromInteger at a known type, of a literal: the constructor it builds. */
const FROM_INTEGER: ReadonlyMap<string, (k: bigint) => HeapObject | null> =
  new Map([
    ["fromIntegerInt_GHCziNum", (k) => con("I", { kind: "int", value: k })],
    ["fromIntegerInteger_GHCziNum", (k) => isCon(k)],
    [
      "zdfNumDoublezuzdcfromInteger_GHCziFloat",
      // Exact in a double (int2Double#, what integerToDouble# does with an
      // IS, rounds beyond 2^53: left to the machine).
      (k) =>
        k <= MAX_EXACT && k >= -MAX_EXACT
          ? con("D", { kind: "double", value: Number(k) })
          : null,
    ],
  ]);
const MAX_EXACT = 2n ** 53n;
const IS = "IS_GHCziNumziInteger";

function con(c: string, lit: Literal): HeapObject {
  return { kind: "CON", con: c, args: [{ kind: "lit", lit }] };
}
function isCon(k: bigint): HeapObject {
  return con(IS, { kind: "int", value: k });
}

/**
 * `let { n = CON(IS k) } in f n`, f a fromInteger at Int, Integer or Double
 * (what -O0 code makes of a literal at a known type once its method is
 * resolved): the value it returns, as `let { v = CON(K k') } in v` with v
 * the literal's own name. The same constructor, built without the call.
 */
export function foldedLiteral(e: Expr): Expr | undefined {
  if (e.kind !== "let" || e.binds.length !== 1) return undefined;
  const b = e.binds[0]!;
  const body = e.body;
  if (body.kind !== "app" || body.args.length !== 1) return undefined;
  const a = body.args[0]!;
  if (a.kind !== "var" || a.name !== b.name) return undefined;
  const k = integerLiteral(b.object);
  const fold = FROM_INTEGER.get(body.fn);
  if (k === undefined || fold === undefined) return undefined;
  const object = fold(k);
  if (object === null) return undefined;
  return { ...e, binds: [{ ...b, object }], body: { kind: "atom", atom: a } };
}

/** `THUNK(let { v = CON(K lits) } in v)`: the constructor itself (evaluating it only allocates it). */
export function constantThunk(o: HeapObject): HeapObject | undefined {
  if (o.kind !== "THUNK") return undefined;
  const e = o.body;
  if (e.kind !== "let" || e.binds.length !== 1) return undefined;
  const b = e.binds[0]!;
  if (e.body.kind !== "atom" || e.body.atom.kind !== "var") return undefined;
  if (e.body.atom.name !== b.name || b.object.kind !== "CON") return undefined;
  return b.object.args.every((x) => x.kind === "lit") ? b.object : undefined;
}

/** k of `CON(IS k)`, k an Int# literal. */
function integerLiteral(o: HeapObject): bigint | undefined {
  if (o.kind !== "CON" || o.con !== IS || o.args.length !== 1) return undefined;
  const x = o.args[0]!;
  return x.kind === "lit" && x.lit.kind === "int" ? x.lit.value : undefined;
}
