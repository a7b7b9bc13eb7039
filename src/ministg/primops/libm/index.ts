// Math functions bit-compatible with glibc 2.36 on x86-64 (what GHC-compiled
// programs call), for the Double#/Float# primops. See docs/primops.md,
// "Math functions", for what matches and the measured residual differences.
export { pow } from "./pow-glibc.js";
export { log } from "./log-glibc.js";
export { exp } from "./exp-glibc.js";
export { powf } from "./float-pow.js";
export { logf, log1pf, asinhf, acoshf, atanhf } from "./float-log.js";
export { expf, expm1f, sinhf, coshf, tanhf } from "./float-exp.js";
export { sin, cos, tan, asin, acos, atan } from "./trig.js";
export { sinf, cosf, tanf } from "./float-sincos.js";
export { asinf, acosf, atanf } from "./float-inverse-trig.js";
export { sinh, cosh, tanh, asinh, acosh, atanh } from "./hyperbolic.js";
export { expm1, log1p } from "./expm1-log1p.js";
