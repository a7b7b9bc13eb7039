// The POSIX calls Node's fs lacks, through hs2stg's addon native/posix.c
// (built with the libm addon by `npm install`): utimensat with whole
// nanoseconds, for directory's setModificationTime/setAccessTime, and open
// file description locks (GHC.IO.Handle.Lock), and terminal attributes and
// pseudo-terminals (unix's System.Posix.Terminal). Without the addon, null: the
// caller falls back to Node where that is exact, or refuses.
import { createRequire } from "node:module";
import os from "node:os";
import { addonFile } from "./libm/native.js";
import { timespec } from "./struct-stat.js";

const POSIX_ADDON_PATH = "native/build/Release/hs2stg_posix.node";

type Addon = {
  setTimes(
    path: string,
    aSec: number,
    aNsec: number,
    mSec: number,
    mNsec: number,
  ): number;
  ofdLock(fd: number, kind: number, wait: number): number;
  term(op: number, fd: number, x: number, bytes: Uint8Array): number;
};

let loaded: Addon | null | undefined;

function addon(): Addon | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  const file = addonFile(POSIX_ADDON_PATH);
  if (file === null) return loaded;
  try {
    const a = createRequire(import.meta.url)(file) as Partial<Addon>;
    // An addon built before a call was added (no `npm install` since) is
    // taken as absent, so callers refuse clearly instead of crashing.
    if (
      typeof a.setTimes === "function" &&
      typeof a.ofdLock === "function" &&
      typeof a.term === "function"
    )
      loaded = a as Addon;
  } catch {
    // built for another Node or platform
  }
  return loaded;
}

/** A time to set: nanoseconds since the epoch, or null to keep it. */
export type FileTime = bigint | null | "now";

/** Linux's UTIME_NOW: a tv_nsec that makes utimensat take the kernel's time. */
const UTIME_NOW = 2 ** 30 - 1;

/**
 * utimensat(path, [access, modification]): whether the addon did it; on
 * failure it throws an error carrying the errno's code (ENOENT ...), as
 * Node's fs does.
 */
export function setTimesExactly(
  path: string,
  access: FileTime,
  modification: FileTime,
): boolean {
  const a = addon();
  if (a === null) return false;
  const split = (t: FileTime): [number, number] => {
    if (t === null) return [0, -1];
    if (t === "now") return [0, UTIME_NOW];
    const { sec, nsec } = timespec(t);
    return [Number(sec), Number(nsec)];
  };
  const errno = a.setTimes(path, ...split(access), ...split(modification));
  if (errno !== 0) {
    const code = Object.entries(os.constants.errno).find(
      ([, n]) => n === errno,
    )?.[0];
    throw Object.assign(new Error(`utimensat: errno ${errno}`), { code });
  }
  return true;
}

/** A lock of the whole file: none (unlock), shared (read) or exclusive (write). */
export type LockKind = 0 | 1 | 2;

/**
 * fcntl(fd, F_OFD_SETLK or, when wait, F_OFD_SETLKW) over the whole file:
 * 0, or the C errno (EAGAIN: held by another description); null without
 * the addon.
 */
export function ofdLock(
  nodeFd: number,
  kind: LockKind,
  wait: boolean,
): number | null {
  const a = addon();
  if (a === null) return null;
  return a.ofdLock(nodeFd, kind, wait ? 1 : 0);
}

/** A terminal call of the addon's term (native/posix.c lists them). */
export const TermCall = {
  GetAttr: 0,
  SetAttr: 1,
  Drain: 2,
  Flow: 3,
  Flush: 4,
  SendBreak: 5,
  GetPgrp: 6,
  SetPgrp: 7,
  TtyName: 8,
  OpenPty: 9,
  PtsName: 10,
} as const;
export type TermCall = (typeof TermCall)[keyof typeof TermCall];

/**
 * A terminal call on the process's descriptor fd (bytes: a struct termios,
 * or room for a name or two descriptors): its result (>= 0) or -(the C
 * errno); null without the addon.
 */
export function terminalCall(
  op: TermCall,
  fd: number,
  x: number,
  bytes: Uint8Array,
): number | null {
  const a = addon();
  if (a === null) return null;
  return a.term(op, fd, x, bytes);
}
