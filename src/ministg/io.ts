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
}
