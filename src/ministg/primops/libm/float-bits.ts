// Single-precision bit access and C hexadecimal float constants, for the
// ports of glibc's float code.

const f32 = new DataView(new ArrayBuffer(4));
/** The IEEE single-precision bits of x (a float value), as a uint32. */
export function bitsOf(x: number): number {
  f32.setFloat32(0, x);
  return f32.getUint32(0);
}
export function fromBits(b: number): number {
  f32.setUint32(0, b >>> 0);
  return f32.getFloat32(0);
}
/** The C literal 0x1.<frac>p<e> (or 0x0p0 when frac is null), exactly. */
export function hexFloat(frac: string, e: number): number {
  return (1 + parseInt(frac, 16) / 16 ** frac.length) * 2 ** e;
}
