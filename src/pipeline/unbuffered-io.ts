// The IO of a hand-written miniSTG program (`hs2stg run FILE.stg`) wired to
// this process: output written synchronously as the program produces it (so
// it interleaves correctly and survives a crash or a step limit), input read
// from fd 0 on demand. Translated Haskell programs buffer their output as
// GHC's do (program-io.ts).

import { readSync, writeSync } from "node:fs";
import type { ProgramIO } from "../ministg/run-api.js";

function isAgain(e: unknown): boolean {
  return (
    typeof e === "object" &&
    e !== null &&
    "code" in e &&
    (e as { code: unknown }).code === "EAGAIN"
  );
}

/** Writes all of `chunk` to `fd`, waiting out a non-blocking pipe that is full. */
export function writeAllSync(fd: number, chunk: Uint8Array): void {
  let off = 0;
  while (off < chunk.length) {
    try {
      off += writeSync(fd, chunk, off, chunk.length - off);
    } catch (e) {
      if (!isAgain(e)) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

export function unbufferedProcessIO(
  args: readonly string[],
  progName: string,
): ProgramIO {
  const buf = new Uint8Array(65536);
  let len = 0;
  let pos = 0;
  let eof = false;
  return {
    writeStdout: (c) => writeAllSync(1, c),
    writeStderr: (c) => writeAllSync(2, c),
    readStdinByte: () => {
      while (pos >= len) {
        if (eof) return -1;
        try {
          len = readSync(0, buf, 0, buf.length, null);
          pos = 0;
          if (len === 0) eof = true;
        } catch (e) {
          if (isAgain(e)) {
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
            continue;
          }
          if (
            typeof e === "object" &&
            e !== null &&
            "code" in e &&
            (e as { code: unknown }).code === "EOF"
          ) {
            eof = true;
            continue;
          }
          throw e;
        }
      }
      return buf[pos++]!;
    },
    args,
    progName,
  };
}
