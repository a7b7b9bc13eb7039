// Errors meant for the user. The CLI prints `message` (never a stack trace)
// and exits with `exitCode`; anything else reaching the top is a bug in
// hs2stg and is reported as an internal error, still without a stack trace.

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Why a file could not be read, in words (`no such file`, `is a directory`). */
export function fileErrorText(err: unknown): string {
  switch ((err as NodeJS.ErrnoException | null)?.code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory";
    case "EACCES":
      return "permission denied";
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** A source location in a named file, 1-based. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Formats `file:line:col: message`, then the offending line with a caret
 * under the column, as every parser of ours reports errors.
 */
export function formatLocated(
  loc: Location,
  message: string,
  sourceText?: string,
): string {
  const head = `${loc.file}:${loc.line}:${loc.column}: ${message}`;
  if (sourceText === undefined) return head;
  const lineText = sourceText.split(/\r?\n/)[loc.line - 1];
  if (lineText === undefined) return head;
  const gutter = `${loc.line} | `;
  const caret = " ".repeat(gutter.length + Math.max(0, loc.column - 1)) + "^";
  return `${head}\n${gutter}${lineText}\n${caret}`;
}

export class LocatedError extends UserError {
  constructor(
    readonly loc: Location,
    readonly detail: string,
    sourceText?: string,
    exitCode = 1,
  ) {
    super(formatLocated(loc, detail, sourceText), exitCode);
    this.name = "LocatedError";
  }
}

/**
 * Input nested deeper than a stage that recurses over it could follow on
 * this thread's JavaScript stack. The command line runs the command again
 * on a thread with a deep stack (cli/deep-stack.ts) before reporting it.
 */
export class TooDeepError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "TooDeepError";
  }
}
