// The unix package's calls that base's POSIX layer (posix.ts) has no
// primop for, over Node's process/os/fs: user and group ids and entries,
// uname, resource limits, temporary files, pipes, sleeping, the clock.
// A call that answers text leaves it in the run's answer (uxAnswer# copies
// it out, NUL-terminated: so a text holds no NUL) and gives its length in bytes; failures give -1
// with the run's errno set (posix.ts), or -2 for "no such entry".
// libraries/unix reaches these through preludes/base/FFI+Unix.stg.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { randomInt } from "node:crypto";
import type { ProgramIO } from "../io.js";
import { PrimError, int, groupTable, type PrimOpTable } from "./table.js";
import { memory } from "./bytearray.js";
import {
  adoptNodeFd,
  adoptPipe,
  cString,
  posixFail,
  posixPath,
  setPosixErrno,
} from "./posix.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const unixPrimOps: PrimOpTable = ops;

const answers = new WeakMap<ProgramIO, Uint8Array>();
function answer(io: ProgramIO, text: string): number {
  const bytes = Buffer.from(text, "utf8");
  answers.set(io, bytes);
  return bytes.length;
}

function refuse(fun: string, why: string): never {
  throw new PrimError(`${fun}: ${why}`);
}

/** A process id/credential Node only has on POSIX main threads. */
function credential(f: (() => number) | undefined, fun: string): number {
  if (f === undefined)
    refuse(fun, "Node's process offers no user or group ids here");
  return f();
}

/** The colon-separated entries of /etc/passwd or /etc/group. */
function entries(file: string): string[][] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => l.split(":"));
}
const passwd = (): string[][] =>
  entries("/etc/passwd").filter((e) => e.length >= 7);
const groups = (): string[][] =>
  entries("/etc/group").filter((e) => e.length >= 4);

// RLIMIT_* numbers (Linux) to /proc/self/limits's row names.
const LIMIT_ROWS = new Map<number, string>([
  [0, "Max cpu time"],
  [1, "Max file size"],
  [2, "Max data size"],
  [3, "Max stack size"],
  [4, "Max core file size"],
  [6, "Max processes"],
  [9, "Max address space"],
]);

function limit(res: number): string {
  const row = LIMIT_ROWS.get(res);
  if (row === undefined)
    refuse(
      "System.Posix.Resource.getResourceLimit",
      res === 7
        ? "Node raises its own open-file limit, so the interpreter's is not the program's"
        : `resource ${res} is not read`,
    );
  const line = fs
    .readFileSync("/proc/self/limits", "utf8")
    .split("\n")
    .find((l) => l.startsWith(row));
  if (line === undefined)
    refuse("System.Posix.Resource.getResourceLimit", `no ${row} limit`);
  const [soft, hard] = line.slice(row.length).trim().split(/\s+/);
  const n = (s: string | undefined): string =>
    s === "unlimited" || s === undefined ? "-1" : s;
  return `${n(soft)} ${n(hard)}`;
}

const TEMP_CHARS =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** template with its six X's before `suffix` bytes replaced at random. */
function fillTemplate(template: string, suffix: number): string | null {
  const end = template.length - suffix;
  if (end < 6 || template.slice(end - 6, end) !== "XXXXXX") return null;
  let r = "";
  for (let i = 0; i < 6; i++) r += TEMP_CHARS[randomInt(TEMP_CHARS.length)];
  return template.slice(0, end - 6) + r + template.slice(end);
}

const EINVAL = 22,
  EEXIST = 17;

def(
  "Unix",
  "uxInt#",
  2,
  "op x: 0 getuid, 1 geteuid, 2 getgid, 3 getegid, 4 getppid, 5 time() in seconds, 6 sleep x microseconds (0), 7 pipe (read fd + 2^20 * write fd, or -1), 10 the umask (/proc/self/status)",
  (a, b, _c, ctx) => {
    const op = Number(int(a, "uxInt#"));
    const x = Number(int(b, "uxInt#"));
    switch (op) {
      case 0:
        return credential(process.getuid, "getRealUserID");
      case 1:
        return credential(process.geteuid, "getEffectiveUserID");
      case 2:
        return credential(process.getgid, "getRealGroupID");
      case 3:
        return credential(process.getegid, "getEffectiveGroupID");
      case 4:
        return process.ppid;
      case 5:
        return Math.floor(Date.now() / 1000);
      case 6:
        if (x > 0)
          Atomics.wait(
            new Int32Array(new SharedArrayBuffer(4)),
            0,
            0,
            x / 1000,
          );
        return 0;
      case 7: {
        // an unlinked temporary file read and appended to through two
        // descriptions: a pipe as far as one thread writing then reading
        // can tell (docs/preludes.md, "unix")
        const p = path.join(
          os.tmpdir(),
          `hs2stg-pipe-${process.pid}-${randomInt(1e9)}`,
        );
        try {
          const w0 = fs.openSync(p, "wx", 0o600);
          const r0 = fs.openSync(p, "r");
          fs.unlinkSync(p);
          const { read, write } = adoptPipe(ctx.io, r0, w0, 1 | 1024);
          return read + write * 2 ** 20;
        } catch (e) {
          return posixFail(ctx.io, e);
        }
      }
      case 10: {
        // the umask, read (Node's process.umask() without an argument is
        // deprecated and cannot run on a worker thread)
        const m = /^Umask:\s*([0-7]+)/m.exec(
          fs.readFileSync("/proc/self/status", "utf8"),
        );
        return m === null ? 0o022 : parseInt(m[1]!, 8);
      }
      default:
        throw new PrimError(`uxInt#: no operation ${op}`);
    }
  },
);

def(
  "Unix",
  "uxText#",
  3,
  "op a x: a text left for uxAnswer#, its length in bytes (-1 errno, -2 no such entry): 0 passwd entry of uid x, 1 of the name at a, 2 group entry of gid x, 3 of the name at a (the database's line: fields colon-separated), 4 every passwd entry, 5 every group entry (newline-separated), 6 uname's five fields (newline-separated), 7 getgroups (space-separated), 8 resource x's soft and hard limits (-1 unlimited), 9 mkstemps of the template at a with x suffix bytes (text: the new fd, a newline, the name), 10 mkdtemp of the template at a",
  (a, b, c, ctx) => {
    const op = Number(int(a, "uxText#"));
    const str = (): string => cString(b, "uxText#").toString("utf8");
    const num = (): number => Number(int(c, "uxText#"));
    const pick = (es: string[][], col: number, key: string): number => {
      const e = es.find((f) => f[col] === key);
      return e === undefined ? -2 : answer(ctx.io, e.join(":"));
    };
    switch (op) {
      case 0:
        return pick(passwd(), 2, String(num()));
      case 1:
        return pick(passwd(), 0, str());
      case 2:
        return pick(groups(), 2, String(num()));
      case 3:
        return pick(groups(), 0, str());
      case 4:
        return answer(
          ctx.io,
          passwd()
            .map((e) => e.join(":"))
            .join("\n"),
        );
      case 5:
        return answer(
          ctx.io,
          groups()
            .map((e) => e.join(":"))
            .join("\n"),
        );
      case 6:
        return answer(
          ctx.io,
          [
            os.type(),
            os.hostname(),
            os.release(),
            os.version(),
            os.machine(),
          ].join("\n"),
        );
      case 7:
        if (process.getgroups === undefined)
          refuse("getGroups", "Node's process offers no group list here");
        return answer(ctx.io, process.getgroups().join(" "));
      case 8:
        return answer(ctx.io, limit(num()));
      case 9:
      case 10: {
        const template = str();
        for (let tries = 0; tries < 100; tries++) {
          const name = fillTemplate(template, op === 9 ? num() : 0);
          if (name === null) return setPosixErrno(ctx.io, EINVAL);
          const p =
            posixPath(ctx.io, b, "uxText#").slice(0, -template.length) + name;
          try {
            if (op === 10) {
              fs.mkdirSync(p, 0o700);
              return answer(ctx.io, name);
            }
            const fd = adoptNodeFd(ctx.io, fs.openSync(p, "wx+", 0o600), 2);
            return answer(ctx.io, `${fd}\n${name}`);
          } catch (e) {
            if ((e as { code?: string }).code !== "EEXIST")
              return posixFail(ctx.io, e);
          }
        }
        return setPosixErrno(ctx.io, EEXIST);
      }
      default:
        throw new PrimError(`uxText#: no operation ${op}`);
    }
  },
);

def(
  "Unix",
  "uxAnswer#",
  1,
  "copies the last uxText# answer, NUL-terminated, to the address (0)",
  (a, _b, _c, ctx) => {
    const bytes = answers.get(ctx.io) ?? new Uint8Array(0);
    const m = memory(a, "uxAnswer#");
    if (m.off + bytes.length + 1 > m.bytes.length)
      throw new PrimError("uxAnswer#: the answer does not fit the buffer");
    m.bytes.set(bytes, m.off);
    m.bytes[m.off + bytes.length] = 0;
    return 0;
  },
);
