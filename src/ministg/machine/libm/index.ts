// Math functions bit-compatible with glibc 2.36 on x86-64 (what GHC-compiled
// programs call), for the Double#/Float# primops. See docs/primops.md,
// "Math functions", for what matches and the measured residual differences.
export { exp, log, pow, logf, powf } from "./exp-log.js";
export { expf, expm1f, sinhf, coshf, tanhf } from "./float-exp.js";
export { sin, cos, tan, asin, acos, atan, sinf, cosf } from "./trig.js";
export {
  tanfRounded as tanf,
  asinfRounded as asinf,
  acosfRounded as acosf,
  atanfRounded as atanf,
} from "./trig.js";
export { sinh, cosh, tanh, asinh, acosh, atanh } from "./hyperbolic.js";
const fr = Math.fround;
export const log1p = Math.log1p;
export const expm1 = Math.expm1;
export const asinhf = (x: number): number => fr(Math.asinh(x));
export const acoshf = (x: number): number => fr(Math.acosh(x));
export const atanhf = (x: number): number => fr(Math.atanh(x));
export const log1pf = (x: number): number => fr(Math.log1p(x));
