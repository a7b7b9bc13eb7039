// The RTS's C struct `RtsFlags` (GHC 9.0.2, Linux x86-64), which -O1 code
// reads through `__label "RtsFlags" (data)` once GHC.RTS.Flags' getters are
// inlined: its bytes as a GHC binary linked without -threaded and run
// without +RTS options holds them. Offsets are the struct's layout (rts/Flags.h
// compiled for x86-64); values the defaults such a binary was observed to
// have. Fields a GHC binary leaves 0 (null pointers, false flags, the
// profiling and parallel fields) are not listed. The -O0 getters
// (libraries/base/GHC/RTS/Flags.hs) give the same values.
import { totalmem } from "node:os";

/** The struct's size in bytes (sizeof(RTS_FLAGS)). */
export const RTS_FLAGS_SIZE = 440;

type Field = {
  readonly name: string;
  readonly offset: number;
  readonly kind: "u8" | "u32" | "u64" | "f64";
  readonly value: () => number | bigint;
};

const f = (
  name: string,
  offset: number,
  kind: Field["kind"],
  value: number | bigint | (() => number | bigint),
): Field => ({
  name,
  offset,
  kind,
  value: typeof value === "function" ? value : () => value,
});

/**
 * GHC's default -K: 80% of the machine's physical memory, in 8-byte words
 * (a uint32_t; the primop physicalMemory# gives -O0 code the same memory).
 */
function maxStkSizeWords(): number {
  return Number((BigInt(totalmem()) * 8n) / 10n / 8n) >>> 0;
}

const FIELDS: readonly Field[] = [
  // GcFlags (offset 0)
  f("GcFlags.maxStkSize", 12, "u32", maxStkSizeWords),
  f("GcFlags.initialStkSize", 16, "u32", 128),
  f("GcFlags.stkChunkSize", 20, "u32", 4096),
  f("GcFlags.stkChunkBufferSize", 24, "u32", 128),
  f("GcFlags.minAllocAreaSize", 32, "u32", 256),
  f("GcFlags.minOldGenSize", 44, "u32", 256),
  f("GcFlags.oldGenFactor", 56, "f64", 2),
  f("GcFlags.pcFreeHeap", 64, "f64", 3),
  f("GcFlags.generations", 76, "u32", 2),
  f("GcFlags.squeezeUpdFrames", 80, "u8", 1),
  f("GcFlags.compactThreshold", 88, "f64", 30),
  f("GcFlags.idleGCDelayTime", 104, "u64", 300000000n),
  f("GcFlags.allocLimitGrace", 144, "u64", 25n),
  f("GcFlags.heapLimitGrace", 152, "u64", 1048576n),
  f("GcFlags.numaMask", 168, "u64", 1n),
  // ConcFlags (176)
  f("ConcFlags.ctxtSwitchTime", 176, "u64", 20000000n),
  f("ConcFlags.ctxtSwitchTicks", 184, "u32", 2),
  // MiscFlags (192)
  f("MiscFlags.tickInterval", 192, "u64", 10000000n),
  f("MiscFlags.install_signal_handlers", 200, "u8", 1),
  f("MiscFlags.install_seh_handlers", 201, "u8", 1),
  f("MiscFlags.generate_stack_trace", 203, "u8", 1),
  f("MiscFlags.ioManager", 216, "u32", 1), // IO_MNGR_POSIX
  f("MiscFlags.numIoWorkerThreads", 220, "u32", 1),
  // DebugFlags (224) and CcFlags (248): all 0
  // ProfFlags (272)
  f("ProfFlags.heapProfileInterval", 280, "u64", 100000000n),
  f("ProfFlags.heapProfileIntervalTicks", 288, "u32", 10),
  // TraceFlags (360), TickyFlags (384), ParFlags (400): all 0
];

/** The struct's bytes, little-endian. */
export function rtsFlagsBytes(): number[] {
  const buf = new ArrayBuffer(RTS_FLAGS_SIZE);
  const v = new DataView(buf);
  for (const fl of FIELDS) {
    const x = fl.value();
    switch (fl.kind) {
      case "u8":
        v.setUint8(fl.offset, Number(x));
        break;
      case "u32":
        v.setUint32(fl.offset, Number(x), true);
        break;
      case "u64":
        v.setBigUint64(fl.offset, BigInt(x), true);
        break;
      case "f64":
        v.setFloat64(fl.offset, Number(x), true);
        break;
      default: {
        const never: never = fl.kind;
        throw new Error(`unknown field kind ${String(never)}`);
      }
    }
  }
  return [...new Uint8Array(buf)];
}
