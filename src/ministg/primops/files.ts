// Files and directories through the real file system (Node's synchronous
// fs calls), for System.IO's file handles and the `directory` package.
// stdin/stdout/stderr stay on ProgramIO (addr-io.ts); handles 0-2 are never
// in this table. Strings go in one character at a time (`fsPush#`, a NUL
// separates two paths) and come out as Addr# strings (`fsResult#`).
// The working directory is the program's own (withCurrentDirectory), kept
// here: relative paths resolve against it, the interpreter's stays put.

import * as fs from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";
import { makeAddr, type Value } from "../machine/values.js";
import type { ProgramIO } from "../run-api.js";
import {
  PrimError,
  int,
  type PrimContext,
  groupTable,
  type PrimOpTable,
} from "./table.js";
import { memory } from "./bytearray.js";
import { setTimesExactly, type FileTime } from "./posix-native.js";
import { timespec, writeStat, STRUCT_STAT_SIZE } from "./struct-stat.js";
import {
  adoptNodeFd,
  closeDescriptor,
  connectFiles,
  descriptionOf,
  dupDescriptor,
  isTerminal,
  writeToDescriptor,
  type Description,
  shareDescriptor,
  unlockDescriptor,
} from "./posix.js";
import {
  charDecoded,
  inCurrentStep,
  stdinMoved,
  stdinOffset,
} from "./stdin-buffer.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const filesPrimOps: PrimOpTable = ops;

// Encodings (codes shared with GHC.IO.Encoding+Files.stg)
const UTF8 = 0,
  LATIN1 = 1,
  CHAR8 = 2,
  UTF16 = 3,
  UTF16LE = 4,
  UTF16BE = 5,
  UTF32 = 6,
  UTF32LE = 7,
  UTF32BE = 8,
  UTF8BOM = 9,
  ASCII = 11;
// A code's bits 5 and up: what to do with a character the encoding cannot
// represent or bytes it cannot decode (mkTextEncoding's //IGNORE, //TRANSLIT).
const ON_ERROR_IGNORE = 1,
  ON_ERROR_TRANSLIT = 2;

interface Handle {
  fd: number;
  /** Its POSIX descriptor (posix.ts), which closing the handle closes. */
  vfd: number;
  path: string;
  key: string;
  mode: number; // 0 read, 1 write, 2 append, 3 read/write
  state: number; // 0 open, 1 semi-closed, 2 closed
  pos: number; // byte position of the next read or write
  wbuf: number[]; // bytes not yet written, at wpos
  wpos: number;
  enc: number;
  onError: number; // 0 error, ON_ERROR_IGNORE, ON_ERROR_TRANSLIT
  buffering: number; // 0 none, 1 line, 2 block (default), 3 block with size
  bufSize: number;
  bomDone: boolean; // utf16/utf32: BOM read or written
  bigEndian: boolean; // utf16/utf32 read order
  crlfIn: boolean; // NewlineMode inputNL = CRLF: "\r\n" reads as '\n'
  crlfOut: boolean; // outputNL = CRLF: '\n' writes as "\r\n"
  /**
   * A duplicate of stdout or stderr (hDuplicate): no Node fd (fd -1), its
   * bytes go out through descriptor vfd of this run.
   */
  io?: ProgramIO;
  /**
   * Its descriptor's open file description: while another descriptor
   * shares it (stdout redirected to this file), flushes write at its offset.
   */
  desc?: Description;
  /**
   * A terminal's input (a pseudo-terminal's end, fdToHandle): it has no
   * offsets, so what is read is kept here, bytes from position `base` on,
   * and the handle's readers peek and take at positions as on a file;
   * writes go out where the terminal is and leave `pos` (the read side's).
   */
  stream?: { base: number; bytes: number[] };
  /**
   * How many of wbuf's bytes the Handle__'s haByteBuffer last showed
   * (fsSnap#), -1 when it shows none of the table's (never given, or the
   * table has flushed since), -2 while a thunk that copies them when read
   * stands there: GHC code's changes to that buffer are taken back
   * (fsTake#) only against a snapshot that still holds.
   */
  snap?: number;
  /** Whether its last operation read (a read-write handle's buffer is then GHC's read buffer). */
  reading?: boolean;
}

// Everything a run's file system state holds, one per ProgramIO, so that
// runs in one process (tests, the library API) never see each other's
// handles, locks or working directory.
interface FileWorld {
  readonly handles: Map<number, Handle>;
  nextId: number;
  readonly locks: Map<string, number>; // key -> readers (>0) or -1 writer
  pending: number[];
  results: string[];
  lastError: string;
  /** The program's working directory (ProgramIO.cwd, else the process's). */
  cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** stdin, stdout, stderr's BufferMode codes (as fsCtl# 13/14): GHC's defaults off a terminal. */
  readonly stdBuffering: number[];
  /** stdin, stdout, stderr as handles: their encoding, newline mode, state. */
  readonly std: Handle[];
  /**
   * Bytes of stdin read but handed back (while looking for a byte order
   * mark, or a character read past GHC's buffer): every reader of stdin takes them first.
   */
  readonly stdinBack: number[];
  /** While stdDecodeBuffered decodes: the bytes it took, to hand back. */
  stdinTaken: number[] | null;
}
const worlds = new WeakMap<ProgramIO, FileWorld>();

/** A new open handle's record: block buffering, no bytes pending, GHC's defaults. */
function openHandle(
  h: Pick<
    Handle,
    "fd" | "vfd" | "path" | "key" | "mode" | "pos" | "enc" | "onError"
  >,
): Handle {
  return {
    ...h,
    state: 0,
    wbuf: [],
    wpos: 0,
    buffering: 2,
    bufSize: 0,
    bomDone: false,
    bigEndian: true,
    crlfIn: false,
    crlfOut: false,
  };
}

// A standard handle's record: only its encoding, newline mode and state are
// used (its bytes go through ProgramIO, see addr-io.ts).
function stdHandle(fd: number): Handle {
  return {
    ...openHandle({
      fd,
      vfd: fd,
      path: ["<stdin>", "<stdout>", "<stderr>"][fd]!,
      key: "",
      mode: fd === 0 ? 0 : 1,
      pos: 0,
      enc: UTF8,
      onError: 0,
    }),
    buffering: fd === 2 ? 0 : 2,
  };
}

/**
 * The bytes of character cp written to standard handle fd (1 or 2) in its
 * encoding and newline mode; null when the encoding cannot represent it.
 */
export function stdEncode(
  io: ProgramIO,
  fd: number,
  cp: number,
): number[] | null {
  const h = worldOf(io).std[fd]!;
  const cr = cp === 10 && h.crlfOut ? (encode(h, 13) ?? []) : [];
  let bytes = encode(h, cp);
  if (bytes === null && h.onError === ON_ERROR_IGNORE) bytes = [];
  if (bytes === null && h.onError === ON_ERROR_TRANSLIT)
    bytes = encode(h, 0x3f);
  if (bytes === null) return null;
  return [...cr, ...bytes];
}

/** stdin's next byte (-1 at the end): a byte handed back first. */
export function stdinByte(io: ProgramIO): number {
  const w = worldOf(io);
  const x = w.stdinBack.length > 0 ? w.stdinBack.shift()! : io.readStdinByte();
  if (x >= 0) {
    stdinMoved(io, 1);
    w.stdinTaken?.push(x);
  }
  return x;
}

/** Hands bytes back to stdin: the next reads give them again, in order. */
export function unreadStdin(io: ProgramIO, bytes: readonly number[]): void {
  worldOf(io).stdinBack.unshift(...bytes);
  stdinMoved(io, -bytes.length);
}

/**
 * The next character of stdin in its encoding (as stdDecode), counted
 * into GHC's character buffer (stdin-buffer.ts).
 */
export function stdDecode(io: ProgramIO): number {
  const start = stdinOffset(io);
  const c = decodeStdin(io);
  if (c !== -1) charDecoded(io, start, stdinOffset(io));
  return c;
}

/**
 * The next character of stdin if GHC's character buffer already holds it
 * (the current decoding step goes on to it), else null with nothing
 * consumed: the end of input, bytes it cannot decode and a character of
 * the next step stay for the next read.
 */
export function stdDecodeBuffered(io: ProgramIO): number | null {
  const w = worldOf(io);
  const start = stdinOffset(io);
  if (!inCurrentStep(io, start, start)) return null;
  w.stdinTaken = [];
  const c = decodeStdin(io);
  const taken = w.stdinTaken;
  w.stdinTaken = null;
  if (c >= 0 && inCurrentStep(io, start, stdinOffset(io))) {
    charDecoded(io, start, stdinOffset(io));
    return c;
  }
  unreadStdin(io, taken);
  return null;
}

/**
 * The next character of stdin in its encoding: the code, -1 at the end,
 * -2 for bytes the encoding cannot decode (one byte, or one code unit, is
 * consumed). UTF-16/32 and UTF-8 with BOM read a byte order mark first, as
 * the file handles do (decode1); bytes that turn out to be no mark are
 * decoded as characters.
 */
function decodeStdin(io: ProgramIO): number {
  const w = worldOf(io);
  const h = w.std[0]!;
  const next = (): number => stdinByte(io);
  if (!h.bomDone && (h.enc === UTF16 || h.enc === UTF32 || h.enc === UTF8BOM)) {
    h.bomDone = true;
    h.bigEndian = true;
    const want = h.enc === UTF32 ? 4 : h.enc === UTF16 ? 2 : 3;
    const b: number[] = [];
    while (b.length < want) {
      const x = next();
      if (x < 0) break;
      b.push(x);
    }
    const m = b.join(",");
    let mark = false;
    if (h.enc === UTF8BOM) mark = m === "239,187,191";
    else if (h.enc === UTF16 && (m === "254,255" || m === "255,254")) {
      mark = true;
      h.bigEndian = m === "254,255";
    } else if (
      h.enc === UTF32 &&
      (m === "0,0,254,255" || m === "255,254,0,0")
    ) {
      mark = true;
      h.bigEndian = m === "0,0,254,255";
    }
    if (!mark) unreadStdin(io, b);
  }
  const b0 = next();
  if (b0 < 0) return -1;
  switch (h.enc) {
    case LATIN1:
    case CHAR8:
    case 10:
      return b0;
    case ASCII:
      return b0 < 0x80 ? b0 : h.onError === 0 ? -2 : 0xfffd;
    case UTF16:
    case UTF16LE:
    case UTF16BE: {
      const be = h.enc === UTF16BE || (h.enc === UTF16 && h.bigEndian);
      const unit = (x: number, y: number): number =>
        be ? (x << 8) | y : (y << 8) | x;
      const b1 = next();
      if (b1 < 0) return -2;
      const u = unit(b0, b1);
      if (u < 0xd800 || u > 0xdfff) return u;
      if (u > 0xdbff) return -2;
      const c0 = next();
      const c1 = c0 < 0 ? -1 : next();
      if (c1 < 0) return -2;
      const l = unit(c0, c1);
      if (l < 0xdc00 || l > 0xdfff) return -2;
      return 0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00);
    }
    case UTF32:
    case UTF32LE:
    case UTF32BE: {
      const be = h.enc === UTF32BE || (h.enc === UTF32 && h.bigEndian);
      const b = [b0];
      while (b.length < 4) {
        const x = next();
        if (x < 0) return -2;
        b.push(x);
      }
      const q = be ? b : b.reverse();
      const u = ((q[0]! << 24) | (q[1]! << 16) | (q[2]! << 8) | q[3]!) >>> 0;
      return u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff) ? -2 : u;
    }
    default:
      break; // UTF-8 (with or without BOM)
  }
  if (b0 < 0x80) return b0;
  const extra =
    b0 >= 0xc2 && b0 < 0xe0
      ? 1
      : b0 >= 0xe0 && b0 < 0xf0
        ? 2
        : b0 >= 0xf0 && b0 < 0xf5
          ? 3
          : -1;
  if (extra < 0) return -2;
  let cp = b0 & (0x3f >> extra);
  for (let k = 0; k < extra; k++) {
    const b = next();
    if (b < 0 || (b & 0xc0) !== 0x80) return -2;
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = extra === 1 ? 0x80 : extra === 2 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -2;
  return cp;
}

function worldOf(io: ProgramIO): FileWorld {
  let w = worlds.get(io);
  if (w === undefined) {
    w = {
      handles: new Map(),
      nextId: 3,
      locks: new Map(),
      pending: [],
      results: [],
      lastError: "",
      cwd: io.cwd ?? process.cwd(),
      env: io.env ?? process.env,
      // GHC line-buffers stdin and stdout on a terminal, else block-buffers them.
      stdBuffering: [
        io.stdoutControl?.stdinIsTerminal === true ? 1 : 2,
        io.stdoutControl?.stdoutIsTerminal === true ? 1 : 2,
        0,
      ],
      std: [0, 1, 2].map(stdHandle),
      stdinBack: [],
      stdinTaken: null,
    };
    worlds.set(io, w);
  }
  return w;
}
/** The program's working directory (setCurrentDirectory's), for child processes. */
export function programCwd(io: ProgramIO): string {
  return worldOf(io).cwd;
}

/** A Files primop, given the run's file world. */
function defFile(
  name: string,
  arity: number,
  doc: string,
  fn: (w: FileWorld, a: Value, b: Value, c: Value, ctx: PrimContext) => Value,
): void {
  def("Files", name, arity, doc, (a, b, c, ctx) =>
    fn(worldOf(ctx.io), a, b, c, ctx),
  );
}

function takeStrings(w: FileWorld): string[] {
  const parts: string[] = [];
  let cur: number[] = [];
  for (const c of w.pending) {
    if (c === 0) {
      parts.push(String.fromCodePoint(...cur));
      cur = [];
    } else cur.push(c);
  }
  parts.push(String.fromCodePoint(...cur));
  w.pending = [];
  return parts;
}
function resolve(w: FileWorld, p: string): string {
  return nodePath.resolve(w.cwd, p);
}
/** The run's file locks (GHC's: key dev:ino -> readers, or -1 for a writer), shared with GHC.IO.FD's lockFile. */
export function fileLocks(io: ProgramIO): Map<string, number> {
  return worldOf(io).locks;
}
/** A path of the program's as the file system sees it (its working directory). */
export function programPath(io: ProgramIO, p: string): string {
  return resolve(worldOf(io), p);
}

// Error kinds (IOErrorType, see GHC.IO.Handle.FD+Files.stg)
const NO_SUCH_THING = 1,
  PERMISSION = 2,
  INAPPROPRIATE = 3,
  BUSY = 4,
  EXISTS = 5,
  UNSATISFIED = 6,
  OTHER = 7,
  INVALID = 8;
const STRERROR: Record<string, [number, string]> = {
  ENOENT: [NO_SUCH_THING, "No such file or directory"],
  ENOTDIR: [INAPPROPRIATE, "Not a directory"],
  EACCES: [PERMISSION, "Permission denied"],
  EPERM: [PERMISSION, "Operation not permitted"],
  EISDIR: [INAPPROPRIATE, "Is a directory"],
  EEXIST: [EXISTS, "File exists"],
  ENOTEMPTY: [UNSATISFIED, "Directory not empty"],
  EINVAL: [INVALID, "Invalid argument"],
  EBUSY: [BUSY, "Device or resource busy"],
};
// The C library's text of each errno back to its code (for fsErrno#).
const ERRNO_OF_TEXT: ReadonlyMap<string, string> = new Map(
  Object.entries(STRERROR).map(([code, [, text]]) => [text, code]),
);
function fail(w: FileWorld, e: unknown): number {
  const code = (e as { code?: string }).code ?? "";
  const k = STRERROR[code];
  if (k === undefined) {
    w.lastError = String((e as Error).message ?? e);
    return -OTHER;
  }
  w.lastError = k[1];
  return -k[0];
}

function handle(w: FileWorld, v: unknown, op: string): Handle {
  const id = Number(int(v as number, op));
  const h = w.handles.get(id);
  if (h === undefined) throw new PrimError(`${op}: no file handle ${id}`);
  return h;
}

function flush(h: Handle): void {
  h.snap = -1;
  if (h.wbuf.length === 0) return;
  const b = Uint8Array.from(h.wbuf);
  h.wbuf = [];
  if (h.io !== undefined) writeToDescriptor(h.io, h.vfd, b);
  else if (h.stream !== undefined) fs.writeSync(h.fd, b, 0, b.length, null);
  else if (h.desc !== undefined && h.desc.refs > 1 && h.mode !== 2) {
    // write(2) at the shared offset, which moves it (GHC's order of
    // flushes decides where the bytes land)
    const put = fs.writeSync(h.fd, b, 0, b.length, h.desc.pos);
    h.desc.pos += put;
    h.pos = h.desc.pos;
  } else fs.writeSync(h.fd, b, 0, b.length, h.mode === 2 ? null : h.wpos);
}
/** Appends bytes at the handle's position to its write buffer, flushing a full one. */
function bufferWrite(h: Handle, bytes: ArrayLike<number>): void {
  h.reading = false;
  if (h.wbuf.length === 0) h.wpos = h.pos;
  for (let i = 0; i < bytes.length; i++) h.wbuf.push(bytes[i]!);
  if (h.stream === undefined) h.pos += bytes.length;
  if (h.wbuf.length >= 8192) flush(h);
}
/**
 * A terminal handle's bytes at [at, at + n) (fewer at its end), read from
 * the terminal as far as needed; what lies well behind the read position
 * is dropped (a little is kept: a decoder steps back one byte).
 */
function streamBytes(h: Handle, at: number, n: number): number[] {
  const s = h.stream!;
  if (h.pos - s.base > 4096) {
    s.bytes.splice(0, h.pos - s.base - 16);
    s.base = h.pos - 16;
  }
  const chunk = new Uint8Array(4096);
  while (s.base + s.bytes.length < at + n) {
    const got = fs.readSync(h.fd, chunk, 0, chunk.length, null);
    if (got === 0) break;
    for (let i = 0; i < got; i++) s.bytes.push(chunk[i]!);
  }
  return s.bytes.slice(at - s.base, at - s.base + n);
}
function readByte(h: Handle, at: number): number {
  h.reading = true;
  if (h.stream !== undefined) return streamBytes(h, at, 1)[0] ?? -1;
  const b = new Uint8Array(1);
  if (fs.readSync(h.fd, b, 0, 1, at) === 1) return b[0]!;
  pipeWait(h);
  return -1;
}
function readBytes(h: Handle, at: number, n: number): number[] | null {
  h.reading = true;
  if (h.stream !== undefined) {
    const got = streamBytes(h, at, n);
    return got.length === n ? got : null;
  }
  const b = new Uint8Array(n);
  const got = fs.readSync(h.fd, b, 0, n, at);
  if (got !== n) pipeWait(h);
  return got === n ? Array.from(b) : null;
}
/**
 * The end of the read end of one of posix.ts's pipes (fdToHandle of
 * createPipe's) while its write end is open: GHC's program waits there for
 * a writer, which the machine cannot; never an end of file.
 */
function pipeWait(h: Handle): void {
  if ((h.desc?.writer?.refs ?? 0) > 0)
    throw new PrimError(
      "hGet*: the pipe is empty and its write end is open: GHC's program would wait here for a writer, which hs2stg's pipes (a file, createPipe) cannot do",
    );
}

// Decodes the character at h.pos: [code, length] (-1 at the end, -2 for an
// invalid byte sequence).
function decode(h: Handle): [number, number] {
  const r = decode1(h);
  if (r[0] !== -2 || h.onError === 0) return r;
  // //IGNORE drops undecodable bytes, //TRANSLIT reads them as U+FFFD
  if (h.onError === ON_ERROR_TRANSLIT) return [0xfffd, 1];
  h.pos += 1;
  const next = decode(h);
  h.pos -= 1;
  return [next[0], next[1] + 1];
}
function decode1(h: Handle): [number, number] {
  flush(h);
  let at = h.pos;
  let skipped = 0;
  if (!h.bomDone && (h.enc === UTF16 || h.enc === UTF32 || h.enc === UTF8BOM)) {
    h.bomDone = true;
    const n = h.enc === UTF32 ? 4 : h.enc === UTF16 ? 2 : 3;
    const b = readBytes(h, at, n);
    h.bigEndian = true;
    if (b !== null) {
      const s = b.join(",");
      if (h.enc === UTF8BOM && s === "239,187,191") skipped = 3;
      else if (h.enc === UTF16 && (s === "254,255" || s === "255,254")) {
        skipped = 2;
        h.bigEndian = s === "254,255";
      } else if (
        h.enc === UTF32 &&
        (s === "0,0,254,255" || s === "255,254,0,0")
      ) {
        skipped = 4;
        h.bigEndian = s === "0,0,254,255";
      }
    }
    h.pos += skipped;
    at = h.pos;
  }
  switch (h.enc) {
    case LATIN1:
    case CHAR8:
    case 10: {
      const b = readByte(h, at);
      return b < 0 ? [-1, 0] : [b, 1];
    }
    case ASCII: {
      const b = readByte(h, at);
      return b < 0 ? [-1, 0] : b > 127 ? [-2, 0] : [b, 1];
    }
    case UTF16:
    case UTF16LE:
    case UTF16BE: {
      const be = h.enc === UTF16BE || (h.enc === UTF16 && h.bigEndian);
      const b = readBytes(h, at, 2);
      if (b === null) return readByte(h, at) < 0 ? [-1, 0] : [-2, 0];
      const u = be ? (b[0]! << 8) | b[1]! : (b[1]! << 8) | b[0]!;
      if (u < 0xd800 || u > 0xdfff) return [u, 2];
      if (u > 0xdbff) return [-2, 0];
      const c = readBytes(h, at + 2, 2);
      if (c === null) return [-2, 0];
      const l = be ? (c[0]! << 8) | c[1]! : (c[1]! << 8) | c[0]!;
      if (l < 0xdc00 || l > 0xdfff) return [-2, 0];
      return [0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00), 4];
    }
    case UTF32:
    case UTF32LE:
    case UTF32BE: {
      const be = h.enc === UTF32BE || (h.enc === UTF32 && h.bigEndian);
      const b = readBytes(h, at, 4);
      if (b === null) return readByte(h, at) < 0 ? [-1, 0] : [-2, 0];
      const u = be
        ? ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0
        : ((b[3]! << 24) | (b[2]! << 16) | (b[1]! << 8) | b[0]!) >>> 0;
      if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff)) return [-2, 0];
      return [u, 4];
    }
    default: {
      const b0 = readByte(h, at);
      if (b0 < 0) return [-1, 0];
      if (b0 < 0x80) return [b0, 1];
      const extra =
        b0 >= 0xc2 && b0 < 0xe0
          ? 1
          : b0 >= 0xe0 && b0 < 0xf0
            ? 2
            : b0 >= 0xf0 && b0 < 0xf5
              ? 3
              : -1;
      if (extra < 0) return [-2, 0];
      const rest = readBytes(h, at + 1, extra);
      if (rest === null) return [-2, 0];
      let cp = b0 & (0x3f >> extra);
      for (const b of rest) {
        if ((b & 0xc0) !== 0x80) return [-2, 0];
        cp = (cp << 6) | (b & 0x3f);
      }
      const min = extra === 1 ? 0x80 : extra === 2 ? 0x800 : 0x10000;
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return [-2, 0];
      return [cp, extra + 1];
    }
  }
}

function encode(h: Handle, cp: number): number[] | null {
  const out: number[] = [];
  if (!h.bomDone) {
    h.bomDone = true;
    if (h.enc === UTF16) out.push(0xfe, 0xff);
    else if (h.enc === UTF32) out.push(0, 0, 0xfe, 0xff);
    else if (h.enc === UTF8BOM) out.push(0xef, 0xbb, 0xbf);
  }
  switch (h.enc) {
    case LATIN1:
      if (cp > 0xff) return null;
      out.push(cp);
      break;
    case ASCII:
      if (cp > 0x7f) return null;
      out.push(cp);
      break;
    case CHAR8:
    case 10:
      out.push(cp & 0xff);
      break;
    case UTF16:
    case UTF16BE:
    case UTF16LE: {
      if (cp >= 0xd800 && cp <= 0xdfff) return null;
      const units =
        cp < 0x10000
          ? [cp]
          : [
              0xd800 + ((cp - 0x10000) >> 10),
              0xdc00 + ((cp - 0x10000) & 0x3ff),
            ];
      for (const u of units)
        if (h.enc === UTF16LE) out.push(u & 0xff, u >> 8);
        else out.push(u >> 8, u & 0xff);
      break;
    }
    case UTF32:
    case UTF32BE:
    case UTF32LE: {
      if (cp >= 0xd800 && cp <= 0xdfff) return null;
      const bs = [
        (cp >>> 24) & 0xff,
        (cp >> 16) & 0xff,
        (cp >> 8) & 0xff,
        cp & 0xff,
      ];
      out.push(...(h.enc === UTF32LE ? bs.reverse() : bs));
      break;
    }
    default:
      if (cp >= 0xd800 && cp <= 0xdfff) return null;
      out.push(...Buffer.from(String.fromCodePoint(cp), "utf8"));
  }
  return out;
}

defFile(
  "fsPush#",
  1,
  "append a character (Int# code; 0 separates two strings) to the pending path",
  (w, a, _b, _c) => {
    w.pending.push(Number(int(a, "fsPush#")));
    return 0;
  },
);
defFile(
  "fsResult#",
  1,
  "result string i of the last operation (or its error text for -1) as a UTF-8 Addr# string",
  (w, a, _b, _c) => {
    const i = Number(int(a, "fsResult#"));
    const s = i < 0 ? w.lastError : (w.results[i] ?? "");
    return makeAddr(new Uint8Array(Buffer.from(s, "utf8")), 0);
  },
);
defFile(
  "fsErrno#",
  1,
  "the C errno of the last failed operation (ioe_errno), 0 when the error is base's own rather than the C library's",
  (_w, _a, _b, _c) => {
    const code = ERRNO_OF_TEXT.get(_w.lastError);
    return code === undefined
      ? 0
      : ((os.constants.errno as Record<string, number>)[code] ?? 0);
  },
);
defFile(
  "fsOpen#",
  2,
  "open the pending path in mode m (0 read, 1 write, 2 append, 3 read/write) with encoding e: a handle number (3 up) or a negative error kind (text: fsResult# -1)",
  (w, a, b, _c, ctx) => {
    const mode = Number(int(a, "fsOpen#"));
    const enc = Number(int(b, "fsOpen#"));
    const [path] = takeStrings(w);
    const full = resolve(w, path!);
    try {
      if (path === "") throw Object.assign(new Error(), { code: "ENOENT" });
      let st: fs.Stats | null = null;
      try {
        st = fs.statSync(full);
      } catch {
        st = null;
      }
      if (st?.isDirectory() && mode === 0) {
        w.lastError = "is a directory";
        return -INAPPROPRIATE;
      }
      if (st !== null) {
        const key = `${st.dev}:${st.ino}`;
        const l = w.locks.get(key) ?? 0;
        if (l < 0 || (l > 0 && mode !== 0)) {
          w.lastError = "file is locked";
          return -BUSY;
        }
      }
      const flags = ["r", "w", "a", "r+"][mode]!;
      const fd = fs.openSync(full, mode === 3 && st === null ? "w+" : flags);
      const st2 = fs.fstatSync(fd);
      const key = `${st2.dev}:${st2.ino}`;
      w.locks.set(key, mode === 0 ? (w.locks.get(key) ?? 0) + 1 : -1);
      const id = w.nextId++;
      const accMode = [0, 1, 1, 2][mode]! | (mode === 2 ? 1024 : 0);
      const vfd = adoptNodeFd(ctx.io, fd, accMode);
      w.handles.set(id, {
        ...openHandle({
          fd,
          vfd,
          path: path!,
          key,
          mode,
          pos: mode === 2 ? st2.size : 0,
          enc: enc & 31,
          onError: enc >> 5,
        }),
        desc: descriptionOf(ctx.io, vfd) ?? undefined,
      });
      return id;
    } catch (e) {
      return fail(w, e);
    }
  },
);

// fdToHandle: a handle over a POSIX descriptor of posix.ts's table
defFile(
  "fsAdopt#",
  3,
  "a handle named by the pending string over POSIX descriptor d (3 up) in mode m (as fsOpen#) with encoding e: its number, or -1 when d is no open file descriptor",
  (w, a, b, c, ctx) => {
    const vfd = Number(int(a, "fsAdopt#"));
    const mode = Number(int(b, "fsAdopt#"));
    const enc = Number(int(c, "fsAdopt#"));
    const [path] = takeStrings(w);
    const d = shareDescriptor(ctx.io, vfd);
    if (d === null) return -1;
    const terminal = descriptionOf(ctx.io, vfd)?.terminal === true;
    const st = fs.fstatSync(d.nodeFd);
    const id = w.nextId++;
    w.handles.set(id, {
      ...openHandle({
        fd: d.nodeFd,
        vfd,
        path: path!,
        key: "", // its lock, if any, is the FD's (release)
        mode,
        pos: mode === 2 ? st.size : d.pos,
        enc: enc & 31,
        onError: enc >> 5,
      }),
      desc: descriptionOf(ctx.io, vfd) ?? undefined,
      // GHC's mkHandleFromFD: a terminal's Handle is line-buffered
      ...(terminal ? { buffering: 1, stream: { base: 0, bytes: [] } } : {}),
    });
    return id;
  },
);

// hDuplicate and hDuplicateTo (GHC.IO.Handle+Files.stg) for what
// hs2stg's handles can share: stdout and stderr (their duplicates write
// through a descriptor of their own, as GHC's dup(1)), and the standard
// output streams redirected to a file Handle or a duplicate (dup2 onto 1
// or 2: the stdout Handle's bytes then go where descriptor 1 refers).
// Two file Handles on one file offset, and stdin, need GHC's Handle
// buffers (docs/preludes.md, issue 14): refused, never approximated.
function refuseDup(op: string, why: string): never {
  throw new PrimError(
    `GHC.IO.Handle.${op}: ${why}; hs2stg's file Handles keep their own offsets and buffers, not GHC's Handle__ buffers over a shared file description (issue 14)`,
  );
}
defFile(
  "fsDup#",
  3,
  "hDuplicate of standard handle n (1, 2) when t is -1: a new handle's number; hDuplicateTo n t (t 1 or 2, the standard handle redirected; n a writable handle): 0. The new Handle__ is GHC's: encoding e (the locale's; binary stays binary), the device's buffering, n's newline mode. Others are refused",
  (w, a, b, c, ctx) => {
    const n = Number(int(a, "fsDup#"));
    const t = Number(int(b, "fsDup#"));
    const locale = Number(int(c, "fsDup#"));
    const op = t < 0 ? "hDuplicate" : "hDuplicateTo";
    if (n === 0 || t === 0)
      refuseDup(op, "stdin's reads go through the run's input stream");
    const src = n <= 2 ? w.std[n]! : handle(w, a, "fsDup#");
    const code = src.enc === 10 ? 10 : locale;
    if (t < 0) {
      if (n > 2)
        refuseDup(op, "a duplicate of a file Handle shares its file offset");
      if (n === 1) ctx.io.stdoutControl?.flush();
      const vfd = dupDescriptor(ctx.io, n, -1, null);
      const id = w.nextId++;
      w.handles.set(id, {
        ...openHandle({
          fd: -1,
          vfd,
          path: src.path,
          key: "",
          mode: 1,
          pos: 0,
          enc: code & 31,
          onError: code >> 5,
        }),
        buffering: isTerminal(ctx.io, vfd) ? 1 : 2,
        crlfIn: src.crlfIn,
        crlfOut: src.crlfOut,
        io: ctx.io,
      });
      return id;
    }
    if (t > 2)
      refuseDup(op, "only stdout and stderr can be redirected to a Handle");
    if (src.mode === 0) refuseDup(op, "a read Handle onto stdout or stderr");
    // the target's buffer goes out where it was going, then the source's
    if (t === 1) ctx.io.stdoutControl?.flush();
    if (n > 2) flush(src);
    const own = n > 2 && src.io === undefined;
    dupDescriptor(ctx.io, src.vfd, t, own ? src.pos : null);
    // the target Handle, open again, is a new Handle__ (a new codec: a byte
    // order mark again)
    const dst = w.std[t]!;
    dst.state = 0;
    dst.enc = code & 31;
    dst.onError = code >> 5;
    dst.crlfIn = src.crlfIn;
    dst.crlfOut = src.crlfOut;
    dst.bomDone = false;
    const buffering = isTerminal(ctx.io, t) ? 1 : 2;
    w.stdBuffering[t] = buffering;
    if (t === 1) ctx.io.stdoutControl?.setBuffering(buffering);
    return 0;
  },
);

function release(w: FileWorld, h: Handle, io: ProgramIO): void {
  if (h.state === 2) return;
  flush(h);
  h.state = 2;
  // a Handle made from a locked FD (fdToHandle) gives up the FD's lock;
  // one opened here, the lock it took
  if (!unlockDescriptor(io, h.vfd)) {
    const l = w.locks.get(h.key) ?? 0;
    if (l > 1) w.locks.set(h.key, l - 1);
    else w.locks.delete(h.key);
  }
  closeDescriptor(io, h.vfd);
}

defFile(
  "fsGetChar#",
  2,
  "next character of handle h (Int# code), consumed unless the second argument is 1; -1 at the end, -2 for an invalid byte sequence",
  (w, a, b, _c) => {
    const h = handle(w, a, "fsGetChar#");
    const peek = Number(int(b, "fsGetChar#")) === 1;
    let [c, n] = decode(h);
    // GHC translates "\r\n" when it takes characters, not in hLookAhead
    if (c === 13 && h.crlfIn && !peek) {
      const at = h.pos;
      h.pos += n;
      const [c2, n2] = decode(h);
      h.pos = at;
      if (c2 === 10) [c, n] = [10, n + n2];
    }
    if (c >= 0 && !peek) h.pos += n;
    return c;
  },
);
defFile(
  "fsPutChar#",
  2,
  "write character c (Int# code) to handle h, encoded; 0, or -2 when the encoding cannot represent it",
  (w, a, b, _c) => {
    const h = handle(w, a, "fsPutChar#");
    const cp = Number(int(b, "fsPutChar#"));
    const cr = cp === 10 && h.crlfOut ? (encode(h, 13) ?? []) : [];
    let bytes = encode(h, cp);
    if (bytes === null && h.onError === ON_ERROR_IGNORE) bytes = [];
    if (bytes === null && h.onError === ON_ERROR_TRANSLIT)
      bytes = encode(h, 0x3f);
    if (bytes === null) return -2;
    bytes.unshift(...cr);
    bufferWrite(h, bytes);
    return 0;
  },
);

// Raw bytes (hGetBuf/hPutBuf): no decoding, encoding or BOM.
defFile(
  "fsGetBuf#",
  3,
  "read up to n bytes of handle h into memory at an address; the number read (0 at the end)",
  (w, a, b, c) => {
    const h = handle(w, a, "fsGetBuf#");
    const n = Number(int(c, "fsGetBuf#"));
    const m = memory(b, "fsGetBuf#");
    if (n < 0 || m.off + n > m.bytes.length)
      throw new PrimError(`fsGetBuf#: ${n} bytes do not fit the buffer`);
    flush(h);
    h.reading = true;
    let got: number;
    if (h.stream !== undefined) {
      // what is kept, else what one read(2) of the terminal gives
      const kept = (): number =>
        h.stream!.base + h.stream!.bytes.length - h.pos;
      if (n > 0 && kept() <= 0) streamBytes(h, h.pos, 1);
      const bytes = streamBytes(h, h.pos, Math.min(Math.max(kept(), 0), n));
      m.bytes.set(bytes, m.off);
      got = bytes.length;
    } else got = n === 0 ? 0 : fs.readSync(h.fd, m.bytes, m.off, n, h.pos);
    if (got === 0 && n > 0) pipeWait(h);
    h.pos += got;
    return got;
  },
);
// A written handle's haByteBuffer holds its pending bytes, as GHC's: the
// record GHC.IO.Handle.Internals' wrappers give an action gets a copy of
// them (fsSnap#), and what GHC code then leaves in that buffer becomes the
// pending bytes (fsTake#), so both sides see one buffer.
defFile(
  "fsSnap#",
  2,
  "copies handle h's pending written bytes to the address (none when it is 0) and remembers the copy: their count",
  (w, a, b) => {
    const h = handle(w, a, "fsSnap#");
    const n = h.wbuf.length;
    if (n > 0) {
      const m = memory(b, "fsSnap#");
      if (m.off + n > m.bytes.length)
        throw new PrimError(`fsSnap#: ${n} bytes do not fit the buffer`);
      m.bytes.set(h.wbuf, m.off);
    }
    h.snap = n;
    return n;
  },
);
defFile(
  "fsTake#",
  3,
  "handle h's pending bytes become the n at the address (what GHC code left in its haByteBuffer), followed by those written since the last fsSnap#; nothing when the table has flushed since: 1 when taken, else 0",
  (w, a, b, c) => {
    const h = handle(w, a, "fsTake#");
    const n = Number(int(c, "fsTake#"));
    const snap = h.snap ?? -1;
    if (snap < 0 || n < 0) return 0;
    const m = memory(b, "fsTake#");
    const since = h.wbuf.slice(snap);
    if (h.wbuf.length === 0) h.wpos = h.pos;
    h.wbuf = [...Array.from(m.bytes.subarray(m.off, m.off + n)), ...since];
    if (h.stream === undefined && h.mode !== 2) h.pos = h.wpos + h.wbuf.length;
    h.snap = n;
    if (h.wbuf.length >= 8192) flush(h);
    return 1;
  },
);
defFile(
  "fsPutBuf#",
  3,
  "write n bytes at an address to handle h; gives 0",
  (w, a, b, c) => {
    const h = handle(w, a, "fsPutBuf#");
    const n = Number(int(c, "fsPutBuf#"));
    const m = memory(b, "fsPutBuf#");
    if (n < 0 || m.off + n > m.bytes.length)
      throw new PrimError(`fsPutBuf#: ${n} bytes are not in the buffer`);
    bufferWrite(h, m.bytes.subarray(m.off, m.off + n));
    return 0;
  },
);

// fsCtl# h op arg: the handle's other operations
defFile(
  "fsCtl#",
  3,
  "operation op on handle h with argument x: 0 close, 1 flush, 2 tell, 3 size, 4/5/6 seek absolute/relative/from end, 7 set size, 8 set encoding, 9 encoding, 10 state (0 open, 1 semi-closed, 2 closed), 11 set state, 12 mode, 13 set buffering (x: 0 none, 1 line, 2 block, 3+n block of n), 14 buffering, 15 set newline mode (x: 2 if input CRLF + 1 if output CRLF), 16 newline mode, 17 its POSIX descriptor, 18 whether a terminal (no positions), 19 its pending written bytes, 20 how many of them its haByteBuffer last showed (-1 none, fsSnap#), 21 a read-write handle's last operation (1 a read, 2 a write; 0 another handle), 22 note that its haByteBuffer shows the bytes lazily (20 gives -2 until they are copied); negative: an error kind",
  (w, a, b, c, ctx) => {
    const h = handle(w, a, "fsCtl#");
    const op = Number(int(b, "fsCtl#"));
    const x = Number(int(c, "fsCtl#"));
    // A terminal has no positions: the preludes raise GHC's "not seekable"
    // before tell and seek; its size and truncation fail as fstat/ftruncate do.
    if (h.stream !== undefined && op >= 2 && op <= 7) {
      if (op === 3) {
        w.lastError = "not a regular file";
        return -INAPPROPRIATE;
      }
      if (op === 7) {
        w.lastError = "Invalid argument";
        return -INVALID;
      }
      throw new PrimError(
        `fsCtl#: ${op === 2 ? "hTell" : "hSeek"} of a terminal's Handle (${h.path}) reached the file table, which emulates no terminal positions`,
      );
    }
    try {
      switch (op) {
        case 0:
          release(w, h, ctx.io);
          return 0;
        case 1:
          flush(h);
          return 0;
        case 2:
          return h.pos;
        case 3:
          flush(h);
          return fs.fstatSync(h.fd).size;
        case 4:
        case 5:
        case 6: {
          flush(h);
          const base =
            op === 4 ? 0 : op === 5 ? h.pos : fs.fstatSync(h.fd).size;
          if (base + x < 0) {
            w.lastError = "Invalid argument";
            return -INVALID;
          }
          h.pos = base + x;
          return 0;
        }
        case 7:
          if (x < 0 || h.mode === 0) {
            w.lastError = "Invalid argument";
            return -INVALID;
          }
          flush(h);
          fs.ftruncateSync(h.fd, x);
          return 0;
        case 8:
          h.enc = x & 31;
          h.onError = x >> 5;
          // a new encoder/decoder: utf16/utf32 write (or look for) a BOM
          // wherever the handle is, as GHC's
          h.bomDone = false;
          return 0;
        case 9:
          return h.enc | (h.onError << 5);
        case 10:
          return h.state;
        case 11:
          if (x === 2) release(w, h, ctx.io);
          else h.state = x;
          return 0;
        case 12:
          return h.mode;
        case 13:
          h.buffering = x;
          return 0;
        case 14:
          return h.buffering;
        case 15:
          h.crlfIn = (x & 2) !== 0;
          h.crlfOut = (x & 1) !== 0;
          return 0;
        case 16:
          return (h.crlfIn ? 2 : 0) + (h.crlfOut ? 1 : 0);
        case 17:
          return h.vfd;
        case 18:
          return h.stream !== undefined ? 1 : 0;
        case 19:
          return h.wbuf.length;
        case 20:
          return h.snap ?? -1;
        case 21:
          return h.mode !== 3 ? 0 : h.reading === true ? 1 : 2;
        case 22:
          h.snap = -2;
          return 0;
        default:
          throw new PrimError(`fsCtl#: no operation ${op}`);
      }
    } catch (e) {
      if (e instanceof PrimError) throw e;
      return fail(w, e);
    }
  },
);

// fsDir# op: file-system operations on the pending path(s)
defFile(
  "fsDir#",
  1,
  "operation op on the pending path(s): 0 file exists, 1 directory exists, 2 create directory, 3 remove file, 4 remove directory, 5 remove recursively, 6 rename, 7 copy file, 8 file size, 9 list directory (results: the entries), 10 current directory, 11 set current directory, 12 temporary directory, 13 home directory, 14 absolute path, 15 create directory with parents, 16 path exists, 17 new temporary file (dir, template; result: its path), 18 permissions (1 r, 2 w, 4 x, 8 a directory), 19 set the owner's permissions (second string: 1 r + 2 w + 4 x), 20 realpath of the longest existing prefix, the rest appended, 21 symbolic link (target, link), 22 read symbolic link (result: its target), 23 set times (access, modification: nanoseconds since the epoch as decimal text, empty to keep), 24 copy permissions (source, target: the mode bits), 25 chmod (second string: the mode in decimal; the permission bits taken, as the kernel does); a count or 0/1, negative: an error kind",
  (w, a, _b, _c) => {
    const op = Number(int(a, "fsDir#"));
    const args = takeStrings(w);
    const p = resolve(w, args[0] ?? "");
    w.results = [];
    try {
      // The C library refuses an empty path (ENOENT); resolving would make it ".".
      if (args[0] === "" && (op === 0 || op === 1 || op === 16)) return 0;
      if (args[0] === "" && op !== 10 && op !== 12 && op !== 13)
        throw Object.assign(new Error(), { code: "ENOENT" });
      switch (op) {
        case 0:
          return fs.existsSync(p) && !fs.statSync(p).isDirectory() ? 1 : 0;
        case 1:
          return fs.existsSync(p) && fs.statSync(p).isDirectory() ? 1 : 0;
        case 2:
          fs.mkdirSync(p);
          return 0;
        case 3:
          if (fs.existsSync(p) && fs.lstatSync(p).isDirectory()) {
            w.lastError = "Is a directory";
            return -INAPPROPRIATE;
          }
          fs.unlinkSync(p);
          return 0;
        case 4:
          fs.rmdirSync(p);
          return 0;
        case 5:
          fs.lstatSync(p);
          fs.rmSync(p, { recursive: true });
          return 0;
        case 6:
          fs.renameSync(p, resolve(w, args[1] ?? ""));
          return 0;
        case 7:
          fs.copyFileSync(p, resolve(w, args[1] ?? ""));
          return 0;
        case 8:
          return fs.statSync(p).size;
        case 9:
          w.results = fs.readdirSync(p);
          return w.results.length;
        case 10:
          w.results = [w.cwd];
          return 1;
        case 11:
          if (!fs.statSync(p).isDirectory()) {
            w.lastError = "Not a directory";
            return -INAPPROPRIATE;
          }
          w.cwd = p;
          return 0;
        case 12:
          w.results = [w.env["TMPDIR"] ?? "/tmp"];
          return 1;
        case 13:
          w.results = [w.env["HOME"] ?? os.homedir()];
          return 1;
        case 14:
          w.results = [nodePath.normalize(p)];
          return 1;
        case 15:
          fs.mkdirSync(p, { recursive: true });
          return 0;
        case 16:
          return fs.existsSync(p) ? 1 : 0;
        case 18: {
          // permissions: 1 readable, 2 writable, 4 executable/searchable, 8 a directory
          const st = fs.statSync(p);
          const can = (m: number): boolean => {
            try {
              fs.accessSync(p, m);
              return true;
            } catch {
              return false;
            }
          };
          return (
            (can(fs.constants.R_OK) ? 1 : 0) +
            (can(fs.constants.W_OK) ? 2 : 0) +
            (can(fs.constants.X_OK) ? 4 : 0) +
            (st.isDirectory() ? 8 : 0)
          );
        }
        case 19: {
          // set the owner's permission bits to args[1] (1 r, 2 w, 4 x)
          const bits = Number(args[1] ?? "0");
          const mode = fs.statSync(p).mode & 0o7077;
          fs.chmodSync(
            p,
            mode |
              (bits & 1 ? 0o400 : 0) |
              (bits & 2 ? 0o200 : 0) |
              (bits & 4 ? 0o100 : 0),
          );
          return 0;
        }
        case 20: {
          // canonicalizePath's realpath: of the longest prefix that exists,
          // the rest appended as it is
          const parts = (args[0] ?? "").split("/");
          for (let i = parts.length; i > 0; i--) {
            const head = parts.slice(0, i).join("/") || "/";
            let real: string;
            try {
              // the C library's realpath: "sub/.." needs sub to exist
              real = fs.realpathSync.native(
                head.startsWith("/") ? head : `${w.cwd}/${head}`,
              );
            } catch {
              continue;
            }
            const rest = parts.slice(i).join("/");
            w.results = [
              rest === ""
                ? real
                : real.endsWith("/")
                  ? real + rest
                  : `${real}/${rest}`,
            ];
            return 1;
          }
          w.results = [args[0] ?? ""];
          return 1;
        }
        case 21:
          // a symbolic link args[1] pointing at args[0] (the text as given)
          fs.symlinkSync(args[0] ?? "", resolve(w, args[1] ?? ""));
          return 0;
        case 22:
          // the target text of symbolic link p
          w.results = [fs.readlinkSync(p)];
          return 1;
        case 23: {
          // utimensat: a time given as "" stays (UTIME_OMIT). Through the
          // addon to the nanosecond; else Node's utimes, which takes
          // seconds as a double and keeps whole microseconds (rounding
          // down: half a microsecond more makes that the time's own
          // microsecond despite the double's error), so a time it cannot
          // keep is refused rather than set short.
          // "now" is the kernel's file-time clock (utimes with no times):
          // without the addon, Node's clock to the millisecond.
          const time = (t: string | undefined): FileTime =>
            t === undefined || t === ""
              ? null
              : t === "now"
                ? "now"
                : BigInt(t);
          const [access, modification] = [time(args[1]), time(args[2])];
          if (setTimesExactly(p, access, modification)) return 0;
          if (
            [access, modification].some(
              (t) => typeof t === "bigint" && t % 1000n,
            )
          )
            throw new PrimError(
              "directory's setModificationTime/setAccessTime: a time with nanoseconds needs hs2stg's native addon (native/posix.c, built by npm install: utimensat); Node's utimes keeps whole microseconds",
            );
          const st = fs.statSync(p, { bigint: true });
          const secs = (t: FileTime, old: bigint): number => {
            if (t === "now") return Date.now() / 1000;
            const { sec, nsec } = timespec(t ?? old);
            return Number(sec) + (Number(nsec / 1000n) + 0.5) / 1e6;
          };
          fs.utimesSync(
            p,
            secs(access, st.atimeNs),
            secs(modification, st.mtimeNs),
          );
          return 0;
        }
        case 24: {
          // copyPermissions: the source's mode bits onto the target
          const mode = fs.statSync(p).mode & 0o7777;
          fs.chmodSync(resolve(w, args[1] ?? ""), mode);
          return 0;
        }
        case 25:
          // unix's setFileMode: chmod(2), which keeps the mode's low 12 bits
          fs.chmodSync(p, Number(args[1] ?? "0") & 0o7777);
          return 0;
        case 17: {
          // openTempFile dir template: a new file dir/<name><number><ext>
          const t = args[1] ?? "";
          const dot = t.lastIndexOf(".");
          const [pre, ext] =
            dot > 0 ? [t.slice(0, dot), t.slice(dot)] : [t, ""];
          const d = args[0]!;
          for (;;) {
            const name = `${pre}${Math.floor(Math.random() * 1e9)}${ext}`;
            const rel = d.endsWith("/") ? d + name : `${d}/${name}`;
            try {
              fs.closeSync(fs.openSync(resolve(w, rel), "wx", 0o600));
            } catch (e) {
              if ((e as { code?: string }).code === "EEXIST") continue;
              throw e;
            }
            w.results = [rel];
            return 1;
          }
        }
        default:
          throw new PrimError(`fsDir#: no operation ${op}`);
      }
    } catch (e) {
      if (e instanceof PrimError) throw e;
      return fail(w, e);
    }
  },
);

// fsStat# l: stat (l = 0) or lstat (l = 1) of the pending path, as an
// Addr# to Linux x86-64's struct stat (144 bytes: -O1 code inlines unix's
// FileStatus readers into peeks at its offsets, st_mode at 24, st_size at
// 48) followed by seven little-endian Int64s of ours (Int64 indices 18 to
// 24): the kind (0 file, 1 directory, 2 symbolic link, 3 other; negative:
// the error kind, text in fsResult# -1, the struct then zeros), st_mode, the
// size, the modification and access times (milliseconds), and the same two
// times in nanoseconds (directory's getModificationTime). Our definitions
// of unix's and directory's readers use ours (System.Posix.Files+FilesO1.stg).
defFile(
  "fsStat#",
  1,
  "stat (0) or lstat (1) of the pending path: an Addr# to struct stat (144 bytes), then Int64s [kind or -error, mode, size, mtime ms, atime ms, mtime ns, atime ns]",
  (w, a, _b, _c) => {
    const [path] = takeStrings(w);
    const bytes = new Uint8Array(STRUCT_STAT_SIZE + 56);
    const out = new DataView(bytes.buffer, STRUCT_STAT_SIZE);
    try {
      if (path === "") throw Object.assign(new Error(), { code: "ENOENT" });
      const full = resolve(w, path!);
      const st =
        Number(int(a, "fsStat#")) === 1
          ? fs.lstatSync(full, { bigint: true })
          : fs.statSync(full, { bigint: true });
      const kind = st.isFile()
        ? 0
        : st.isDirectory()
          ? 1
          : st.isSymbolicLink()
            ? 2
            : 3;
      writeStat(st, { bytes, off: 0 });
      out.setBigInt64(0, BigInt(kind), true);
      out.setBigInt64(8, st.mode, true);
      out.setBigInt64(16, st.size, true);
      out.setBigInt64(24, st.mtimeMs, true);
      out.setBigInt64(32, st.atimeMs, true);
      out.setBigInt64(40, st.mtimeNs, true);
      out.setBigInt64(48, st.atimeNs, true);
    } catch (e) {
      out.setBigInt64(0, BigInt(fail(w, e)), true);
    }
    return makeAddr(bytes, 0);
  },
);

defFile(
  "fsStdBuf#",
  2,
  "the buffering code (as fsCtl# 13/14) of standard handle fd (0-2) when x is -1, else set it to x and give 0",
  (w, a, b, _c, ctx) => {
    const fd = Number(int(a, "fsStdBuf#"));
    const x = Number(int(b, "fsStdBuf#"));
    if (fd < 0 || fd > 2)
      throw new PrimError(`fsStdBuf#: no standard handle ${fd}`);
    if (x === -1) return w.stdBuffering[fd]!;
    w.stdBuffering[fd] = x;
    if (fd === 1) ctx.io.stdoutControl?.setBuffering(x);
    return 0;
  },
);

// mkTextEncoding's names: GHC's built-in encodings (names compared in upper
// case without '-' and '_') and the iconv names we support; the display
// name goes to fsResult# 0.
const ENCODING_NAMES: Record<string, [number, string | null]> = {
  UTF8: [UTF8, "UTF-8"],
  UTF16: [UTF16, "UTF-16"],
  UTF16LE: [UTF16LE, "UTF16-LE"],
  UTF16BE: [UTF16BE, "UTF-16BE"],
  UTF32: [UTF32, "UTF-32"],
  UTF32LE: [UTF32LE, "UTF-32LE"],
  UTF32BE: [UTF32BE, "UTF-32BE"],
  ISO88591: [LATIN1, "ISO-8859-1"],
  LATIN1: [LATIN1, "ISO-8859-1"],
  ASCII: [ASCII, null],
  USASCII: [ASCII, null],
};
defFile(
  "fsEncoding#",
  1,
  "the code of the text encoding named by the pending string (mkTextEncoding: NAME, NAME//IGNORE, NAME//TRANSLIT), its shown name in fsResult# 0; -1 when unknown",
  (w, _a, _b, _c) => {
    const [full] = takeStrings(w);
    const cut = full!.indexOf("//");
    const base = cut < 0 ? full! : full!.slice(0, cut);
    const suffix = cut < 0 ? "" : full!.slice(cut + 2);
    const known = ENCODING_NAMES[base.toUpperCase().replace(/[-_]/g, "")];
    if (known === undefined) return -1;
    w.results = [known[1] ?? base];
    const mode =
      suffix === "IGNORE"
        ? ON_ERROR_IGNORE
        : suffix === "TRANSLIT"
          ? ON_ERROR_TRANSLIT
          : 0;
    return known[0] | (mode << 5);
  },
);

defFile(
  "fsStdCtl#",
  3,
  "operation op on standard handle fd (0-2) with argument x: 0 state (0 open, 2 closed), 1 set state, 2 set encoding (a code as fsCtl# 8), 3 encoding, 4 set newline mode (as fsCtl# 15), 5 whether character x can be written (1/0), 6 flush (stdout: the errno of a failed write, or 0), 7 the end of one hPutStr/hPutChar (stdout: its buffer rule applies; the errno of a write that failed since the last one, or 0), 8 newline mode (as fsCtl# 16)",
  (w, a, b, c, ctx) => {
    const fd = Number(int(a, "fsStdCtl#"));
    const op = Number(int(b, "fsStdCtl#"));
    const x = Number(int(c, "fsStdCtl#"));
    const h = w.std[fd];
    if (h === undefined)
      throw new PrimError(`fsStdCtl#: no standard handle ${fd}`);
    switch (op) {
      case 0:
        return h.state;
      case 1:
        h.state = x;
        return 0;
      case 2:
        // a new encoder and decoder: a byte order mark again
        h.enc = x & 31;
        h.onError = x >> 5;
        h.bomDone = false;
        return 0;
      case 3:
        return h.enc | (h.onError << 5);
      case 4:
        h.crlfIn = (x & 2) !== 0;
        h.crlfOut = (x & 1) !== 0;
        return 0;
      case 5: {
        const saved = h.bomDone;
        const ok = stdEncode(ctx.io, fd, x) !== null;
        h.bomDone = saved;
        return ok ? 1 : 0;
      }
      case 6:
        return fd === 1 ? (ctx.io.stdoutControl?.flush() ?? 0) : 0;
      case 7:
        return fd === 1 ? (ctx.io.stdoutControl?.commit() ?? 0) : 0;
      case 8:
        return (h.crlfIn ? 2 : 0) + (h.crlfOut ? 1 : 0);
      default:
        throw new PrimError(`fsStdCtl#: no operation ${op}`);
    }
  },
);

// Eq Handle compares the handles' MVar# fields (GHC's derived instance).
def(
  "Files",
  "sameMVar#",
  2,
  "1 when two MVar# values are the same object, else 0",
  (a, b) => (a === b ? 1 : 0),
);

// A Handle is GHC's `FileHandle path (MVar Handle__)`; its operations find
// its entry of the file table (0-2 the standard handles) from its MVar#,
// without taking it (code holding the MVar calls them with its Handle__).
const handleNumbers = new WeakMap<object, number>();
def(
  "Files",
  "fsTagHandle#",
  2,
  "records file-table number n as the handle whose MVar# is m; gives 0",
  (a, b) => {
    if (typeof a !== "object" || a === null)
      throw new PrimError("fsTagHandle#: not an MVar#");
    handleNumbers.set(a, Number(int(b, "fsTagHandle#")));
    return 0;
  },
);
def(
  "Files",
  "fsHandleNo#",
  1,
  "the file-table number fsTagHandle# recorded for a handle's MVar# m",
  (a) => {
    const n =
      typeof a === "object" && a !== null ? handleNumbers.get(a) : undefined;
    if (n === undefined)
      throw new PrimError("fsHandleNo#: not a handle's MVar#");
    return n;
  },
);

// GHC.RTS.Flags' maxStkSize: GHC's default -K is 80% of physical memory.
def(
  "Files",
  "physicalMemory#",
  1,
  "the machine's physical memory in bytes (Int#)",
  () => os.totalmem(),
);

connectFiles({ fileLocks, programPath, stdinByte });
