// Colours of the terminal stepper: ANSI escapes when colour is on, plain
// text otherwise (NO_COLOR, a pipe, or --no-color; --color forces it).
export interface Style {
  readonly step: (s: string) => string;
  readonly rule: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly head: (s: string) => string;
  readonly alloc: (s: string) => string;
  readonly update: (s: string) => string;
  readonly gone: (s: string) => string;
}

const sgr =
  (code: string) =>
  (s: string): string =>
    `\x1b[${code}m${s}\x1b[0m`;
const plainText = (s: string): string => s;

export const COLOR: Style = {
  step: sgr("1;36"),
  rule: sgr("1;33"),
  dim: sgr("2"),
  head: sgr("1"),
  alloc: sgr("32"),
  update: sgr("35"),
  gone: sgr("31"),
};

export const PLAIN: Style = {
  step: plainText,
  rule: plainText,
  dim: plainText,
  head: plainText,
  alloc: plainText,
  update: plainText,
  gone: plainText,
};

/** --color / --no-color win; otherwise colour on a terminal unless NO_COLOR is set. */
export function wantColor(
  flag: boolean | undefined,
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (flag !== undefined) return flag;
  const noColor = env.NO_COLOR;
  return isTTY && (noColor === undefined || noColor === "");
}
