// The Array primops (src/ministg/primops/array.ts) on the machine, in small
// extended-dialect programs. Expected values are worked out by hand.
import { describe, expect, it } from "vitest";
import { runStgSource } from "../../../src/ministg/run-stg.js";
import { PRIMOPS } from "../../../src/ministg/primops.js";
import { isArray, makeArray } from "../../../src/ministg/primops/array.js";
import { literalValueText } from "../../../src/ministg/machine/print-value.js";

function run(src: string) {
  return runStgSource(src, {
    file: "arrays.stg",
    prelude: false,
    annotate: false,
    callStack: false,
    maxSteps: 1_000_000,
    style: "EA",
  });
}

const value = (src: string): string => {
  const r = run(src);
  expect(r.stderr).toBe("");
  expect(r.exitCode).toBe(0);
  return r.stdout.trim();
};

describe("Array primops", () => {
  it("have the documented arities", () => {
    const arities = Object.fromEntries(
      [
        "arrayNew#",
        "arrayRead#",
        "arrayWrite#",
        "arraySize#",
        "arrayCopy#",
      ].map((n) => [n, PRIMOPS.get(n)?.arity]),
    );
    expect(arities).toEqual({
      "arrayNew#": 2,
      "arrayRead#": 2,
      "arrayWrite#": 3,
      "arraySize#": 1,
      "arrayCopy#": 1,
    });
  });

  it("a new array holds its initial element in every slot", () => {
    expect(
      value(`main = THUNK(case arrayNew# 3 7 of { a ->
        case arrayRead# a 0 of { x -> case arrayRead# a 2 of { y -> plus# x y } } });`),
    ).toBe("14");
  });

  it("writes replace one slot and give 0; later reads see them", () => {
    // slots 0..2 := 1, 10, 100; read back 1 + 10 + 100 = 111 (and the write gives 0)
    expect(
      value(`main = THUNK(case arrayNew# 3 0 of { a ->
        case arrayWrite# a 0 1 of { w0 -> case arrayWrite# a 1 10 of { w1 ->
        case arrayWrite# a 2 100 of { w2 ->
        case arrayRead# a 0 of { x -> case arrayRead# a 1 of { y -> case arrayRead# a 2 of { z ->
        case plus# x y of { s -> case plus# s z of { t -> plus# t w2 } } } } } } } } });`),
    ).toBe("111");
  });

  it("arraySize# counts the elements, also of an empty array", () => {
    expect(
      value(`main = THUNK(case arrayNew# 5 0 of { a -> case arrayNew# 0 0 of { b ->
        case arraySize# a of { n -> case arraySize# b of { m -> plus# n m } } } });`),
    ).toBe("5");
  });

  it("arrayCopy# gives an independent array with the same elements", () => {
    // copy, overwrite slot 1 of the copy with 9: the original keeps 4
    expect(
      value(`main = THUNK(case arrayNew# 2 4 of { a -> case arrayCopy# a of { b ->
        case arrayWrite# b 1 9 of { w -> case arrayRead# a 1 of { x ->
        case arrayRead# b 1 of { y -> case mult# x 10 of { t -> plus# t y } } } } } });`),
    ).toBe("49");
  });

  it("stores elements unevaluated: a failing thunk that is never read is harmless", () => {
    expect(
      value(`main = THUNK(case arrayNew# 2 0 of { a ->
        let { bad = THUNK(case quotInt# 1 0 of { q -> let { r = CON(I q) } in r }) } in
        case arrayWrite# a 1 bad of { w -> arrayRead# a 0 } });`),
    ).toBe("0");
  });

  it("reading a thunk element evaluates it (the machine returns its value)", () => {
    expect(
      value(`main = THUNK(case arrayNew# 1 0 of { a ->
        let { t = THUNK(case plus# 2 3 of { s -> let { r = CON(I s) } in r }) } in
        case arrayWrite# a 0 t of { w -> arrayRead# a 0 } });`),
    ).toBe("(I 5)");
  });

  it("an element may refer to its own array (lazy self-reference)", () => {
    // slot 1 = slot 0 + 1, computed when read, after slot 0 was written
    expect(
      value(`main = THUNK(case arrayNew# 2 0 of { a ->
        let { t = THUNK(case arrayRead# a 0 of { I x -> case plus# x 1 of { y -> let { r = CON(I y) } in r } }) } in
        case arrayWrite# a 1 t of { w1 ->
        let { z = CON(I 41) } in
        case arrayWrite# a 0 z of { w0 -> arrayRead# a 1 } } });`),
    ).toBe("(I 42)");
  });

  it("an index out of range is a runtime error naming the primop", () => {
    for (const [op, call] of [
      ["arrayRead#", "arrayRead# a 3"],
      ["arrayRead#", "arrayRead# a -1"],
      ["arrayWrite#", "arrayWrite# a 3 0"],
    ] as const) {
      const r = run(`main = THUNK(case arrayNew# 3 0 of { a -> ${call} });`);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain(`${op}: index`);
      expect(r.stderr).toContain("out of range [0..3)");
    }
  });

  it("a negative size or a non-array argument is a runtime error", () => {
    const neg = run(`main = THUNK(case arrayNew# -1 0 of { a -> 0 });`);
    expect(neg.exitCode).toBe(1);
    expect(neg.stderr).toContain("arrayNew#: bad array size -1");
    const notArr = run(`main = THUNK(arraySize# 3);`);
    expect(notArr.exitCode).toBe(1);
    expect(notArr.stderr).toContain("arraySize#: expected an array, got 3");
  });

  it("an array value prints as <array n>, inside a constructor too", () => {
    expect(
      value(
        `main = THUNK(case arrayNew# 2 0 of { a -> let { b = CON(Box a) } in b });`,
      ),
    ).toBe("(Box <array 2>)");
    const arr = makeArray([1, 2, 3]);
    expect(isArray(arr)).toBe(true);
    expect(literalValueText(arr)).toBe("<array 3>");
  });
});

describe("live-heap statistics", () => {
  it("count the elements an array holds as live", () => {
    // 300 distinct boxes live only through the array, then a 20000-step loop
    // that keeps the array: the sampled peak must see all of them.
    const src = `
fill = FUN(a i -> case lt# i 300 of {
  0 -> 0;
  c -> let { x = CON(I i) } in case arrayWrite# a i x of { w -> case plus# i 1 of { j -> fill a j } } });
spin = FUN(a k -> case k of { 0 -> arraySize# a; n -> case sub# n 1 of { m -> spin a m } });
main = THUNK(case arrayNew# 300 0 of { a -> case fill a 0 of { w -> spin a 20000 } });`;
    const r = runStgSource(src, {
      file: "live.stg",
      prelude: false,
      annotate: false,
      callStack: false,
      maxSteps: 1_000_000,
      style: "EA",
      sampleLiveHeap: true,
    });
    expect(r.stdout.trim()).toBe("300");
    expect(r.stats.peakLiveObjects).toBeGreaterThanOrEqual(300);
  });
});
