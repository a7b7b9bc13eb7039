// Child processes for the process package (libraries/process): Node's
// spawnSync. The machine is synchronous, so a child runs to completion when
// the program starts it (docs/preludes.md, "process"): its output to an
// inherited stdout goes to ProgramIO past GHC's stdout buffer (as a child's
// write to fd 1 does), its captured pipes are kept for the program to read.
// Strings go in one character at a time on a channel (`procPush#`) and come
// out one character at a time (`procText#`), UTF-8 as GHC's locale encoding.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";
import type { ProgramIO } from "../io.js";
import { programCwd, stdinByte } from "./files.js";
import { writeToDescriptor } from "./posix.js";
import { PrimError, groupTable, int, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const processPrimOps: PrimOpTable = ops;

const G = "Process";

/** Channels of procPush# (codes shared with libraries/process's Hs2stg module). */
const ARGV = 0,
  CWD = 1,
  ENV = 2,
  INPUT = 3;

/** What a child's standard stream is connected to (procRun#'s flag fields). */
const INHERIT = 0,
  CAPTURE = 1,
  GIVEN = 2, // stdin: the INPUT channel, then closed
  OTHER_STD = 3; // stdout to our stderr, stderr to our stdout

/** Where a child's fd 1 or 2 writes: the program's stdout or stderr, or a pipe the program reads (procText# 0 or 1). */
type Sink = "stdout" | "stderr" | "pipe0" | "pipe1";

/** Text slots of procText#. */
const OUT = 0,
  ERR = 1,
  NOTE = 2;

interface ProcessWorld {
  channels: number[][];
  /** Captured stdout, stderr, and NOTE's text (an error, a file's path). */
  texts: Uint8Array[];
  /** Read positions in texts. */
  pos: number[];
  /** Temporary files the program's pipe handles read (removed once opened). */
  tempDir: string | undefined;
  tempCount: number;
  lastTemp: string;
  lastPid: number;
  /** Exit statuses of the children run, by pid. */
  statuses: Map<number, number>;
}

const worlds = new WeakMap<ProgramIO, ProcessWorld>();

function worldOf(io: ProgramIO): ProcessWorld {
  let w = worlds.get(io);
  if (w === undefined) {
    w = {
      channels: [[], [], [], []],
      texts: [new Uint8Array(0), new Uint8Array(0), new Uint8Array(0)],
      pos: [0, 0, 0],
      tempDir: undefined,
      tempCount: 0,
      lastTemp: "",
      lastPid: 0,
      statuses: new Map(),
    };
    worlds.set(io, w);
  }
  return w;
}

/** A channel's fields (each ended by -1; INPUT's one has no end), emptied. */
function take(w: ProcessWorld, ch: number): string[] {
  const parts: string[] = [];
  let cur: number[] = [];
  const codes = w.channels[ch]!;
  for (const c of codes) {
    if (c === -1) {
      parts.push(String.fromCodePoint(...cur));
      cur = [];
    } else cur.push(c);
  }
  if (cur.length > 0) parts.push(String.fromCodePoint(...cur));
  w.channels[ch] = [];
  return parts;
}

function setNote(w: ProcessWorld, text: string): void {
  w.texts[NOTE] = new TextEncoder().encode(text);
  w.pos[NOTE] = 0;
}

def(
  G,
  "procPush#",
  2,
  "appends a character (a code point; -1 ends a field) to channel ch (0 argv, 1 cwd, 2 environment `K=V`, 3 the child's stdin) of the next procRun#",
  (a, b, _c, ctx) => {
    const ch = Number(int(a, "procPush#"));
    const c = Number(int(b, "procPush#"));
    worldOf(ctx.io).channels[ch]!.push(c);
    return 0;
  },
);

// Error kinds procRun# answers (IOErrorType, libraries/process's Hs2stg module)
const NO_SUCH_THING = 1,
  PERMISSION_DENIED = 2,
  OTHER = 3,
  CHDIR_FAILED = 4;

def(
  G,
  "procRun#",
  1,
  "runs the child the channels describe to completion; flags: bit 0 a shell command, bit 1 a cwd, bit 2 an environment, bits 4-5 stdin, 6-7 stdout, 8-9 stderr (0 inherited, 1 captured, 2 given/closed, 3 the other standard stream); the exit code, 1000+n for signal n, or -kind when it could not start (text: procText# 2)",
  (a, _b, _c, ctx) => {
    const flags = Number(int(a, "procRun#"));
    const w = worldOf(ctx.io);
    const argv = take(w, ARGV);
    const cwdField = take(w, CWD);
    const envField = take(w, ENV);
    const input = take(w, INPUT).join("");
    const shell = (flags & 1) !== 0;
    const base = programCwd(ctx.io);
    const cwd =
      (flags & 2) !== 0 ? nodePath.resolve(base, cwdField[0] ?? "") : base;
    const env =
      (flags & 4) !== 0
        ? Object.fromEntries(
            envField.map((kv) => {
              const i = kv.indexOf("=");
              return [kv.slice(0, i), kv.slice(i + 1)];
            }),
          )
        : (ctx.io.env ?? process.env);
    const inMode = (flags >> 4) & 3;
    const outMode = (flags >> 6) & 3;
    const errMode = (flags >> 8) & 3;
    if (!isDirectory(cwd)) {
      setNote(w, "No such file or directory");
      return (flags & 2) !== 0 ? -CHDIR_FAILED : -NO_SUCH_THING;
    }
    const [file, ...args] = shell ? ["/bin/sh", "-c", ...argv] : argv;
    let stdinOpt: "pipe" | number = "pipe";
    let stdinBytes: Uint8Array = new Uint8Array(0);
    if (inMode === GIVEN) stdinBytes = new TextEncoder().encode(input);
    else if (ctx.io.stdinFd !== undefined) stdinOpt = ctx.io.stdinFd;
    else stdinBytes = restOfStdin(ctx.io);
    // Each stream the child writes goes to a file of its own (stdout and
    // stderr to one file when they are one stream), read after it ended:
    // GHC's child sets its fd 1 first, then fd 2, so `std_err = UseHandle
    // stdout` is whatever fd 1 became (the stdout pipe, in write order).
    const t1: Sink =
      outMode === CAPTURE
        ? "pipe0"
        : outMode === OTHER_STD
          ? "stderr"
          : "stdout";
    const t2: Sink =
      errMode === CAPTURE ? "pipe1" : errMode === OTHER_STD ? t1 : "stderr";
    const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), "hs2stg-child-"));
    const sinks = new Map<Sink, number>();
    const fdOf = (s: Sink): number => {
      let fd = sinks.get(s);
      if (fd === undefined) {
        fd = fs.openSync(nodePath.join(dir, s), "w+");
        sinks.set(s, fd);
      }
      return fd;
    };
    let r: ReturnType<typeof spawnSync>;
    const got = new Map<Sink, Buffer>();
    try {
      r = spawnSync(file!, args, {
        cwd,
        env,
        stdio: [stdinOpt, fdOf(t1), fdOf(t2)],
        ...(stdinOpt === "pipe" ? { input: stdinBytes } : {}),
        shell: false,
      });
      for (const [s, fd] of sinks)
        got.set(s, fs.readFileSync(nodePath.join(dir, s)));
    } finally {
      for (const fd of sinks.values()) fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    if (r.error !== undefined) {
      const code = (r.error as NodeJS.ErrnoException).code;
      switch (code) {
        case "ENOENT":
          setNote(w, "No such file or directory");
          return -NO_SUCH_THING;
        case "EACCES":
          setNote(w, "Permission denied");
          return -PERMISSION_DENIED;
        default:
          setNote(w, r.error.message);
          return -OTHER;
      }
    }
    const toStdout = got.get("stdout");
    // the child's fd 1 is the program's (a file after hDuplicateTo)
    if (toStdout !== undefined && toStdout.length > 0)
      writeToDescriptor(ctx.io, 1, toStdout);
    const toStderr = got.get("stderr");
    if (toStderr !== undefined && toStderr.length > 0)
      ctx.io.writeStderr(toStderr);
    w.texts[OUT] = got.get("pipe0") ?? new Uint8Array(0);
    w.texts[ERR] = got.get("pipe1") ?? new Uint8Array(0);
    w.pos[OUT] = 0;
    w.pos[ERR] = 0;
    const status =
      r.signal !== null
        ? 1000 + (os.constants.signals[r.signal] ?? 0)
        : (r.status ?? 0);
    w.lastPid = r.pid;
    w.statuses.set(r.pid, status);
    return status;
  },
);

def(
  G,
  "procPid#",
  1,
  "the pid the last child of procRun# had",
  (_a, _b, _c, ctx) => worldOf(ctx.io).lastPid,
);

def(
  G,
  "procStatus#",
  1,
  "the exit status procRun# gave for the child with pid p",
  (a, _b, _c, ctx) => {
    const s = worldOf(ctx.io).statuses.get(Number(int(a, "procStatus#")));
    if (s === undefined) throw new PrimError("procStatus#: no such child");
    return s;
  },
);

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** What is left of the program's stdin (a memory run's: the child reads it all). */
function restOfStdin(io: ProgramIO): Uint8Array {
  const bytes: number[] = [];
  for (let b = stdinByte(io); b >= 0; b = stdinByte(io)) bytes.push(b);
  return Uint8Array.from(bytes);
}

def(
  G,
  "procText#",
  1,
  "the next character of text k (0 the last child's captured stdout, 1 its stderr, 2 a note: an error's text, a file's path) decoded as UTF-8: a code point, -1 at the end, -2 for bytes that are no UTF-8",
  (a, _b, _c, ctx) => {
    const k = Number(int(a, "procText#"));
    const w = worldOf(ctx.io);
    const t = w.texts[k];
    if (t === undefined) throw new PrimError(`procText#: no text ${k}`);
    const [cp, n] = decodeUtf8(t, w.pos[k]!);
    w.pos[k]! += n;
    return cp;
  },
);

/** The code point at i of UTF-8 bytes and its length ([-1, 0] at the end, [-2, 1] for a bad byte). */
function decodeUtf8(t: Uint8Array, i: number): [number, number] {
  if (i >= t.length) return [-1, 0];
  const b0 = t[i]!;
  if (b0 < 0x80) return [b0, 1];
  const n = b0 >= 0xf0 && b0 < 0xf5 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc2 ? 2 : 0;
  if (n === 0 || b0 >= 0xf5 || i + n > t.length) return [-2, 1];
  let cp = b0 & (0xff >> (n + 1));
  for (let j = 1; j < n; j++) {
    const b = t[i + j]!;
    if ((b & 0xc0) !== 0x80) return [-2, 1];
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = [0, 0, 0x80, 0x800, 0x10000][n]!;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
    return [-2, 1];
  return [cp, n];
}

def(
  G,
  "procTempFile#",
  1,
  "writes what is left of the last child's captured text k (0 stdout, 1 stderr) to a new temporary file outside the program's directories, whose path becomes text 2 (a pipe handle opens it, then procRemoveTemp# removes it); 0",
  (a, _b, _c, ctx) => {
    const k = Number(int(a, "procTempFile#"));
    const w = worldOf(ctx.io);
    w.tempDir ??= fs.mkdtempSync(nodePath.join(os.tmpdir(), "hs2stg-pipes-"));
    const path = nodePath.join(w.tempDir, `pipe${w.tempCount++}`);
    fs.writeFileSync(path, w.texts[k]!.subarray(w.pos[k]!));
    w.pos[k] = w.texts[k]!.length;
    w.lastTemp = path;
    setNote(w, path);
    return 0;
  },
);

def(
  G,
  "procRemoveTemp#",
  1,
  "removes the file procTempFile# wrote last (its handle is open: it stays readable) and, when empty, their directory; 0",
  (_a, _b, _c, ctx) => {
    const w = worldOf(ctx.io);
    if (w.lastTemp !== "") fs.rmSync(w.lastTemp, { force: true });
    w.lastTemp = "";
    if (w.tempDir !== undefined) {
      fs.rmSync(w.tempDir, { recursive: true, force: true });
      w.tempDir = undefined;
    }
    return 0;
  },
);
