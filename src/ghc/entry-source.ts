// The user's main module made importable for `--entry` (docs/entry.md): a
// copy, compiled in our temporary directory, that exports every top-level
// binding. An export list is blanked out (spaces, so every line and column
// stays put); a file without a header gets `module Main where` after its
// leading pragmas and comments, and a LINE pragma puts the following lines
// back at their numbers. A LINE pragma at the top names the user's file, so
// GHC's messages about the copy read as messages about the original.
// Literate files are unlit first (bird tracks and \begin{code} blocks).

export interface ExposedModule {
  /** The module's name: from its header, `Main` without one. */
  readonly moduleName: string;
  /** The copy's text (plain Haskell, also for a literate original). */
  readonly text: string;
}

/** `text` (the file GHC will call `displayName`) with every binding exported. */
export function exposeModule(
  text: string,
  displayName: string,
  literate: boolean,
): ExposedModule {
  let src = literate ? unlit(text) : text;
  // A `#!` line is allowed only first, where the LINE pragma goes.
  if (src.startsWith("#!")) src = src.replace(/^[^\n]*/, "");
  const line = (l: number) => `{-# LINE ${l} ${haskellString(displayName)} #-}`;
  const start = skipTrivia(src, 0);
  const header = moduleHeader(src, start);
  if (header !== undefined) {
    const { name, exports } = header;
    const body =
      exports === undefined
        ? src
        : src.slice(0, exports.from) +
          src.slice(exports.from, exports.to).replace(/[^\n]/g, " ") +
          src.slice(exports.to);
    return { moduleName: name, text: `${line(1)}\n${body}` };
  }
  const lineStart = src.lastIndexOf("\n", start - 1) + 1;
  const lineNo = countNewlines(src, start) + 1;
  const inserted =
    (start === lineStart ? "" : "\n") +
    `module Main where\n${line(lineNo)}\n` +
    " ".repeat(start - lineStart);
  return {
    moduleName: "Main",
    text: `${line(1)}\n${src.slice(0, start)}${inserted}${src.slice(start)}`,
  };
}

/**
 * GHC's unlit: bird-track lines (`> code`, the `>` becoming a space) and
 * `\begin{code}`…`\end{code}` blocks are code; every other line is blank.
 */
export function unlit(text: string): string {
  let inCode = false;
  return text
    .split("\n")
    .map((l) => {
      if (!inCode && /^\\begin\{code\}\s*$/.test(l)) {
        inCode = true;
        return "";
      }
      if (inCode && /^\\end\{code\}\s*$/.test(l)) {
        inCode = false;
        return "";
      }
      if (inCode) return l;
      return l.startsWith(">") ? " " + l.slice(1) : "";
    })
    .join("\n");
}

function haskellString(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => "\\" + c)}"`;
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (s[i] === "\n") n++;
  return n;
}

const SYMBOL = "!#$%&*+./<=>?@\\^|-~:";

/** A `--` comment starts here: two or more dashes not part of an operator. */
function isLineComment(s: string, i: number): boolean {
  if (!s.startsWith("--", i)) return false;
  let j = i;
  while (s[j] === "-") j++;
  return j >= s.length || !SYMBOL.includes(s[j]!);
}

/** Index past white space, comments, pragmas and `#` lines from `i`. */
function skipTrivia(s: string, i: number): number {
  for (;;) {
    const c = s[i];
    if (c === undefined) return i;
    if (/\s/.test(c)) {
      i++;
    } else if (isLineComment(s, i)) {
      const nl = s.indexOf("\n", i);
      i = nl < 0 ? s.length : nl + 1;
    } else if (s.startsWith("{-", i)) {
      i = blockCommentEnd(s, i);
    } else if (c === "#" && (i === 0 || s[i - 1] === "\n")) {
      const nl = s.indexOf("\n", i);
      i = nl < 0 ? s.length : nl + 1; // a CPP directive
    } else {
      return i;
    }
  }
}

/** Index past the (nested) block comment or pragma opening at `i`. */
function blockCommentEnd(s: string, i: number): number {
  let depth = 0;
  while (i < s.length) {
    if (s.startsWith("{-", i)) {
      depth++;
      i += 2;
    } else if (s.startsWith("-}", i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return i;
}

/** `module A.B (exports) where` at `i`: the name and the export list's span. */
function moduleHeader(
  s: string,
  i: number,
): { name: string; exports?: { from: number; to: number } } | undefined {
  if (!/^module(?![\w'])/.test(s.slice(i, i + 7))) return undefined;
  let j = skipTrivia(s, i + "module".length);
  const m = /^[A-Z][\w']*(?:\.[A-Z][\w']*)*/.exec(s.slice(j, j + 500));
  if (m === null) return undefined;
  const name = m[0];
  j = skipTrivia(s, j + name.length);
  if (s[j] !== "(") return { name };
  const to = exportListEnd(s, j);
  return to === undefined ? { name } : { name, exports: { from: j, to } };
}

/** Index past the `)` that closes the export list opened at `i`. */
function exportListEnd(s: string, i: number): number | undefined {
  let depth = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (isLineComment(s, i) || s.startsWith("{-", i)) {
      i = skipTrivia(s, i);
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
    i++;
  }
  return undefined;
}
