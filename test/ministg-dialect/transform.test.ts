// One test (or a few) per transformation of the ministg-dialect pass: each
// hand-written extended program converts to a file that passes the checks
// of `convert` (ministg lexer, checker, EA = PE) and prints the value the
// extended program prints; the expected values are worked out by hand.
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { toMinistgDialect } from "../../src/ministg-dialect/index.js";
import { legalSpelling } from "../../src/ministg-dialect/legal-names.js";
import { latin1Chars, utf8Chars } from "../../src/ministg-dialect/strings.js";
import { convert, extended, runProgram } from "./helpers.js";

/** Converts without preludes; checks the value against the extended run and `want`. */
function same(src: string, want: string) {
  const p = extended(src);
  expect(runProgram(p)).toBe(want);
  const c = convert(p, { preludes: false });
  expect(c.ea).toBe(want);
  return c;
}

const FORCE_LIST = `forceAll = FUN(xs -> case xs of { Nil -> xs; Cons x rest -> case x of { y -> case forceAll rest of { r -> xs } } });`;

describe("literals", () => {
  it("negative literals become sub# 0 n, also in top-level and let-bound CONs", () => {
    const c = same(
      `m = CON(I -3);
       main = THUNK(case m of { I a -> case plus# a -4 of { s -> let { b = CON(I -7); p = CON(Z2T b s) } in p } });`,
      "(Z2T (I -7) -7)",
    );
    expect(c.text).toContain("sub# 0 3");
    expect(c.text).toContain("sub# 0 4");
    expect(c.text).not.toMatch(/-\d/);
  });

  it("Char#, Word# and Integer payloads become plain integers", () => {
    const c = same(
      `main = THUNK(let { c = CON(C 'a'); w = CON(W 18w); n = CON(B 123456789012345678n); t = CON(Z3T c w n) } in t);`,
      "(Z3T (C 97) (W 18) (B 123456789012345678))",
    );
    expect(c.text).toContain("CON(C 97)");
  });

  it("a Double# literal is a clear error naming the construct and binding", () => {
    const p = extended(`main = THUNK(let { d = CON(D 2.5) } in d);`);
    expect(() => toMinistgDialect(p, { preludes: false })).toThrow(UserError);
    expect(() => toMinistgDialect(p, { preludes: false })).toThrow(
      /Double# literal 2\.5.*main/,
    );
  });
});

describe("literal alternatives", () => {
  const classify = (n: string) =>
    `f = FUN(x -> case x of { 0 -> zero; -1 -> minus; 7 -> seven; y -> other });
     zero = CON(A); minus = CON(B); seven = CON(Cc); other = CON(D);
     main = THUNK(f ${n});`;

  it("become eq#/intToBool# chains, default last", () => {
    expect(same(classify("0"), "A").text).toContain("intToBool#");
    same(classify("-1"), "B");
    same(classify("7"), "Cc");
    same(classify("5"), "D");
  });

  it("without a default, no match is still a non-exhaustive case", () => {
    const src = `f = FUN(x -> case x of { 1 -> one; 2 -> two }); one = CON(A); two = CON(B); main = THUNK(f 3);`;
    const p = extended(src);
    const want = runProgram(p);
    expect(want).toMatch(/non exhaustive/);
    expect(convert(p, { preludes: false }).ea).toBe(want);
    same(src.replace("f 3", "f 2"), "B");
  });

  it("1/0 alternatives on a comparison test it with intToBool# directly", () => {
    const src = (a: number, b: number) =>
      `f = FUN(a b -> case lt# a b of { 1 -> yes; x -> no }); g = FUN(a -> case eq# a 3 of { 0 -> no; y -> yes });
       yes = CON(True); no = CON(False);
       main = THUNK(case f ${a} ${b} of { True -> g ${a}; False -> no });`;
    const c = same(src(3, 4), "True");
    expect(c.text).not.toMatch(/eq# x 1|eq# y 0/);
    expect(c.text).toMatch(/case lt# a b of \{\s*x -> case intToBool# x of/);
    same(src(2, 4), "False");
    same(src(5, 4), "False");
  });

  it("character alternatives compare code points", () => {
    same(
      `f = FUN(c -> case c of { 'a' -> yes; d -> no }); yes = CON(True); no = CON(False);
       main = THUNK(case f 'a' of { True -> f 'b' })`,
      "False",
    );
  });
});

describe("primops", () => {
  it("extended primops become the nine, identities or support calls", () => {
    const c = same(
      `main = THUNK(case quotInt# -17 5 of { q -> case remInt# -17 5 of { r ->
         case ne# q r of { n -> case ord# 'z' of { o -> case negateInt# o of { g ->
         case ltChar# 'a' 'b' of { l -> let { t = CON(Z5T q r n g l) } in t } } } } } });`,
      "(Z5T -3 -2 1 -122 1)",
    );
    expect(c.text).toContain("quotIntzh");
    expect(c.text).toContain("remIntzh");
    expect(c.text).toContain("nezh");
    expect(c.text).toMatch(/case sub# 0 o of/);
    expect(c.text).toMatch(/lt# 97 98/);
    // only what is used is copied in
    expect(c.text).not.toContain("andIzh");
  });

  it("floating-point primops are a clear error", () => {
    const p = extended(`main = THUNK(case int2Double# 3 of { d -> 0 });`);
    expect(() => toMinistgDialect(p, { preludes: false })).toThrow(
      /floating-point.*int2Double#/,
    );
  });

  it("IO primops: the program is refused, naming the binding", () => {
    const p = extended(
      `hello = FUN(s -> writeStdout# 'h'); main = THUNK(hello 0);`,
    );
    expect(() => toMinistgDialect(p, { preludes: false })).toThrow(
      /IO programs.*\n.*hello: writeStdout#/,
    );
  });
});

describe("strings", () => {
  it("unpackCString# of a literal is a static list of C cells", () => {
    const c = same(
      `main = THUNK(let { s = THUNK(unpackCStringzh_GHCziCString "hi") } in case forceAll s of { r -> r });
       ${FORCE_LIST}
       unpackCStringzh_GHCziCString = FUN(a -> unpackFrom a 0);
       unpackFrom = FUN(a i -> case indexCharOffAddr# a i of { c -> case ord# c of { 0 -> nil; n -> case plus# i 1 of { j -> let { ch = CON(C c); rest = THUNK(unpackFrom a j); r = CON(Cons ch rest) } in r } } });
       nil = CON(Nil);`,
      "(Cons (C 104) (Cons (C 105) Nil))",
    );
    expect(c.text).toContain("CON(C 104)");
    expect(c.text).not.toContain("unpackFrom");
  });

  it("other Addr# literals are static byte lists read by the support functions", () => {
    same(
      `main = THUNK(case indexCharOffAddr# "abc" 2 of { c -> case addrLength# "abc" of { n -> let { t = CON(Z2T c n) } in t } });`,
      "(Z2T 99 3)",
    );
  });

  it("decodes literals as GHC.CString does", () => {
    expect(latin1Chars([104, 105, 0, 106])).toEqual([104, 105]);
    // é (C3 A9), € (E2 82 AC), 😀 (F0 9F 98 80), NUL as C0 80
    expect(
      utf8Chars([
        0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc0, 0x80, 0x41,
      ]),
    ).toEqual([0xe9, 0x20ac, 0x1f600, 0, 0x41]);
  });
});

describe("letrec lambda-lifting", () => {
  it("a closed recursive function moves to top level under a fresh name", () => {
    const c = same(
      `main = THUNK(letrec { go = FUN(n acc -> case n of { 0 -> acc; m -> case sub# n 1 of { k -> case plus# acc n of { a -> go k a } } }) } in go 10 0);`,
      "55",
    );
    expect(c.text).toMatch(/^main_go = FUN\(n acc ->/m);
    expect(c.text).not.toContain("letrec");
  });

  it("an open recursive function takes its free variables first", () => {
    const c = same(
      `f = FUN(step -> letrec { go = FUN(n -> case n of { 0 -> 0; m -> case sub# n step of { k -> case go k of { r -> plus# r n } } }) } in go 12);
       main = THUNK(f 3);`,
      "30",
    );
    expect(c.text).toMatch(/f_go = FUN\(step n ->/);
    expect(c.text).toContain("f_go step");
  });

  it("a recursive function used as a value is bound to a PAP", () => {
    same(
      `apply = FUN(h x -> h x);
       f = FUN(k -> letrec { down = FUN(n -> case n of { 0 -> k; m -> case sub# n 1 of { j -> apply down j } }) } in apply down 4);
       main = THUNK(f 9);`,
      "9",
    );
  });

  it("mutual recursion with a free variable", () => {
    same(
      `f = FUN(base -> letrec {
         ev = FUN(n -> case n of { 0 -> base; m -> case sub# n 1 of { k -> od k } });
         od = FUN(n -> case n of { 0 -> 0; m -> case sub# n 1 of { k -> ev k } }) } in ev 10);
       main = THUNK(f 42);`,
      "42",
    );
  });

  it("a closed recursive CON stays one cyclic static object", () => {
    const c = same(
      `take = FUN(n xs -> case n of { 0 -> nil; m -> case xs of { Cons y ys -> case sub# n 1 of { k -> let { t = THUNK(take k ys); r = CON(Cons y t) } in r } } });
       nil = CON(Nil); one = CON(I 1);
       main = THUNK(letrec { ones = CON(Cons one ones) } in let { l = THUNK(take 3 ones) } in case forceAll l of { r -> r });
       ${FORCE_LIST}`,
      "(Cons (I 1) (Cons (I 1) (Cons (I 1) Nil)))",
    );
    expect(c.text).toMatch(/main_ones = CON\(Cons one main_ones\)/);
  });

  it("an open recursive THUNK is unrolled on demand with the same value", () => {
    const c = same(
      `take = FUN(n xs -> case n of { 0 -> nil; m -> case xs of { Cons y ys -> case sub# n 1 of { k -> let { t = THUNK(take k ys); r = CON(Cons y t) } in r } } });
       nil = CON(Nil);
       rep = FUN(v -> letrec { xs = THUNK(let { c = CON(Cons v xs) } in c) } in xs);
       main = THUNK(let { two = CON(I 2); l = THUNK(rep two); t = THUNK(take 3 l) } in case forceAll t of { r -> r });
       ${FORCE_LIST}`,
      "(Cons (I 2) (Cons (I 2) (Cons (I 2) Nil)))",
    );
    expect(c.text).toMatch(/rep_xs = FUN\(v ->/);
  });

  it("a letrec that is not recursive becomes a plain let chain in dependency order", () => {
    const c = same(
      `main = THUNK(letrec { b = CON(Z2T a a); a = CON(I 1) } in b);`,
      "(Z2T (I 1) (I 1))",
    );
    expect(c.text).not.toContain("main_");
  });
});

describe("objects and names", () => {
  it("FUN without parameters and PAP without arguments become THUNKs", () => {
    // ministg has neither; our extended interpreter shows such a value as
    // `<pap>`, the converted program evaluates it.
    const c = convert(
      extended(
        `k = FUN(-> seven); seven = CON(I 7); p = PAP(k); main = THUNK(p);`,
      ),
      { preludes: false },
    );
    expect(c.text).toContain("k = THUNK(seven)");
    expect(c.text).toContain("p = THUNK(k)");
    expect(c.ea).toBe("(I 7)");
  });

  it("illegal identifiers are renamed consistently", () => {
    expect(legalSpelling("x'", "variable")).toBe("xq");
    expect(legalSpelling("_", "variable")).toBe("v_");
    expect(legalSpelling("let_x", "variable")).toBe("vlet_x");
    expect(legalSpelling("in", "variable")).toBe("vin");
    expect(legalSpelling("CON_A", "constructor")).toBe("KCON_A");
    const c = same(
      `f' = FUN(x' _y -> case x' of { I in_ -> let { let_z = CON(Ax in_) } in let_z });
       main = THUNK(let { one = CON(I 1) } in f' one one);`,
      "(Ax 1)",
    );
    expect(c.text).toContain("fq = FUN(xq v_y ->");
    expect(c.text).toContain("vlet_z = CON(Ax vin_)");
  });

  it("stack labels lose the quote ministg cannot read", () => {
    const c = same(
      `main = THUNK(stack "a\\"b" seven); seven = CON(I 7);`,
      "(I 7)",
    );
    expect(c.text).toContain(`stack "a'b"`);
  });
});

describe("program assembly", () => {
  it("a program without main gets one that forces the entry value", () => {
    const p = extended(
      `xs = CON(Cons one nil); one = CON(I 1); nil = CON(Nil);`,
    );
    const c = convert(p, { preludes: false, entry: "xs" });
    expect(c.ea).toBe("(Cons (I 1) Nil)");
    expect(() => toMinistgDialect(p, { preludes: false })).toThrow(/no `main`/);
  });

  it("copies in the ministg prelude and base definitions the program uses", () => {
    const p = extended(
      `main = THUNK(let { a = CON(I 2); b = CON(I 40) } in plusInt a b);`,
    );
    const c = convert(p);
    expect(c.ea).toBe("(I 42)");
    expect(c.text).toMatch(/^plusInt = FUN/m);
    expect(c.text).not.toMatch(/^multInt/m);
  });

  it("names no prelude defines are reported together", () => {
    const p = extended(`main = THUNK(foo_Main bar_DataziList);`);
    expect(() => toMinistgDialect(p)).toThrow(/2 names.*\n.*Data\.List\.bar/);
  });
});

describe("support names", () => {
  it("a program's own definition of a support function's name is renamed", () => {
    const c = same(
      `absInt = FUN(x -> seven); seven = CON(I 7);
       main = THUNK(case integerAbs# -5 of { a -> case absInt a of { I s -> let { t = CON(Z2T a s) } in t } });`,
      "(Z2T 5 7)",
    );
    expect(c.text).toContain("absInt_program = FUN(x -> seven)");
    expect(c.text).toMatch(/^absInt = FUN\(x ->\n?\s*case lt#/m);
  });
});
