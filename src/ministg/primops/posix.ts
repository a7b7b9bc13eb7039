// POSIX file descriptors (System.Posix.Internals' c_* calls, GHC.IO.FD)
// over Node's synchronous fs. A run has its own descriptor table, numbered
// as the kernel numbers them (the lowest free number, 0-2 the standard
// streams), so a program sees GHC's numbers. A descriptor refers to an open
// file description: Node's fd plus our own offset (Node has no lseek, so
// reads and writes are positional); dup'd descriptors share it, and Node's
// fd is closed with the last of them. errno is the run's own, set by each
// failing call as the C library sets it (getErrno reads it).
// The standard descriptors 0-2 read stdin and write stdout/stderr through
// ProgramIO; what is not a file here (their stat, seek) is refused.

import * as fs from "node:fs";
import * as os from "node:os";
import * as tty from "node:tty";
import type { Value } from "../machine/values.js";
import type { ProgramIO } from "../io.js";
import { PrimError, int, groupTable, type PrimOpTable } from "./table.js";
import { memory } from "./bytearray.js";
import { writeStat, STRUCT_STAT_SIZE } from "./struct-stat.js";
import { ofdLock, type LockKind } from "./posix-native.js";

/**
 * What this module needs of files.ts (its lock table, working directory and
 * stdin), handed over by files.ts, which imports this module (no cycle).
 */
export interface FileSide {
  fileLocks(io: ProgramIO): Map<string, number>;
  programPath(io: ProgramIO, p: string): string;
  stdinByte(io: ProgramIO): number;
}
let fileSide: FileSide | null = null;
export function connectFiles(side: FileSide): void {
  fileSide = side;
}
function files(): FileSide {
  if (fileSide === null)
    throw new PrimError("posix primops: the file primops are not loaded");
  return fileSide;
}

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const posixPrimOps: PrimOpTable = ops;

// Linux x86-64's values (GHC 9.0.2's base reads the same from the C headers)
const O_ACCMODE = 3,
  O_APPEND = 1024,
  EBADF = 9,
  EINVAL = 22,
  ENOTTY = 25;

/** An open file description: shared by the descriptors dup'd from one. */
export interface Description {
  readonly nodeFd: number;
  refs: number;
  pos: number;
  flags: number;
  /** The write end, when this is the read end of a pipe (adoptPipe). */
  readonly writer?: Description;
  /** Either end of a pipe: fstat shows a FIFO, as pipe(2)'s. */
  readonly pipe?: boolean;
  /** A terminal (a pseudo-terminal's end): read and written where it is, no offset. */
  readonly terminal?: boolean;
}
type Descriptor =
  | { readonly kind: "std"; readonly stream: 0 | 1 | 2 }
  | { readonly kind: "file"; readonly d: Description };

interface PosixWorld {
  readonly fds: Map<number, Descriptor>;
  errno: number;
  /** lockFile's locks by descriptor: the file's key and whether for writing. */
  readonly locked: Map<number, { key: string; writing: boolean }>;
}
const worlds = new WeakMap<ProgramIO, PosixWorld>();
function worldOf(io: ProgramIO): PosixWorld {
  let w = worlds.get(io);
  if (w === undefined) {
    w = {
      fds: new Map<number, Descriptor>([
        [0, { kind: "std", stream: 0 }],
        [1, { kind: "std", stream: 1 }],
        [2, { kind: "std", stream: 2 }],
      ]),
      errno: 0,
      locked: new Map(),
    };
    worlds.set(io, w);
  }
  return w;
}

function lowestFree(w: PosixWorld, from = 0): number {
  let n = from;
  while (w.fds.has(n)) n++;
  return n;
}

/** A new descriptor for Node's fd (opened by files.ts for a Handle). */
export function adoptNodeFd(
  io: ProgramIO,
  nodeFd: number,
  flags: number,
  terminal = false,
): number {
  return adopt(worldOf(io), { nodeFd, refs: 1, pos: 0, flags, terminal });
}

/** The lowest free descriptor, now referring to description d. */
function adopt(w: PosixWorld, d: Description): number {
  const n = lowestFree(w);
  w.fds.set(n, { kind: "file", d });
  return n;
}

/**
 * Descriptors for the two ends of a pipe emulated over one file (Node has
 * no pipe(2)): what is written is read back in order; a read that finds it
 * empty while the write end is open stops the run, since GHC's would wait
 * for a writer and the machine cannot (never end of file where GHC blocks).
 */
export function adoptPipe(
  io: ProgramIO,
  readFd: number,
  writeFd: number,
  writeFlags: number,
): { read: number; write: number } {
  const w = worldOf(io);
  const writer: Description = {
    nodeFd: writeFd,
    refs: 1,
    pos: 0,
    flags: writeFlags,
    pipe: true,
  };
  // pipe(2)'s order: the read end takes the lower number
  const read = adopt(w, {
    nodeFd: readFd,
    refs: 1,
    pos: 0,
    flags: 0,
    writer,
    pipe: true,
  });
  return { read, write: adopt(w, writer) };
}

/**
 * Node's fd, offset and flags of descriptor n for a Handle made from it
 * (fdToHandle; the handle then owns n: closing it closes n). null when n
 * is no open file descriptor.
 */
export function shareDescriptor(
  io: ProgramIO,
  n: number,
): { nodeFd: number; pos: number; flags: number } | null {
  const e = worldOf(io).fds.get(n);
  if (e === undefined || e.kind !== "file") return null;
  return { nodeFd: e.d.nodeFd, pos: e.d.pos, flags: e.d.flags };
}

/** The open file description descriptor n refers to (null: none, or a standard stream). */
export function descriptionOf(io: ProgramIO, n: number): Description | null {
  const e = worldOf(io).fds.get(n);
  return e?.kind === "file" ? e.d : null;
}

/** Whether descriptor n is a terminal (GHC's Handles line-buffer one). */
export function isTerminal(io: ProgramIO, n: number): boolean {
  const d = worldOf(io).fds.get(n);
  if (d === undefined) return false;
  if (d.kind === "file") return tty.isatty(d.d.nodeFd);
  const control = io.stdoutControl;
  if (d.stream === 0) return control?.stdinIsTerminal === true;
  if (d.stream === 1) return control?.stdoutIsTerminal === true;
  return control !== undefined && tty.isatty(2);
}

/**
 * The process's own descriptor behind descriptor n, for a terminal call
 * (terminal.ts): Node's fd of a file, or 0-2 when that standard stream is
 * a terminal; null with errno set (EBADF, or ENOTTY as tcgetattr sets it
 * for a descriptor that is no terminal).
 */
export function terminalDescriptor(io: ProgramIO, n: number): number | null {
  const w = worldOf(io);
  const d = w.fds.get(n);
  if (d === undefined) {
    setErrno(w, EBADF);
    return null;
  }
  if (!isTerminal(io, n)) {
    setErrno(w, ENOTTY);
    return null;
  }
  return d.kind === "file" ? d.d.nodeFd : d.stream;
}

/** Closes descriptor n: 0, or -1 with errno EBADF. */
export function closeDescriptor(io: ProgramIO, n: number): number {
  const w = worldOf(io);
  const e = w.fds.get(n);
  if (e === undefined) return setErrno(w, EBADF);
  w.fds.delete(n);
  if (e.kind === "file" && --e.d.refs === 0) fs.closeSync(e.d.nodeFd);
  return 0;
}

/** unlockFile: gives up descriptor n's lock; whether it held one. */
export function unlockDescriptor(io: ProgramIO, n: number): boolean {
  const w = worldOf(io);
  const k = w.locked.get(n);
  if (k === undefined) return false;
  w.locked.delete(n);
  const locks = files().fileLocks(io);
  const l = locks.get(k.key) ?? 0;
  if (k.writing || l <= 1) locks.delete(k.key);
  else locks.set(k.key, l - 1);
  return true;
}

function setErrno(w: PosixWorld, e: number): number {
  w.errno = e;
  return -1;
}
/** Sets the run's errno (for unix.ts's calls): -1. */
export function setPosixErrno(io: ProgramIO, e: number): number {
  return setErrno(worldOf(io), e);
}
/** The run's errno set from a Node error's code (for unix.ts): -1. */
export function posixFail(io: ProgramIO, e: unknown): number {
  return failWith(worldOf(io), e);
}
/** The program's path named by the C string at an address (for unix.ts). */
export function posixPath(io: ProgramIO, v: Value, op: string): string {
  return pathOf(io, v, op);
}
/** errno of a Node error (its code), -1 returned. */
function failWith(w: PosixWorld, e: unknown): number {
  const code = (e as { code?: string }).code ?? "";
  const n = (os.constants.errno as Record<string, number>)[code];
  if (n === undefined) throw e;
  return setErrno(w, n);
}

function descriptor(w: PosixWorld, v: Value, op: string): Descriptor | null {
  const n = Number(int(v, op));
  return w.fds.get(n) ?? null;
}

/** The NUL-terminated string at an address (a CString), as bytes. */
export function cString(v: Value, op: string): Buffer {
  const m = memory(v, op);
  let end = m.off;
  while (end < m.bytes.length && m.bytes[end] !== 0) end++;
  return Buffer.from(m.bytes.subarray(m.off, end));
}
function pathOf(io: ProgramIO, v: Value, op: string): string {
  return files().programPath(io, cString(v, op).toString("utf8"));
}

/** n bytes at an address, checked to lie in its memory. */
function region(
  v: Value,
  n: number,
  op: string,
): { bytes: Uint8Array; off: number } {
  const m = memory(v, op);
  if (n < 0 || m.off + n > m.bytes.length)
    throw new PrimError(`${op}: ${n} bytes do not fit the buffer`);
  return m;
}

/**
 * chown's owner and group from one Int#: (uid + 1) * 2^33 + (gid + 1) in
 * 64 bits, each a C uid_t/gid_t (so (uid_t)-1, "keep it", wraps to 0).
 */
function ownerOf(x: bigint | number): [number, number] {
  const v = BigInt.asUintN(64, BigInt(x));
  const hi = Number(v >> 33n);
  const lo = Number(v & 0x1ffffffffn);
  return [hi === 0 ? -1 : hi - 1, lo === 0x100000000 ? -1 : lo - 1];
}

/** Whether descriptor v is an end of one of the machine's pipes. */
function isPipe(w: PosixWorld, v: Value): boolean {
  const d = w.fds.get(Number(int(v, "pxStat#")));
  return d?.kind === "file" && d.d.pipe === true;
}

function refuse(op: string, why: string): never {
  throw new PrimError(`System.Posix.Internals.${op}: ${why}`);
}

def(
  "Posix",
  "pxOpen#",
  3,
  "open(path, flags, mode): a descriptor, or -1 (errno)",
  (a, b, c, ctx) => {
    const w = worldOf(ctx.io);
    const path = pathOf(ctx.io, a, "pxOpen#");
    const flags = Number(int(b, "pxOpen#"));
    const mode = Number(int(c, "pxOpen#"));
    try {
      const nodeFd = fs.openSync(path, flags, mode);
      return adoptNodeFd(ctx.io, nodeFd, flags);
    } catch (e) {
      return failWith(w, e);
    }
  },
);

def(
  "Posix",
  "pxRead#",
  3,
  "read(fd, buf, n): the number of bytes read (0 at the end), or -1 (errno)",
  (a, b, c, ctx) => {
    const w = worldOf(ctx.io);
    const d = descriptor(w, a, "pxRead#");
    const n = Number(int(c, "pxRead#"));
    if (d === null) return setErrno(w, EBADF);
    const m = region(b, n, "pxRead#");
    if (d.kind === "std") {
      if (d.stream !== 0) return setErrno(w, EBADF);
      let k = 0;
      while (k < n) {
        const x = files().stdinByte(ctx.io);
        if (x < 0) break;
        m.bytes[m.off + k++] = x;
      }
      return k;
    }
    try {
      const got =
        n === 0
          ? 0
          : fs.readSync(
              d.d.nodeFd,
              m.bytes,
              m.off,
              n,
              d.d.terminal === true ? null : d.d.pos,
            );
      if (got === 0 && n > 0 && (d.d.writer?.refs ?? 0) > 0)
        throw new PrimError(
          "fdRead: the pipe is empty and its write end is open: GHC's program would wait here for a writer, which hs2stg's pipes (a file, createPipe) cannot do",
        );
      d.d.pos += got;
      return got;
    } catch (e) {
      return failWith(w, e);
    }
  },
);

def(
  "Posix",
  "pxWrite#",
  3,
  "write(fd, buf, n): the number of bytes written, or -1 (errno)",
  (a, b, c, ctx) => {
    const w = worldOf(ctx.io);
    const d = descriptor(w, a, "pxWrite#");
    const n = Number(int(c, "pxWrite#"));
    if (d === null) return setErrno(w, EBADF);
    const m = region(b, n, "pxWrite#");
    const chunk = m.bytes.slice(m.off, m.off + n);
    if (d.kind === "std" && d.stream === 0) return setErrno(w, EBADF);
    try {
      // fd 1 itself: past stdout's Handle buffer (GHC's order: before
      // what that buffer still holds)
      return writeDescriptor(ctx.io, d, chunk, true);
    } catch (e) {
      return failWith(w, e);
    }
  },
);

/** Writes chunk to what descriptor d refers to: the bytes written. */
function writeDescriptor(
  io: ProgramIO,
  d: Descriptor,
  chunk: Uint8Array,
  direct: boolean,
): number {
  if (d.kind === "std") {
    if (d.stream === 2) io.writeStderr(chunk);
    else if (direct && io.writeStdoutDirect !== undefined)
      io.writeStdoutDirect(chunk);
    else io.writeStdout(chunk);
    return chunk.length;
  }
  const append = (d.d.flags & O_APPEND) !== 0;
  if (d.d.terminal === true)
    return fs.writeSync(d.d.nodeFd, chunk, 0, chunk.length, null);
  const put = fs.writeSync(
    d.d.nodeFd,
    chunk,
    0,
    chunk.length,
    append ? null : d.d.pos,
  );
  d.d.pos = append ? fs.fstatSync(d.d.nodeFd).size : d.d.pos + put;
  return put;
}

// Whether some run has dup2'd onto descriptor 0-2 (hDuplicateTo): until
// then the standard Handles' writes skip the descriptor lookup.
let streamsMoved = false;

/**
 * Bytes stdout's or stderr's Handle writes out (stream 1 or 2): to what
 * descriptor 1 or 2 refers to now (a file after hDuplicateTo h stdout),
 * else to the run's stream as always.
 */
export function writeStream(
  io: ProgramIO,
  stream: 1 | 2,
  chunk: Uint8Array,
): void {
  // stdout's buffer writes out where descriptor 1 refers (dupDescriptor)
  const d =
    streamsMoved && (stream === 2 || io.setStdoutSink === undefined)
      ? worldOf(io).fds.get(stream)
      : undefined;
  if (d !== undefined && (d.kind === "file" || d.stream !== stream)) {
    writeDescriptor(io, d, chunk, false);
    return;
  }
  if (stream === 1) io.writeStdout(chunk);
  else io.writeStderr(chunk);
}

/**
 * Bytes a Handle over descriptor n writes out (a duplicate of stdout, ...):
 * past the standard Handles' buffers; -1 (errno) when n is not open.
 */
export function writeToDescriptor(
  io: ProgramIO,
  n: number,
  chunk: Uint8Array,
): number {
  const w = worldOf(io);
  const d = w.fds.get(n);
  if (d === undefined || (d.kind === "std" && d.stream === 0))
    return setErrno(w, EBADF);
  return writeDescriptor(io, d, chunk, true);
}

/**
 * dup(n) (to -1) or dup2(n, to): the new descriptor, or -1 (errno). A
 * file Handle's offset is its own (files.ts), so the caller gives it:
 * the description's offset becomes pos.
 */
export function dupDescriptor(
  io: ProgramIO,
  n: number,
  to: number,
  pos: number | null,
): number {
  const w = worldOf(io);
  const d = w.fds.get(n);
  if (d === undefined) return setErrno(w, EBADF);
  if (d.kind === "file" && pos !== null) d.d.pos = pos;
  const t = to < 0 ? lowestFree(w) : to;
  if (t === n) return n;
  if (t <= 2) streamsMoved = true;
  if (w.fds.has(t)) closeDescriptor(io, t);
  if (d.kind === "file") d.d.refs++;
  w.fds.set(t, d);
  if (t === 1 && io.setStdoutSink !== undefined)
    io.setStdoutSink(
      d.kind === "std" && d.stream === 1
        ? null
        : (chunk) => void writeDescriptor(io, d, chunk, false),
    );
  return t;
}

def(
  "Posix",
  "pxSeek#",
  3,
  "lseek(fd, offset, whence 0 set/1 current/2 end): the new offset, or -1 (errno)",
  (a, b, c, ctx) => {
    const w = worldOf(ctx.io);
    const d = descriptor(w, a, "pxSeek#");
    const off = Number(int(b, "pxSeek#"));
    const whence = Number(int(c, "pxSeek#"));
    if (d === null) return setErrno(w, EBADF);
    if (d.kind === "std")
      refuse(
        "c_lseek",
        `descriptor ${d.stream} is the run's standard stream, not a file the interpreter can seek`,
      );
    const base =
      whence === 0
        ? 0
        : whence === 1
          ? d.d.pos
          : whence === 2
            ? fs.fstatSync(d.d.nodeFd).size
            : NaN;
    if (!(base + off >= 0)) return setErrno(w, EINVAL);
    d.d.pos = base + off;
    return d.d.pos;
  },
);

def(
  "Posix",
  "pxStat#",
  3,
  "kind 0 fstat(fd, buf), 1 stat(path, buf), 2 lstat(path, buf): 0, or -1 (errno); buf gets Linux x86-64's struct stat",
  (a, b, c, ctx) => {
    const w = worldOf(ctx.io);
    const kind = Number(int(a, "pxStat#"));
    const m = region(c, STRUCT_STAT_SIZE, "pxStat#");
    try {
      let st: fs.BigIntStats;
      if (kind === 0) {
        const d = descriptor(w, b, "pxStat#");
        if (d === null) return setErrno(w, EBADF);
        if (d.kind === "std")
          refuse(
            "c_fstat",
            `descriptor ${d.stream} is the run's standard stream, whose file the interpreter does not know`,
          );
        st = fs.fstatSync(d.d.nodeFd, { bigint: true });
      } else {
        const p = pathOf(ctx.io, b, "pxStat#");
        st =
          kind === 1
            ? fs.statSync(p, { bigint: true })
            : fs.lstatSync(p, { bigint: true });
      }
      writeStat(st, m);
      if (kind === 0 && isPipe(w, b)) {
        // a pipe end: S_IFIFO | 0600, size 0 (so GHC.IO.FD's mkFD makes
        // it a Stream, which takes no file lock)
        const v = new DataView(m.bytes.buffer, m.bytes.byteOffset + m.off);
        v.setUint32(24, 0o10600, true);
        v.setBigInt64(48, 0n, true);
      }
      return 0;
    } catch (e) {
      if (e instanceof PrimError) throw e;
      return failWith(w, e);
    }
  },
);

def(
  "Posix",
  "pxCtl#",
  3,
  "operation op on descriptor fd with argument x: 0 close, 1 isatty, 2 dup, 3 dup2 onto x, 4 ftruncate to x, 5 F_GETFL, 6 F_SETFL x, 7 F_GETFD, 8 F_SETFD x, 9 lockFile (x 1: for writing; -1 when locked), 10 unlockFile, 11 OFD lock of the whole file (x: 0 unlock, 1 shared, 2 exclusive, +4 wait for it; gives 1 when another description holds it), 12 fchown to the owner and group x encodes (ownerOf), 13 fsync, 14 fdatasync, 15 fchmod to mode x; -1 and errno on failure",
  (a, b, c, ctx) => {
    const w = worldOf(ctx.io);
    const op = Number(int(a, "pxCtl#"));
    const n = Number(int(b, "pxCtl#"));
    const x = Number(int(c, "pxCtl#"));
    const d = w.fds.get(n);
    if (op === 0) return closeDescriptor(ctx.io, n);
    if (op === 10) return unlockDescriptor(ctx.io, n) ? 1 : 0;
    // isatty gives 0 (not -1) for a descriptor that is not open
    if (d === undefined) return setErrno(w, EBADF) + (op === 1 ? 1 : 0);
    try {
      switch (op) {
        case 1: {
          const control = ctx.io.stdoutControl;
          const yes =
            d.kind === "std"
              ? d.stream === 0
                ? control?.stdinIsTerminal === true
                : d.stream === 1
                  ? control?.stdoutIsTerminal === true
                  : control !== undefined && tty.isatty(2)
              : tty.isatty(d.d.nodeFd);
          return yes ? 1 : setErrno(w, ENOTTY) + 1;
        }
        case 2:
        case 3: {
          if (op === 3 && x < 0) return setErrno(w, EBADF);
          return dupDescriptor(ctx.io, n, op === 2 ? -1 : x, null);
        }
        case 4:
          if (d.kind === "std" || x < 0) return setErrno(w, EINVAL);
          fs.ftruncateSync(d.d.nodeFd, x);
          return 0;
        case 5:
          return d.kind === "std" ? (d.stream === 0 ? 0 : 1) : d.d.flags;
        case 6:
          // only O_APPEND and O_NONBLOCK can change (the access mode stays)
          if (d.kind === "file")
            d.d.flags =
              (d.d.flags & O_ACCMODE) |
              (x & ~O_ACCMODE & (O_APPEND | 2048)) |
              (d.d.flags & ~(O_ACCMODE | O_APPEND | 2048));
          return 0;
        case 7:
        case 8:
          // close-on-exec: nothing is ever exec'd
          return 0;
        case 9: {
          // lockFile: one writer or many readers of a file (GHC's RTS table,
          // shared with the file Handles' locks)
          if (d.kind === "std") return 0;
          const st = fs.fstatSync(d.d.nodeFd);
          const key = `${st.dev}:${st.ino}`;
          const locks = files().fileLocks(ctx.io);
          const l = locks.get(key) ?? 0;
          if (l < 0 || (l > 0 && x !== 0)) return -1;
          locks.set(key, x !== 0 ? -1 : l + 1);
          w.locked.set(n, { key, writing: x !== 0 });
          return 0;
        }
        case 12: {
          if (d.kind === "std")
            refuse(
              "fchown",
              `descriptor ${d.stream} is the run's standard stream, whose file the interpreter does not know`,
            );
          const [uid, gid] = ownerOf(int(c, "pxCtl#"));
          fs.fchownSync(d.d.nodeFd, uid, gid);
          return 0;
        }
        case 13:
        case 14:
        case 15:
          if (d.kind === "std")
            refuse(
              op === 15 ? "fchmod" : "fsync",
              `descriptor ${d.stream} is the run's standard stream, whose file the interpreter does not know`,
            );
          if (op === 13) fs.fsyncSync(d.d.nodeFd);
          else if (op === 14) fs.fdatasyncSync(d.d.nodeFd);
          else fs.fchmodSync(d.d.nodeFd, x);
          return 0;
        case 11: {
          // GHC.IO.Handle.Lock (LinuxOFD): the lock is the description's
          if (d.kind === "std")
            throw new PrimError(
              `GHC.IO.Handle.Lock.hLock: descriptor ${d.stream} is the run's standard stream, not a file the interpreter holds`,
            );
          const r = ofdLock(d.d.nodeFd, (x & 3) as LockKind, (x & 4) !== 0);
          if (r === null)
            throw new PrimError(
              "GHC.IO.Handle.Lock.hLock: file locks need hs2stg's native addon (native/posix.c, built by npm install); Node's fs has none",
            );
          if (r === 0) return 0;
          if (r === os.constants.errno.EAGAIN) return 1;
          return setErrno(w, r);
        }
        default:
          throw new PrimError(`pxCtl#: no operation ${op}`);
      }
    } catch (e) {
      if (e instanceof PrimError) throw e;
      return failWith(w, e);
    }
  },
);

def(
  "Posix",
  "pxPath#",
  3,
  "operation op on the path at an address: 0 unlink, 1 access(mode x), 2 chmod(mode x), 3 link to the path at x, 4 realpath into the PATH_MAX+1 bytes at x (NUL-terminated), 5 chown and 6 lchown to the owner and group x encodes (ownerOf); 0, or -1 (errno)",
  (a, b, c, ctx) => {
    const w = worldOf(ctx.io);
    const op = Number(int(a, "pxPath#"));
    const p = pathOf(ctx.io, b, "pxPath#");
    try {
      switch (op) {
        case 0:
          fs.unlinkSync(p);
          return 0;
        case 1:
          fs.accessSync(p, Number(int(c, "pxPath#")));
          return 0;
        case 2:
          fs.chmodSync(p, Number(int(c, "pxPath#")));
          return 0;
        case 3:
          fs.linkSync(p, pathOf(ctx.io, c, "pxPath#"));
          return 0;
        case 4: {
          // libc's realpath(3) itself, as directory's canonicalizePath calls
          // it, of the path as written (pathOf's resolve would take "x/.."
          // away before a link x is followed)
          const raw = cString(b, "pxPath#").toString("utf8");
          const abs = raw.startsWith("/")
            ? raw
            : `${files().programPath(ctx.io, ".")}/${raw}`;
          const r = fs.realpathSync.native(abs, { encoding: "buffer" });
          const m = region(c, r.length + 1, "pxPath#");
          m.bytes.set(r, m.off);
          m.bytes[m.off + r.length] = 0;
          return 0;
        }
        case 5:
        case 6: {
          const [uid, gid] = ownerOf(int(c, "pxPath#"));
          if (op === 5) fs.chownSync(p, uid, gid);
          else fs.lchownSync(p, uid, gid);
          return 0;
        }
        default:
          throw new PrimError(`pxPath#: no operation ${op}`);
      }
    } catch (e) {
      if (e instanceof PrimError) throw e;
      return failWith(w, e);
    }
  },
);

def(
  "Posix",
  "pxErrno#",
  2,
  "op 0: the run's errno; op 1: set it to x (gives 0)",
  (a, b, _c, ctx) => {
    const w = worldOf(ctx.io);
    if (Number(int(a, "pxErrno#")) === 0) return w.errno;
    w.errno = Number(int(b, "pxErrno#"));
    return 0;
  },
);

def(
  "Posix",
  "pxGetPid#",
  1,
  "the interpreter's process id (getpid)",
  () => process.pid,
);
