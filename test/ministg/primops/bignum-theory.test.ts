// The number-theory primops of src/ministg/primops/bignum-theory.ts and the
// limb writer of bignat.ts on values worked out by hand (the programs
// base-extra/bignum-* compare the preludes built on them with GHC).
import { describe, expect, it } from "vitest";
import { lookupPrimOp } from "../../../src/ministg/primops.js";
import type { PrimContext } from "../../../src/ministg/primops.js";
import type { Value } from "../../../src/ministg/machine/values.js";
import { makeAddr } from "../../../src/ministg/machine/values.js";

function prim(name: string, ...args: Value[]): unknown {
  const op = lookupPrimOp(name);
  if (op === undefined) throw new Error(`no primop ${name}`);
  const [a = 0, b = 0, c = 0] = args;
  return op.fn(a, b, c, {} as PrimContext);
}

describe("bignum-theory primops", () => {
  it("bigLog2#: floor(log2 |a|), -1 for 0", () => {
    expect(prim("bigLog2#", 0n)).toBe(-1);
    expect(prim("bigLog2#", 1n)).toBe(0);
    expect(prim("bigLog2#", -8n)).toBe(3);
    expect(prim("bigLog2#", 2n ** 200n)).toBe(200);
    expect(prim("bigLog2#", 2n ** 200n - 1n)).toBe(199);
  });
  it("bigSizeInBase#: digits of |a|", () => {
    expect(prim("bigSizeInBase#", 10, 0n)).toBe(0);
    expect(prim("bigSizeInBase#", 10, 999n)).toBe(3);
    expect(prim("bigSizeInBase#", 10, 1000n)).toBe(4);
    expect(prim("bigSizeInBase#", 10, -(10n ** 40n))).toBe(41);
    expect(prim("bigSizeInBase#", 256, 2n ** 64n)).toBe(9);
    expect(prim("bigSizeInBase#", 7, 48n)).toBe(2);
    expect(prim("bigSizeInBase#", 7, 49n)).toBe(3);
  });
  it("bigPowMod#, bigRecipMod#: residues in [0, m)", () => {
    expect(prim("bigPowMod#", 3n, 200n, 1000007n)).toBe(3n ** 200n % 1000007n);
    expect(prim("bigPowMod#", -5n, 3n, 7n)).toBe(1n); // -125 = 1 (mod 7)
    expect(prim("bigPowMod#", 4n, 0n, 1n)).toBe(0n);
    expect(prim("bigRecipMod#", 3n, 7n)).toBe(5n);
    expect(prim("bigRecipMod#", -3n, 7n)).toBe(2n);
    expect(prim("bigRecipMod#", 4n, 10n)).toBe(-1n);
  });
  it("bigGcdeS#: a Bezout coefficient (0 for gcd(0, 0))", () => {
    for (const [a, b] of [
      [12n, 5n],
      [-30n, 5n],
      [0n, 7n],
      [2n ** 70n + 1n, 3n ** 30n],
    ] as const) {
      const s = prim("bigGcdeS#", a, b) as bigint;
      const g = prim("integerGcd#", a, b) as bigint;
      expect(b === 0n ? a * s === g : (g - a * s) % b).toBe(
        b === 0n ? true : 0n,
      );
    }
    expect(prim("bigGcdeS#", 0n, 0n)).toBe(0n);
  });
  it("bigPopCount#, bigCtz#", () => {
    expect(prim("bigPopCount#", 2n ** 128n - 1n)).toBe(128);
    expect(prim("bigPopCount#", 0n)).toBe(0);
    expect(prim("bigCtz#", 2n ** 100n * 3n)).toBe(100);
    expect(prim("bigCtz#", 0n)).toBe(0);
  });
  it("bigNatWriteLimbs#: low limbs, least significant first, two's complement", () => {
    const bytes = new Uint8Array(16);
    const a = makeAddr(bytes, 0);
    prim("bigNatWriteLimbs#", a, 2, 2n ** 64n + 5n);
    expect([...bytes]).toEqual([
      5, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
    ]);
    prim("bigNatWriteLimbs#", a, 2, -1n);
    expect(bytes.every((b) => b === 255)).toBe(true);
    expect(() => prim("bigNatWriteLimbs#", a, 3, 1n)).toThrow(/past the end/);
  });
});
