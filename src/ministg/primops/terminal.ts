// Terminals (unix's System.Posix.Terminal): termios attributes, the
// tc* line controls, terminal names and pseudo-terminals, through hs2stg's
// addon (native/posix.c), since Node only offers setRawMode on its own
// stdin. A descriptor that is no terminal fails with ENOTTY without the
// addon, as tcgetattr does; a terminal without the addon is refused.
// The speed functions (cfgetispeed ...) act on a struct termios in memory
// as glibc's do on Linux. libraries/unix reaches these through
// preludes/base/FFI+Terminal.stg.

import type { ProgramIO } from "../io.js";
import type { Value } from "../machine/values.js";
import { PrimError, int, groupTable, type PrimOpTable } from "./table.js";
import { memory } from "./bytearray.js";
import { adoptNodeFd, setPosixErrno, terminalDescriptor } from "./posix.js";
import { TermCall, terminalCall } from "./posix-native.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const terminalPrimOps: PrimOpTable = ops;

// Linux x86-64's struct termios (glibc): four tcflag_t, c_line, c_cc[32],
// then c_ispeed and c_ospeed at 52 and 56; 60 bytes
const TERMIOS_SIZE = 60;
const C_IFLAG = 0,
  C_CFLAG = 8,
  C_ISPEED = 52,
  C_OSPEED = 56;
const CBAUD = 0o10017,
  CBAUDEX = 0o10000,
  /** glibc's mark in c_iflag for "input speed 0" (cfsetispeed(t, B0)). */
  IBAUD0 = 0o20000000000;
const EINVAL = 22;
/** Room for a terminal's path (ttyname, ptsname). */
const NAME_ROOM = 4096;

function noAddon(fun: string): never {
  throw new PrimError(
    `System.Posix.Terminal.${fun}: terminal calls need hs2stg's native addon (native/posix.c), built by npm install (run it again if the addon was built by an older hs2stg); Node has only setRawMode`,
  );
}

/** The addon's call on the process's descriptor: its result, or -1 and errno. */
function call(
  io: ProgramIO,
  fun: string,
  op: TermCall,
  n: number,
  x: number,
  bytes: Uint8Array,
): number {
  const fd = terminalDescriptor(io, n);
  if (fd === null) return -1;
  const r = terminalCall(op, fd, x, bytes);
  if (r === null) noAddon(fun);
  return r < 0 ? setPosixErrno(io, -r) : r;
}

/** The memory at v: up to `room` bytes, at least `need`. */
function region(v: Value, op: string, need: number, room = need): Uint8Array {
  const m = memory(v, op);
  const end = Math.min(m.off + room, m.bytes.length);
  if (end - m.off < need) throw new PrimError(`${op}: the buffer is too small`);
  return m.bytes.subarray(m.off, end);
}

/** unix's functions behind uxTerm#'s operations 2-7 (for the refusal). */
const CONTROLS = [
  "drainOutput",
  "controlFlow",
  "discardData",
  "sendBreak",
  "getTerminalProcessGroupID",
  "setTerminalProcessGroupID",
];

function validSpeed(s: number): boolean {
  return (s & ~CBAUD) === 0 && ((s & CBAUDEX) === 0 || (s & 0o17) !== 0);
}

def(
  "Terminal",
  "uxTerm#",
  3,
  "terminal control op on descriptor fd with argument x: 2 tcdrain, 3 tcflow(x), 4 tcflush(x), 5 tcsendbreak(x), 6 tcgetpgrp, 7 tcsetpgrp(x); the result, or -1 and errno",
  (a, b, c, ctx) => {
    const op = Number(int(a, "uxTerm#"));
    const n = Number(int(b, "uxTerm#"));
    const x = Number(int(c, "uxTerm#"));
    if (op < TermCall.Drain || op > TermCall.SetPgrp)
      throw new PrimError(`uxTerm#: no operation ${op}`);
    const fun = CONTROLS[op - TermCall.Drain];
    return call(ctx.io, fun, op as TermCall, n, x, new Uint8Array(0));
  },
);

def(
  "Terminal",
  "uxTermMem#",
  3,
  "terminal call op with memory at addr: 0 tcgetattr(fd) into the struct termios, 1-3 tcsetattr(fd, op-1) from it, 8 ttyname(fd) and 10 ptsname(fd) into the buffer (NUL-terminated), 9 openpty (the master's descriptor an int32 at addr, the slave's the result), 20 cfgetispeed, 21 cfgetospeed, 22 cfsetispeed(fd as the speed), 23 cfsetospeed; the result, or -1 and errno",
  (a, b, c, ctx) => {
    const op = Number(int(a, "uxTermMem#"));
    const n = Number(int(b, "uxTermMem#"));
    const io = ctx.io;
    switch (op) {
      case 0:
        return call(
          io,
          "getTerminalAttributes",
          TermCall.GetAttr,
          n,
          0,
          region(c, "tcgetattr", TERMIOS_SIZE),
        );
      case 1:
      case 2:
      case 3:
        return call(
          io,
          "setTerminalAttributes",
          TermCall.SetAttr,
          n,
          op - 1,
          region(c, "tcsetattr", TERMIOS_SIZE),
        );
      case 8:
        return call(
          io,
          "getTerminalName",
          TermCall.TtyName,
          n,
          0,
          region(c, "ttyname", 1, NAME_ROOM),
        );
      case 10:
        return call(
          io,
          "getSlaveTerminalName",
          TermCall.PtsName,
          n,
          0,
          region(c, "ptsname", 1, NAME_ROOM),
        );
      case 9: {
        // openpty: the master's descriptor at addr, the slave's the result
        const out = region(c, "openpty", 4);
        const fds = new Uint8Array(8);
        const r = terminalCall(TermCall.OpenPty, -1, 0, fds);
        if (r === null) noAddon("openPseudoTerminal");
        if (r < 0) return setPosixErrno(io, -r);
        const v = new DataView(fds.buffer);
        // O_RDWR: the run's descriptor table owns both from now on
        const master = adoptNodeFd(io, v.getInt32(0, true), 2, true);
        new DataView(out.buffer, out.byteOffset, 4).setInt32(0, master, true);
        return adoptNodeFd(io, v.getInt32(4, true), 2, true);
      }
      case 20:
      case 21:
      case 22:
      case 23:
        return speed(io, op, n, region(c, "cfspeed", TERMIOS_SIZE));
      default:
        throw new PrimError(`uxTermMem#: no operation ${op}`);
    }
  },
);

/** glibc's cfgetispeed (20), cfgetospeed (21), cfsetispeed (22), cfsetospeed (23). */
function speed(io: ProgramIO, op: number, s: number, t: Uint8Array): number {
  const v = new DataView(t.buffer, t.byteOffset, TERMIOS_SIZE);
  const iflag = v.getUint32(C_IFLAG, true);
  const cflag = v.getUint32(C_CFLAG, true);
  if (op === 20) return (iflag & IBAUD0) !== 0 ? 0 : cflag & CBAUD;
  if (op === 21) return cflag & CBAUD;
  if (!validSpeed(s)) return setPosixErrno(io, EINVAL);
  const withSpeed = ((cflag & ~CBAUD) | s) >>> 0;
  if (op === 23) {
    v.setUint32(C_OSPEED, s, true);
    v.setUint32(C_CFLAG, withSpeed, true);
  } else if (s === 0) {
    v.setUint32(C_IFLAG, (iflag | IBAUD0) >>> 0, true);
    v.setUint32(C_ISPEED, 0, true);
  } else {
    v.setUint32(C_IFLAG, (iflag & ~IBAUD0) >>> 0, true);
    v.setUint32(C_ISPEED, s, true);
    v.setUint32(C_CFLAG, withSpeed, true);
  }
  return 0;
}
