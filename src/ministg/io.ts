// The program's IO as the machine's primops see it: a leaf module, so the
// primops (primops/table.ts) need not import the run API (run-api.ts
// re-exports it).

/** The program's view of the outside world (IO primops). */
export interface ProgramIO {
  /** Receives program output as it is produced (bytes as a latin-1/UTF-8 string chunk). */
  writeStdout(chunk: Uint8Array): void;
  writeStderr(chunk: Uint8Array): void;
  /** Next byte of standard input, or -1 at end of input. */
  readStdinByte(): number;
  readonly args: readonly string[];
  readonly progName: string;
  /** The working directory relative paths resolve against (default: the process's). */
  readonly cwd?: string;
  /** The environment the program sees (default: the process's). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * stdout as GHC's Handle buffers it, for output wired to this process
   * (absent: output is kept as produced, e.g. in memory).
   */
  readonly stdoutControl?: StdoutControl;
  /**
   * Bytes a child process wrote to the program's fd 1 (the process
   * package): they pass GHC's stdout buffer, after what it has written out
   * and before what it still holds. Absent: as writeStdout.
   */
  writeStdoutDirect?(chunk: Uint8Array): void;
  /**
   * Where stdout's buffer writes out from now on: a file after
   * hDuplicateTo h stdout (null: the run's stdout again). What it holds
   * goes out first, where it was going. Absent: the primops write a
   * redirected stdout's bytes out at once.
   */
  setStdoutSink?(sink: ((chunk: Uint8Array) => void) | null): void;
  /** The file descriptor stdin reads, which a child may inherit (absent: a child reads what is left of stdin). */
  readonly stdinFd?: number;
}

/**
 * What the program's hSetBuffering/hFlush/hGetBuffering on stdout reach.
 * GHC line-buffers a terminal's stdout and block-buffers (8 KiB) anything
 * else, so with stdout and stderr on one pipe stderr's lines come first.
 */
export interface StdoutControl {
  /** Whether stdin and stdout are terminals (their initial buffer mode). */
  readonly stdinIsTerminal: boolean;
  readonly stdoutIsTerminal: boolean;
  /** A buffer mode in fsCtl#'s codes: 0 none, 1 line, 2 block (8 KiB), n >= 3 block of n-3 bytes. */
  setBuffering(code: number): void;
  /** Writes out what is buffered; gives the errno of a failed write (32: EPIPE) or 0. */
  flush(): number;
  /**
   * The end of one hPutStr/hPutChar (its buffer rule applies); gives the
   * errno of a write that failed since the last call (0: none).
   */
  commit(): number;
}
