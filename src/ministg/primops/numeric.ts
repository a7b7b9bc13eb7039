// Exact fixed-width arithmetic for Int# (signed 64-bit, GHC's wrap-around)
// and Word# (unsigned 64-bit). Values are JS numbers while they are safe
// integers and bigints beyond, always in that canonical form, so `===`
// compares them; results beyond 2^53 stay exact.

import type { Value } from "../machine/values.js";

const MAX = Number.MAX_SAFE_INTEGER;
const MAXN = BigInt(MAX);

export function big(v: Value): bigint {
  return typeof v === "bigint" ? v : BigInt(v as number);
}

/** Canonical Int# from any integer: wrapped to 64 bits, a number when safe. */
export function normInt(b: bigint): number | bigint {
  const w = BigInt.asIntN(64, b);
  return w >= -MAXN && w <= MAXN ? Number(w) : w;
}

/** Canonical Word#: wrapped to unsigned 64 bits, a number when safe. */
export function normWord(b: bigint): number | bigint {
  const w = BigInt.asUintN(64, b);
  return w <= MAXN ? Number(w) : w;
}

export function isIntValue(v: Value): v is number | bigint {
  return (
    typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v))
  );
}

export function intAdd(a: Value, b: Value): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return normInt(big(a) + big(b));
}

export function intSub(a: Value, b: Value): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return normInt(big(a) - big(b));
}

export function intMul(a: Value, b: Value): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    // A product of magnitude below 2^53 is computed exactly in doubles.
    if (r < MAX && r > -MAX) return r === 0 ? 0 : r;
  }
  return normInt(big(a) * big(b));
}

/** Truncating division (GHC's quotInt#); the caller rules out 0. */
export function intQuot(a: Value, b: Value): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    // fmod is exact, and so is dividing the exact multiple that remains.
    const r = (a - (a % b)) / b;
    return r === 0 ? 0 : r;
  }
  return normInt(big(a) / big(b));
}

/**
 * Floor division of big integers (GHC's div), one bigint division: the
 * truncated quotient is the floor unless the signs differ and it is inexact.
 */
export function bigFloorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  return x < 0n !== y < 0n && q * y !== x ? q - 1n : q;
}

/** The remainder of bigFloorDiv (GHC's mod): it takes the divisor's sign. */
export function bigFloorMod(x: bigint, y: bigint): bigint {
  const r = x % y;
  return r !== 0n && r < 0n !== y < 0n ? r + y : r;
}

export function intRem(a: Value, b: Value): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  return normInt(big(a) % big(b));
}

export function wordOf(v: Value): bigint {
  return BigInt.asUintN(64, big(v));
}

/** Int# to double like GHC's int2Double#. */
export function toDouble(v: Value): number {
  return typeof v === "number" ? v : Number(v);
}

/** Double# to Int# like GHC's double2Int# (truncation; out of range wraps). */
export function doubleToInt(d: number): number | bigint {
  if (!Number.isFinite(d)) return 0;
  const t = Math.trunc(d);
  if (t <= MAX && t >= -MAX) return t === 0 ? 0 : t;
  return normInt(BigInt(t));
}
