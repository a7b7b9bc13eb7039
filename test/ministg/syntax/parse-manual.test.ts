// The manual's example programs parse in the ministg dialect to the ASTs
// their text describes.
import { describe, it, expect } from "vitest";
import { parseStg, stripPositions } from "../../../src/ministg/parse.js";

const sumProgram = `nil = CON(Nil);
zero = CON(I 0);
one = CON(I 1);
two = CON(I 2);
three = CON(I 3);
plusInt = FUN(x y ->
case x of {
I i -> case y of {
I j -> case plus# i j of {
x -> let { result = CON (I x) } in result }}});
foldl = FUN(f acc list ->
case list of {
Nil -> acc;
Cons h t -> let { newAcc = THUNK(f acc h) } in foldl f newAcc t
});
# lazy sum with a well-known space leak
sum = FUN(list -> foldl plusInt zero list);
list1 = CON(Cons one nil);
list2 = CON(Cons two list1);
list3 = CON(Cons three list2);
main = THUNK(sum list3);
`;

const facAnnotated = `fac = FUN(x -> stack "fac" case eqInt x zero of { True -> one; False -> let { s = THUNK(subInt_2 x one); rec = THUNK(fac_1 s) } in multInt x rec }); main = THUNK(stack "main" fac seven)`;

const v = (name: string) => ({ kind: "var", name }) as const;

describe("manual examples (ministg dialect)", () => {
  it("parses the list-sum program", () => {
    const p = stripPositions(
      parseStg(sumProgram, { file: "sum.stg", dialect: "ministg" }),
    );
    expect(p.bindings.map((b) => b.name)).toEqual([
      "nil",
      "zero",
      "one",
      "two",
      "three",
      "plusInt",
      "foldl",
      "sum",
      "list1",
      "list2",
      "list3",
      "main",
    ]);
    expect(p.bindings[1]!.object).toEqual({
      kind: "CON",
      con: "I",
      args: [{ kind: "lit", lit: { kind: "int", value: 0n } }],
    });
    expect(p.bindings[7]!.object).toEqual({
      kind: "FUN",
      params: ["list"],
      body: {
        kind: "app",
        fn: "foldl",
        args: [v("plusInt"), v("zero"), v("list")],
      },
    });
    const foldl = p.bindings[6]!.object;
    expect(foldl).toEqual({
      kind: "FUN",
      params: ["f", "acc", "list"],
      body: {
        kind: "case",
        scrutinee: { kind: "atom", atom: v("list") },
        alts: [
          {
            kind: "con",
            con: "Nil",
            vars: [],
            body: { kind: "atom", atom: v("acc") },
          },
          {
            kind: "con",
            con: "Cons",
            vars: ["h", "t"],
            body: {
              kind: "let",
              rec: false,
              binds: [
                {
                  name: "newAcc",
                  object: {
                    kind: "THUNK",
                    body: { kind: "app", fn: "f", args: [v("acc"), v("h")] },
                  },
                },
              ],
              body: {
                kind: "app",
                fn: "foldl",
                args: [v("f"), v("newAcc"), v("t")],
              },
            },
          },
        ],
      },
    });
  });

  it("fills in positions", () => {
    const p = parseStg(sumProgram, { file: "sum.stg", dialect: "ministg" });
    const plusInt = p.bindings[5]!;
    expect(plusInt.pos).toEqual({ line: 6, column: 1 });
    expect(plusInt.object.pos).toEqual({ line: 6, column: 11 });
    const main = p.bindings[11]!;
    expect(main.pos).toEqual({ line: 21, column: 1 });
  });

  it("parses the stack-annotated factorial on one line", () => {
    const p = stripPositions(
      parseStg(facAnnotated, { file: "fac.stg", dialect: "ministg" }),
    );
    expect(p.bindings).toHaveLength(2);
    expect(p.bindings[1]).toEqual({
      name: "main",
      object: {
        kind: "THUNK",
        body: {
          kind: "stack",
          label: "main",
          body: { kind: "app", fn: "fac", args: [v("seven")] },
        },
      },
    });
    const fac = p.bindings[0]!.object;
    if (fac.kind !== "FUN" || fac.body.kind !== "stack")
      throw new Error("shape");
    expect(fac.body.label).toBe("fac");
    expect(fac.body.body.kind).toBe("case");
  });
});
