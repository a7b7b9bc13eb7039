// The program's view of the outside world (ProgramIO), two ways: wired to
// this process (the CLI) or to memory (tests, benchmarks).
import { readSync, writeSync } from "node:fs";
import type { ProgramIO } from "../ministg/run-api.js";

const CHUNK = 64 * 1024;

/** Standard input served byte by byte from a file descriptor, read in chunks. */
class FdReader {
  private buf = Buffer.alloc(CHUNK);
  private len = 0;
  private pos = 0;
  private eof = false;
  constructor(private readonly fd: number) {}

  next(): number {
    if (this.pos < this.len) return this.buf[this.pos++]!;
    if (this.eof) return -1;
    this.len = readChunk(this.fd, this.buf);
    this.pos = 0;
    if (this.len === 0) {
      this.eof = true;
      return -1;
    }
    return this.buf[this.pos++]!;
  }
}

// A non-blocking stdin (some terminals, some parents) makes readSync throw
// EAGAIN: wait briefly and retry, since the interpreter reads synchronously.
function readChunk(fd: number, buf: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === "EOF") return 0;
      throw err;
    }
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EAGAIN") throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

/**
 * Buffers output for one file descriptor. Line-buffered on a terminal (as
 * GHC's stdout is), otherwise flushed when the buffer fills, before reading
 * input, before anything goes to stderr, and at the end.
 */
class FdWriter {
  private parts: Uint8Array[] = [];
  private size = 0;
  constructor(
    private readonly fd: number,
    private readonly lineBuffered: boolean,
  ) {}

  write(chunk: Uint8Array): void {
    this.parts.push(chunk.slice());
    this.size += chunk.length;
    if (this.size >= CHUNK || (this.lineBuffered && chunk.includes(10)))
      this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    writeAll(this.fd, Buffer.concat(this.parts));
    this.parts = [];
    this.size = 0;
  }
}

export interface ProcessIO extends ProgramIO {
  /** Writes out whatever is still buffered; call when the run ends. */
  flush(): void;
}

/** ProgramIO on this process's stdin (fd 0), stdout (fd 1) and stderr (fd 2). */
export function processIO(
  args: readonly string[],
  progName: string,
): ProcessIO {
  const stdin = new FdReader(0);
  const stdout = new FdWriter(1, process.stdout.isTTY === true);
  return {
    args,
    progName,
    readStdinByte: () => {
      stdout.flush();
      return stdin.next();
    },
    writeStdout: (chunk) => stdout.write(chunk),
    writeStderr: (chunk) => {
      stdout.flush();
      writeAll(2, chunk);
    },
    flush: () => stdout.flush(),
  };
}

export interface MemoryIO extends ProgramIO {
  /** Everything written so far. */
  stdout(): Uint8Array;
  stderr(): Uint8Array;
}

/** ProgramIO over fixed input, collecting output in memory. */
export function memoryIO(
  stdin: Uint8Array | string,
  args: readonly string[],
  progName: string,
): MemoryIO {
  const input = typeof stdin === "string" ? Buffer.from(stdin, "utf8") : stdin;
  let pos = 0;
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  return {
    args,
    progName,
    readStdinByte: () => (pos < input.length ? input[pos++]! : -1),
    writeStdout: (chunk) => void out.push(chunk.slice()),
    writeStderr: (chunk) => void err.push(chunk.slice()),
    stdout: () => Buffer.concat(out),
    stderr: () => Buffer.concat(err),
  };
}
