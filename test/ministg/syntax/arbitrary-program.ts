// fast-check generators of miniSTG programs in either dialect, written from
// docs/dialects.md independently of the parser and printer under test.
import fc from "fast-check";
import type {
  Alt,
  Atom,
  Binding,
  Dialect,
  Expr,
  HeapObject,
  Literal,
  Program,
} from "../../../src/ministg/ast.js";

const ministgKeywords = [
  "let",
  "in",
  "case",
  "of",
  "FUN",
  "CON",
  "PAP",
  "THUNK",
  "ERROR",
  "stack",
];
const extendedKeywords = [...ministgKeywords, "letrec"];
const ministgPrimops: [string, number][] = [
  ["plus#", 2],
  ["sub#", 2],
  ["mult#", 2],
  ["eq#", 2],
  ["lt#", 2],
  ["lte#", 2],
  ["gt#", 2],
  ["gte#", 2],
  ["intToBool#", 1],
];

// Names that sit right next to the keywords, to exercise the lexer's edges.
const ministgEdgeVars = [
  "letx",
  "inx",
  "of1",
  "stack2",
  "cases",
  "x_",
  "a_b_",
  "lett_",
];
const extendedEdgeVars = [
  "let_x",
  "in_",
  "x'",
  "_",
  "_a",
  "of'",
  "letrec_",
  "letrecs",
  "stack_",
];

const lower = "abcdefghijklmnopqrstuvwxyz";
const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const digits = "0123456789";

/** A word: one character of `first`, then up to six of `rest`. */
function word(first: string, rest: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...first),
      fc.array(fc.constantFrom(...rest), { maxLength: 6 }),
    )
    .map(([c, cs]) => c + cs.join(""));
}

function nameArb(d: Dialect, role: "var" | "con"): fc.Arbitrary<string> {
  const rest = lower + upper + digits + "_" + (d === "extended" ? "'" : "");
  const first = role === "con" ? upper : d === "extended" ? lower + "_" : lower;
  const kws = d === "ministg" ? ministgKeywords : extendedKeywords;
  return word(first, rest).filter(
    (s) =>
      !kws.includes(s) &&
      (d === "extended" || !kws.some((k) => s.startsWith(k + "_"))),
  );
}

function varName(d: Dialect): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: nameArb(d, "var") },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ...(d === "ministg" ? ministgEdgeVars : extendedEdgeVars),
      ),
    },
  );
}

function conName(d: Dialect): fc.Arbitrary<string> {
  return nameArb(d, "con");
}

const bigEdge = [
  0n,
  1n,
  9n,
  10n,
  2n ** 31n,
  2n ** 53n,
  2n ** 53n + 1n,
  2n ** 63n - 1n,
  2n ** 63n,
  2n ** 64n - 1n,
  10n ** 30n,
];

function literal(d: Dialect): fc.Arbitrary<Literal> {
  const nonNeg = fc.oneof(
    fc.bigInt({ min: 0n, max: 2n ** 70n }),
    fc.constantFrom(...bigEdge),
  );
  const anyInt = fc.oneof(
    fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
    fc.constantFrom(...bigEdge, ...bigEdge.map((x) => -x)),
  );
  if (d === "ministg") return nonNeg.map((value) => ({ kind: "int", value }));
  return fc.oneof(
    anyInt.map((value): Literal => ({ kind: "int", value })),
    nonNeg.map((value): Literal => ({ kind: "word", value })),
    anyInt.map((value): Literal => ({ kind: "integer", value })),
    fc
      .oneof(
        fc.double(),
        fc.constantFrom(
          -0,
          0.1,
          1e21,
          1e-7,
          5e-324,
          Number.MAX_VALUE,
          -Infinity,
          NaN,
        ),
      )
      .map((value): Literal => ({ kind: "double", value })),
    fc.float().map((value): Literal => ({ kind: "float", value })),
    fc
      .oneof(
        fc.integer({ min: 0, max: 0x10ffff }),
        fc.constantFrom(0, 10, 39, 92, 34, 127, 0xd800),
      )
      .map((value): Literal => ({ kind: "char", value })),
    fc
      .array(
        fc.oneof(
          fc.integer({ min: 0, max: 255 }),
          fc.constantFrom(34, 92, 35, 10),
        ),
        { maxLength: 8 },
      )
      .map((bytes): Literal => ({ kind: "string", bytes })),
  );
}

function atom(d: Dialect): fc.Arbitrary<Atom> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: varName(d).map((name): Atom => ({ kind: "var", name })),
    },
    {
      weight: 1,
      arbitrary: literal(d).map((lit): Atom => ({ kind: "lit", lit })),
    },
  );
}

// Any Unicode text (no lone surrogates), mostly ASCII; ministg labels
// cannot contain a quote.
function stackLabel(d: Dialect): fc.Arbitrary<string> {
  const codePoint = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xd7ff }) },
    { weight: 1, arbitrary: fc.integer({ min: 0xe000, max: 0x10ffff }) },
  );
  return fc
    .array(codePoint, { maxLength: 6 })
    .map((cs) => String.fromCodePoint(...cs))
    .filter((s) => d === "extended" || !s.includes('"'));
}

export function program(d: Dialect): fc.Arbitrary<Program> {
  const atoms = (min: number) =>
    fc.array(atom(d), { minLength: min, maxLength: 4 });
  const primop: fc.Arbitrary<Expr> =
    d === "ministg"
      ? fc
          .constantFrom(...ministgPrimops)
          .chain(([op, n]) =>
            fc
              .array(atom(d), { minLength: n, maxLength: n })
              .map((args): Expr => ({ kind: "primop", op, args })),
          )
      : fc
          .tuple(word(lower, lower + upper + digits + "_"), atoms(0))
          .map(([op, args]): Expr => ({ kind: "primop", op: op + "#", args }));

  const { expr, object } = fc.letrec<{
    expr: Expr;
    object: HeapObject;
    alt: Alt;
    binding: Binding;
  }>((tie) => ({
    expr: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      atom(d).map((a): Expr => ({ kind: "atom", atom: a })),
      fc
        .tuple(varName(d), atoms(1))
        .map(([fn, args]): Expr => ({ kind: "app", fn, args })),
      primop,
      fc
        .tuple(
          d === "extended" ? fc.boolean() : fc.constant(false),
          fc.array(tie("binding") as fc.Arbitrary<Binding>, {
            minLength: 1,
            maxLength: 3,
          }),
          tie("expr") as fc.Arbitrary<Expr>,
        )
        .map(([rec, binds, body]): Expr => ({ kind: "let", rec, binds, body })),
      fc
        .tuple(
          tie("expr") as fc.Arbitrary<Expr>,
          fc.array(tie("alt") as fc.Arbitrary<Alt>, {
            minLength: 1,
            maxLength: 3,
          }),
        )
        .map(([scrutinee, alts]): Expr => ({ kind: "case", scrutinee, alts })),
      fc
        .tuple(stackLabel(d), tie("expr") as fc.Arbitrary<Expr>)
        .map(([label, body]): Expr => ({ kind: "stack", label, body })),
    ),
    alt: fc.oneof(
      fc
        .tuple(
          conName(d),
          fc.array(varName(d), { maxLength: 3 }),
          tie("expr") as fc.Arbitrary<Expr>,
        )
        .map(([con, vars, body]): Alt => ({ kind: "con", con, vars, body })),
      fc
        .tuple(varName(d), tie("expr") as fc.Arbitrary<Expr>)
        .map(([binder, body]): Alt => ({ kind: "default", binder, body })),
      ...(d === "extended"
        ? [
            fc
              .tuple(literal(d), tie("expr") as fc.Arbitrary<Expr>)
              .map(([lit, body]): Alt => ({ kind: "lit", lit, body })),
          ]
        : []),
    ),
    object: fc.oneof(
      { depthSize: "small" },
      fc.constant<HeapObject>({ kind: "ERROR" }),
      fc
        .tuple(conName(d), atoms(0))
        .map(([con, args]): HeapObject => ({ kind: "CON", con, args })),
      fc
        .tuple(varName(d), atoms(d === "ministg" ? 1 : 0))
        .map(([fn, args]): HeapObject => ({ kind: "PAP", fn, args })),
      fc
        .tuple(
          fc.array(varName(d), {
            minLength: d === "ministg" ? 1 : 0,
            maxLength: 3,
          }),
          tie("expr") as fc.Arbitrary<Expr>,
        )
        .map(([params, body]): HeapObject => ({ kind: "FUN", params, body })),
      (tie("expr") as fc.Arbitrary<Expr>).map((body): HeapObject => ({
        kind: "THUNK",
        body,
      })),
    ),
    binding: fc
      .tuple(varName(d), tie("object") as fc.Arbitrary<HeapObject>)
      .map(([name, object]): Binding => ({ name, object })),
  }));
  void expr;
  return fc
    .array(fc.tuple(varName(d), object), { maxLength: 5 })
    .map((bs): Program => ({
      bindings: bs.map(([name, object]) => ({ name, object })),
    }));
}
