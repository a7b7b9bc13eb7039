// struct stat on Linux x86-64 (144 bytes), as GHC-compiled code reads it:
// System.Posix.Internals' peeks (pxStat#) and unix's FileStatus readers,
// which -O1 code inlines into peeks at its offsets (fsStat#).
import type * as fs from "node:fs";

export const STRUCT_STAT_SIZE = 144;

/** Nanoseconds since the epoch as a struct timespec: whole seconds rounded down, then 0 <= nsec < 10^9. */
export function timespec(ns: bigint): { sec: bigint; nsec: bigint } {
  const nsec = ((ns % 1_000_000_000n) + 1_000_000_000n) % 1_000_000_000n;
  return { sec: (ns - nsec) / 1_000_000_000n, nsec };
}

/** Writes st at `off` of `bytes` with the struct's field offsets. */
export function writeStat(
  st: fs.BigIntStats,
  m: { bytes: Uint8Array; off: number },
): void {
  const v = new DataView(
    m.bytes.buffer,
    m.bytes.byteOffset + m.off,
    STRUCT_STAT_SIZE,
  );
  v.setBigUint64(0, st.dev, true);
  v.setBigUint64(8, st.ino, true);
  v.setBigUint64(16, st.nlink, true);
  v.setUint32(24, Number(st.mode), true);
  v.setUint32(28, Number(st.uid), true);
  v.setUint32(32, Number(st.gid), true);
  v.setUint32(36, 0, true);
  v.setBigUint64(40, st.rdev, true);
  v.setBigInt64(48, st.size, true);
  v.setBigInt64(56, st.blksize, true);
  v.setBigInt64(64, st.blocks, true);
  const times = [st.atimeNs, st.mtimeNs, st.ctimeNs];
  times.forEach((t, i) => {
    // Before 1970 the seconds round down and tv_nsec stays non-negative, as the kernel's.
    const { sec, nsec } = timespec(t);
    v.setBigInt64(72 + 16 * i, sec, true);
    v.setBigInt64(80 + 16 * i, nsec, true);
  });
  for (let k = 120; k < STRUCT_STAT_SIZE; k++) v.setUint8(k, 0);
}
