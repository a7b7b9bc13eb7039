// Hand-written extended-dialect miniSTG programs calling the list, Foldable
// and monad preludes directly, linked with preludes/base and run in our
// interpreter. Expected values are worked out by hand from base's documented
// semantics.
import { describe, it, expect } from "vitest";
import { parseStg } from "../../../src/ministg/parse.js";
import { linkBase, loadBasePrelude } from "../../../src/preludes/base.js";
import { runBindings } from "../../../src/ministg/run-stg.js";

/** Runs `main` of a program (prelude-linked) and returns the printed value. */
function evalMain(src: string): string {
  const program = parseStg(src, { file: "unit.stg", dialect: "extended" });
  const linked = linkBase(program, loadBasePrelude());
  expect(linked.missing).toEqual([]);
  const r = runBindings(
    linked.program.bindings.map((binding) => ({ binding, file: "unit.stg" })),
    { style: "EA", gc: true, annotate: false, callStack: false },
  );
  if (r.outcome.kind !== "value") throw new Error(JSON.stringify(r.outcome));
  return r.outcome.text;
}

// xs = [3,1,2]
const XS = `
one = CON(I 1); two = CON(I 2); three = CON(I 3);
xs2 = CON(Cons two nil); xs1 = CON(Cons one xs2); xs = CON(Cons three xs1);
`;

describe("base list preludes, called from miniSTG", () => {
  it("length, sum (Foldable at Int) and !!", () => {
    expect(evalMain(XS + "main = THUNK(length_GHCziList xs);")).toBe("(I 3)");
    expect(
      evalMain(
        XS +
          "main = THUNK(sum_DataziFoldable zdfFoldableZMZN_DataziFoldable zdfNumInt_GHCziNum xs);",
      ),
    ).toBe("(I 6)");
    expect(evalMain(XS + "main = THUNK(znzn_GHCziList xs two);")).toBe("(I 2)");
  });

  it("sort then head and last; reverse then head", () => {
    expect(
      evalMain(
        XS +
          "s = THUNK(sort_DataziOldList zdfOrdInt_GHCziClasses xs); main = THUNK(head_GHCziList s);",
      ),
    ).toBe("(I 1)");
    expect(
      evalMain(
        XS +
          "s = THUNK(sort_DataziOldList zdfOrdInt_GHCziClasses xs); main = THUNK(last_GHCziList s);",
      ),
    ).toBe("(I 3)");
    expect(
      evalMain(
        XS + "r = THUNK(reverse_GHCziList xs); main = THUNK(head_GHCziList r);",
      ),
    ).toBe("(I 2)");
  });

  it("elem, null, and foldr over an infinite list stops early", () => {
    expect(
      evalMain(
        XS + "main = THUNK(elem_GHCziList zdfEqInt_GHCziClasses two xs);",
      ),
    ).toBe("True");
    expect(evalMain(XS + "main = THUNK(null_GHCziList xs);")).toBe("False");
    // any (> 2) (cycle xs) is True after looking at the first element
    expect(
      evalMain(
        XS +
          `gt2 = FUN(x -> case x of { I n -> case gt# n 2 of { 1 -> true; w -> false } });
           c = THUNK(cycle_GHCziList xs);
           main = THUNK(any_GHCziList gt2 c);`,
      ),
    ).toBe("True");
  });

  it("the Maybe monad: Just 3 >>= \\x -> return (x + 1) is Just 4", () => {
    expect(
      evalMain(
        XS +
          `j = CON(Just_GHCziMaybe three);
           k = FUN(x -> case x of { I n -> case plus# n 1 of { m ->
                 let { y = CON(I m) } in return_GHCziBase zdfMonadMaybe_GHCziBase y } });
           r = THUNK(zgzgze_GHCziBase zdfMonadMaybe_GHCziBase j k);
           main = THUNK(case r of { Just_GHCziMaybe v -> v; Nothing_GHCziMaybe -> zero });
           zero = CON(I 0);`,
      ),
    ).toBe("(I 4)");
  });

  it("IO: returnIO and bindIO thread the state token to Z1H", () => {
    expect(
      evalMain(
        XS +
          `act = THUNK(zgzgze_GHCziBase zdfMonadIO_GHCziBase ret k);
           ret = FUN(s -> returnIO_GHCziBase two s);
           k = FUN(x s -> let { y = THUNK(zt_GHCziNum zdfNumInt_GHCziNum x three) } in returnIO_GHCziBase y s);
           main = THUNK(case act 0 of { Z1H v -> v });`,
      ),
    ).toBe("(I 6)");
  });

  it("words counts three words, ignoring runs of spaces", () => {
    expect(
      evalMain(
        `s = THUNK(unpackCStringzh_GHCziCString "  a bb\\tccc  ");
         w = THUNK(words_DataziOldList s);
         main = THUNK(length_GHCziList w);`,
      ),
    ).toBe("(I 3)");
  });
});
