// The functions under test by the oracle's names: JavaScript's Math.* (the
// old behaviour), our ports (src/ministg/primops/libm) and the C library's
// own through the native addon (libm/native.ts), when it is built.
import * as libm from "../../../../src/ministg/primops/libm/index.js";
import { nativeLibm } from "../../../../src/ministg/primops/libm/native.js";

const fr = Math.fround;
const JS: Record<string, (x: number) => number> = {
  exp: Math.exp,
  log: Math.log,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  log1p: Math.log1p,
  expm1: Math.expm1,
};

const OURS: Record<string, (x: number) => number> = {
  exp: libm.exp,
  log: libm.log,
  sin: libm.sin,
  cos: libm.cos,
  tan: libm.tan,
  asin: libm.asin,
  acos: libm.acos,
  atan: libm.atan,
  sinh: libm.sinh,
  cosh: libm.cosh,
  tanh: libm.tanh,
  asinh: libm.asinh,
  acosh: libm.acosh,
  atanh: libm.atanh,
  log1p: libm.log1p,
  expm1: libm.expm1,
  expf: libm.expf,
  logf: libm.logf,
  sinf: libm.sinf,
  cosf: libm.cosf,
  tanf: libm.tanf,
  asinf: libm.asinf,
  acosf: libm.acosf,
  atanf: libm.atanf,
  sinhf: libm.sinhf,
  coshf: libm.coshf,
  tanhf: libm.tanhf,
  asinhf: libm.asinhf,
  acoshf: libm.acoshf,
  atanhf: libm.atanhf,
  log1pf: libm.log1pf,
  expm1f: libm.expm1f,
};

export function mathJs1(name: string, x: number): number {
  const f = name.endsWith("f") ? JS[name.slice(0, -1)] : JS[name];
  if (f === undefined) throw new Error(name);
  return name.endsWith("f") ? fr(f(x)) : f(x);
}
export function mathJs2(name: string, x: number, y: number): number {
  return name === "powf" ? fr(Math.pow(x, y)) : Math.pow(x, y);
}
export function libm1(name: string, x: number): number {
  const f = OURS[name];
  if (f === undefined) throw new Error(name);
  return f(x);
}
export function libm2(name: string, x: number, y: number): number {
  return name === "powf" ? libm.powf(x, y) : libm.pow(x, y);
}

/** The addon's function by the oracle's name, or null without the addon. */
export function native1(name: string): ((x: number) => number) | null {
  const n = nativeLibm();
  if (n === null) return null;
  const f = (n as unknown as Record<string, (x: number) => number>)[name];
  if (f === undefined) throw new Error(name);
  return f;
}
export function native2(
  name: string,
): ((x: number, y: number) => number) | null {
  const n = nativeLibm();
  if (n === null) return null;
  return name === "powf" ? n.powf : n.pow;
}

/**
 * The largest mismatch fraction accepted per function: one in a hundred
 * (measured on 20,000 arguments each: at most 0.14%, see docs/primops.md).
 */
export const allowedMismatch = (_name: string): number => 0.01;
