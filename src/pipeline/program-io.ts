// The program's view of the outside world (ProgramIO), two ways: wired to
// this process (the CLI) or to memory (tests, benchmarks).
import { readSync } from "node:fs";
import { writeAllSync } from "./unbuffered-io.js";
import type { ProgramIO, StdoutControl } from "../ministg/run-api.js";

/** Standard input is read in chunks of this size. */
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

/** Writes all of `data` (unbuffered-io.ts's writeAllSync); gives 0 or the errno of a failed write (32: EPIPE). */
function writeAll(fd: number, data: Uint8Array): number {
  try {
    writeAllSync(fd, data);
    return 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EPIPE") return 32;
    throw err;
  }
}

/** GHC's default buffer size (dEFAULT_BUFFER_SIZE): 8 KiB. */
const BLOCK = 8192;
/** Unbuffered output is gathered for at most this long (ms) before it goes out. */
const UNBUFFERED_DELAY_MS = 50;

/**
 * stdout as GHC's Handle buffers it (modes as fsCtl#: 0 none, 1 line,
 * 2 block, n >= 3 block with a size of n-3). As observed of GHC's binaries:
 * the byte buffer holds 8 KiB whatever the mode and is written out when it
 * fills (a character whose bytes do not fit starts the next buffer), on
 * hFlush and at the end; a line-buffered stdout is also written after a
 * newline, and a block of a given size when a hPutStr/hPutChar leaves at
 * least that many bytes (`commit`). Unbuffered output is gathered briefly
 * (a system call per character would be slow) but always goes out before
 * anything is read or written elsewhere, so the order of bytes is GHC's.
 */
class StdoutBuffer {
  private readonly buf = new Uint8Array(BLOCK);
  private len = 0;
  private mode: number;
  private error = 0;
  private since = 0;

  private sink: (data: Uint8Array) => number;

  constructor(
    private readonly stream: (data: Uint8Array) => number,
    lineBuffered: boolean,
  ) {
    this.sink = stream;
    this.mode = lineBuffered ? 1 : 2;
  }

  /** Where the buffer writes out from now on (null: the stream); what it holds goes out first. */
  retarget(sink: ((data: Uint8Array) => void) | null): void {
    this.flush();
    this.sink =
      sink === null
        ? this.stream
        : (d) => {
            sink(d);
            return 0;
          };
  }

  setMode(code: number): void {
    // GHC writes the buffer out when stdout becomes unbuffered.
    if (code === 0) this.flush();
    this.mode = code;
  }

  write(chunk: Uint8Array): void {
    // A character (one chunk of writeStdout#) is not split between writes.
    if (this.len + chunk.length > BLOCK && isOneCharacter(chunk)) this.flush();
    for (let i = 0; i < chunk.length; i++) {
      this.buf[this.len++] = chunk[i]!;
      if (this.len === BLOCK) this.flush();
    }
    switch (this.mode) {
      case 0:
        if (this.since === 0) this.since = performance.now();
        else if (performance.now() - this.since > UNBUFFERED_DELAY_MS)
          this.flush();
        break;
      case 1:
        if (chunk.includes(10)) this.flush();
        break;
      default:
        break;
    }
  }

  /** The end of one hPutStr/hPutChar: a sized block that is full enough goes out. */
  commit(): void {
    if (this.mode >= 3 && this.len >= this.mode - 3) this.flush();
  }

  /** Before anything else is read or written: unbuffered output goes first. */
  settle(): void {
    if (this.mode === 0) this.flush();
  }

  flush(): number {
    this.since = 0;
    if (this.len === 0) return 0;
    const err = this.sink(this.buf.subarray(0, this.len));
    this.len = 0;
    if (err !== 0) this.error = err;
    return err;
  }

  takeError(): number {
    const e = this.error;
    this.error = 0;
    return e;
  }
}

/** Whether `chunk` is exactly one UTF-8 encoded character. */
function isOneCharacter(chunk: Uint8Array): boolean {
  const b = chunk[0];
  if (b === undefined) return false;
  const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
  return n === chunk.length;
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
  const stdoutIsTerminal = process.stdout.isTTY === true;
  const stdout = new StdoutBuffer((d) => writeAll(1, d), stdoutIsTerminal);
  return {
    args,
    progName,
    readStdinByte: () => {
      stdout.settle();
      return stdin.next();
    },
    writeStdout: (chunk) => stdout.write(chunk),
    writeStderr: (chunk) => {
      stdout.settle();
      writeAll(2, chunk);
    },
    writeStdoutDirect: (chunk) => {
      stdout.settle();
      writeAll(1, chunk);
    },
    setStdoutSink: (sink) => stdout.retarget(sink),
    stdinFd: 0,
    stdoutControl: control(
      stdout,
      process.stdin.isTTY === true,
      stdoutIsTerminal,
    ),
    flush: () => void stdout.flush(),
  };
}

/** What hSetBuffering/hFlush on stdout reach: the buffer. */
function control(
  stdout: StdoutBuffer,
  stdinIsTerminal: boolean,
  stdoutIsTerminal: boolean,
): StdoutControl {
  return {
    stdinIsTerminal,
    stdoutIsTerminal,
    setBuffering: (code) => stdout.setMode(code),
    flush: () => stdout.flush(),
    commit: () => {
      stdout.commit();
      return stdout.takeError();
    },
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
  // GHC's stdout buffer (not a terminal), so that a child process's output
  // lands where it does with GHC's binary (writeStdoutDirect)
  const stdout = new StdoutBuffer((d) => {
    out.push(d.slice());
    return 0;
  }, false);
  return {
    args,
    progName,
    readStdinByte: () => (pos < input.length ? input[pos++]! : -1),
    writeStdout: (chunk) => stdout.write(chunk),
    writeStderr: (chunk) => void err.push(chunk.slice()),
    writeStdoutDirect: (chunk) => {
      stdout.settle();
      out.push(chunk.slice());
    },
    setStdoutSink: (sink) => stdout.retarget(sink),
    stdoutControl: control(stdout, false, false),
    stdout: () => {
      stdout.flush();
      return Buffer.concat(out);
    },
    stderr: () => Buffer.concat(err),
  };
}
