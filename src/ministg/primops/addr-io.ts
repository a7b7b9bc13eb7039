// Addr# byte strings and the IO effects (stdout, stderr, stdin, exit).

import { addrOffset, makeAddr, type Value } from "../machine/values.js";
import { memory } from "./bytearray.js";
import type { ProgramIO } from "../run-api.js";
import {
  PrimError,
  type PrimContext,
  ProgramExit,
  addr,
  addrBytes,
  bytesOf,
  int,
  utf8,
  groupTable,
  type PrimOpTable,
} from "./table.js";
import { stdDecode, stdDecodeBuffered, stdEncode, stdinByte } from "./files.js";
import { charBufferTaken } from "./stdin-buffer.js";
import { writeStream } from "./posix.js";
import { normInt } from "./numeric.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const addrIoPrimOps: PrimOpTable = ops;

// Addr# byte strings
def(
  "Addr#",
  "indexCharOffAddr#",
  2,
  "byte at offset i as a Char# ('\\0' past the end, like a C string)",
  (a, b) => {
    const s = addr(a, "indexCharOffAddr#");
    const i = addrOffset(s) + Number(int(b, "indexCharOffAddr#"));
    const bytes = s.info as Uint8Array;
    return i >= 0 && i < bytes.length ? bytes[i]! : 0;
  },
);
def(
  "Addr#",
  "addrLength#",
  1,
  "number of bytes from the address to the end",
  (a) => {
    const s = addr(a, "addrLength#");
    return Math.max(0, (s.info as Uint8Array).length - addrOffset(s));
  },
);

// IO effects (the argument of the nullary ones is ignored: pass 0)
function writeTo(
  which: "writeStdout#" | "writeStderr#",
  a: Value,
  ctx: PrimContext,
): number {
  // a Char# goes out in the handle's encoding (and newline mode)
  const chunk =
    typeof a === "object"
      ? addrBytes(addr(a, which))
      : Uint8Array.from(
          stdEncode(
            ctx.io,
            which === "writeStdout#" ? 1 : 2,
            Number(int(a, which)),
          ) ?? [],
        );
  writeStream(ctx.io, which === "writeStdout#" ? 1 : 2, chunk);
  return 0;
}
def(
  "IO",
  "writeStdout#",
  1,
  "write an Addr# string (its bytes) or a Char# (in stdout's encoding and newline mode, see fsStdCtl#) to stdout; gives 0",
  (a, _b, _c, ctx) => writeTo("writeStdout#", a, ctx),
);
def("IO", "writeStderr#", 1, "same, to stderr", (a, _b, _c, ctx) =>
  writeTo("writeStderr#", a, ctx),
);
def(
  "IO",
  "readStdinChar#",
  1,
  "next character of stdin (in its encoding, UTF-8 unless set) as Int#, -1 at end of input, -2 for bytes it cannot decode",
  (_a, _b, _c, ctx) => readUtf8(ctx.io),
);
def(
  "IO",
  "getArgCount#",
  1,
  "number of program arguments",
  (_a, _b, _c, ctx) => ctx.io.args.length,
);
def(
  "IO",
  "getArg#",
  1,
  "program argument i (from 0) as an Addr# string",
  (a, _b, _c, ctx) => {
    const i = Number(int(a, "getArg#"));
    const s = ctx.io.args[i];
    if (s === undefined) throw new PrimError(`getArg#: no argument ${i}`);
    return makeAddr(bytesOf(s), 0);
  },
);
def(
  "IO",
  "getProgName#",
  1,
  "program name as an Addr# string",
  (_a, _b, _c, ctx) => makeAddr(bytesOf(ctx.io.progName), 0),
);
def("IO", "exit#", 1, "end the program with this exit code", (a) => {
  throw new ProgramExit(Number(int(a, "exit#")));
});

// Stdin lookahead (appended for isEOF/hIsEOF/hLookAhead in preludes/base):
// peekStdinChar# decodes the next character and keeps it; takeStdinChar#
// is readStdinChar# that first hands back a kept character.
const stdinLookahead = new WeakMap<ProgramIO, number>();
def(
  "IO",
  "peekStdinChar#",
  1,
  "next character of stdin as Int# without consuming it (-1 at end of input); takeStdinChar# returns it",
  (_a, _b, _c, ctx) => {
    const kept = stdinLookahead.get(ctx.io);
    if (kept !== undefined) return kept;
    const c = readUtf8(ctx.io);
    stdinLookahead.set(ctx.io, c);
    return c;
  },
);
def(
  "IO",
  "takeStdinChar#",
  1,
  "readStdinChar#, but first the character peekStdinChar# looked at",
  (_a, _b, _c, ctx) => {
    const kept = stdinLookahead.get(ctx.io);
    if (kept === undefined) return readUtf8(ctx.io);
    stdinLookahead.delete(ctx.io);
    return kept;
  },
);

// stdin's next character in its encoding (-2: bytes it cannot decode)
function readUtf8(io: ProgramIO): number {
  return stdDecode(io);
}

// The process environment and CPU time (appended for System.Environment
// and System.CPUTime in preludes/base): the environment is read where it
// is asked for (ProgramIO.env, else the interpreter's own process
// environment, as a GHC binary sees its own), as "NAME=value" entries like getArg#.
function environment(io: ProgramIO): [string, string][] {
  const env = io.env ?? (typeof process === "undefined" ? {} : process.env);
  return Object.entries(env).filter(
    (e): e is [string, string] => e[1] !== undefined,
  );
}
def(
  "IO",
  "getEnvCount#",
  1,
  "number of environment variables",
  (_a, _b, _c, ctx) => environment(ctx.io).length,
);
def(
  "IO",
  "getEnvEntry#",
  1,
  'environment variable i (from 0) as an Addr# string "NAME=value"',
  (a, _b, _c, ctx) => {
    const i = Number(int(a, "getEnvEntry#"));
    const e = environment(ctx.io)[i];
    if (e === undefined)
      throw new PrimError(`getEnvEntry#: no environment entry ${i}`);
    return makeAddr(bytesOf(`${e[0]}=${e[1]}`), 0);
  },
);
def(
  "IO",
  "getCPUTime#",
  1,
  "CPU time used by the process so far, in picoseconds (Int#)",
  () => {
    if (typeof process === "undefined") return 0;
    const u = process.cpuUsage();
    return (u.user + u.system) * 1_000_000;
  },
);

// The wall clock (time's getSystemTime): the epoch's milliseconds at the
// first read, carried on with the monotonic high-resolution clock, so reads
// are in nanoseconds and never go backwards within a run.
let realtimeBase: bigint | undefined;
def(
  "IO",
  "getRealTime#",
  1,
  "wall-clock time, in nanoseconds since 1970-01-01 00:00 UTC (Int#)",
  () => {
    const now =
      typeof process === "undefined"
        ? BigInt(Math.round(performance.now() * 1e6))
        : process.hrtime.bigint();
    realtimeBase ??= BigInt(Date.now()) * 1_000_000n - now;
    return normInt(realtimeBase + now);
  },
);

// GHC.Clock's getMonotonicTimeNSec: the monotonic clock (Node's hrtime is
// libuv's CLOCK_MONOTONIC on Linux, the clock GHC's RTS reads).
def(
  "IO",
  "getMonotonicNSec#",
  1,
  "the monotonic clock, in nanoseconds (Int#)",
  () =>
    typeof process === "undefined"
      ? Math.round(performance.now() * 1e6)
      : normInt(process.hrtime.bigint()),
);

// text's hGetChunk on stdin: the characters GHC's character buffer holds
// (the rest of the current decoding step, else a new step's), as 32-bit
// little-endian code points (stdin-buffer.ts); a character
// peekStdinChar# kept is in it.
def(
  "IO",
  "readStdinChunk#",
  2,
  "the characters GHC's stdin buffer holds (else a new decoding step's) into memory at an address, as 32-bit little-endian code points (room for n bytes, n >= 8192); the number of characters (0 at end of input, -1 for bytes stdin cannot decode)",
  (a, b, _c, ctx) => {
    const n = Number(int(b, "readStdinChunk#"));
    const m = memory(a, "readStdinChunk#");
    if (n < 8192 || m.off + n > m.bytes.length)
      throw new PrimError(
        `readStdinChunk#: ${n} bytes are too few or do not fit the buffer`,
      );
    const out: number[] = [];
    let c: number | null = stdinLookahead.get(ctx.io) ?? null;
    stdinLookahead.delete(ctx.io);
    if (c === null) c = stdDecodeBuffered(ctx.io) ?? stdDecode(ctx.io);
    if (c === -1) return 0;
    if (c === -2) return -1;
    while (c !== null) {
      out.push(c);
      c = stdDecodeBuffered(ctx.io);
    }
    charBufferTaken(ctx.io);
    out.forEach((cp, i) => {
      for (let k = 0; k < 4; k++)
        m.bytes[m.off + 4 * i + k] = (cp >> (8 * k)) & 0xff;
    });
    return out.length;
  },
);

// Raw bytes of the standard handles (appended for hGetBuf/hPutBuf, which
// bytestring's I/O uses): no decoding or encoding. A character that
// peekStdinChar# decoded and kept goes first, UTF-8 encoded again.
def(
  "IO",
  "readStdinBuf#",
  2,
  "read up to n bytes of stdin into memory at an address; the number read (0 at end of input)",
  (a, b, _c, ctx) => {
    const n = Number(int(b, "readStdinBuf#"));
    const m = memory(a, "readStdinBuf#");
    if (n < 0 || m.off + n > m.bytes.length)
      throw new PrimError(`readStdinBuf#: ${n} bytes do not fit the buffer`);
    const pending: number[] = [];
    const kept = stdinLookahead.get(ctx.io);
    if (kept !== undefined) {
      stdinLookahead.delete(ctx.io);
      if (kept >= 0) pending.push(...utf8(kept));
    }
    let k = 0;
    while (k < n) {
      const x = pending.length > 0 ? pending.shift()! : stdinByte(ctx.io);
      if (x < 0) break;
      m.bytes[m.off + k++] = x;
    }
    if (pending.length > 0)
      throw new PrimError("readStdinBuf#: a looked-ahead character was split");
    // bytes past the decoded characters: GHC's character buffer is spent
    if (k > 0) charBufferTaken(ctx.io);
    return k;
  },
);
def(
  "IO",
  "writeFdBuf#",
  3,
  "write n bytes at an address to stdout (fd 1) or stderr (fd 2); gives 0",
  (f, a, b, ctx) => {
    const n = Number(int(b, "writeFdBuf#"));
    const m = memory(a, "writeFdBuf#");
    if (n < 0 || m.off + n > m.bytes.length)
      throw new PrimError(`writeFdBuf#: ${n} bytes are not in the buffer`);
    const chunk = m.bytes.slice(m.off, m.off + n);
    writeStream(ctx.io, Number(int(f, "writeFdBuf#")) === 2 ? 2 : 1, chunk);
    return 0;
  },
);
