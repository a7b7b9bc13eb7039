// Token-level Parsimmon primitives for STG dumps. Layout is insignificant, so
// every token swallows the whitespace after it. Tokens are sticky regexps run
// in place (no slicing of the input), which is what makes the parser fast.
import P from "parsimmon";
import type { SrcPos } from "./ast.js";

export type Parser<T> = P.Parser<T>;
type Reply<T> = P.Reply<T>;

interface Runnable<T> {
  _(input: string, i: number): Reply<T>;
}

const NOTHING: string[] = Object.freeze([]) as unknown as string[];

/** A success reply; shares one empty expected-set (makeSuccess allocates one). */
export function ok<T>(index: number, value: T): Reply<T> {
  return { status: true, index, value, furthest: -1, expected: NOTHING };
}

/** A failure reply expecting `expected` (a shared, never mutated array). */
export function fail(index: number, expected: string[]): Reply<never> {
  return { status: false, index: -1, value: null, furthest: index, expected };
}

/** Runs `p` at offset `i` (Parsimmon's own entry point, used by dispatchers). */
export function runAt<T>(p: Parser<T>, input: string, i: number): Reply<T> {
  return (p as unknown as Runnable<T>)._(input, i);
}

/** Offset of the first non-whitespace character at or after `i`. */
export function skipSpace(input: string, i: number): number {
  for (;;) {
    const c = input.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 12) i++;
    else return i;
  }
}

/** Whitespace, including none. */
export const spaces: Parser<null> = P((input, i) =>
  ok(skipSpace(input, i), null),
);

/**
 * A token matched by the sticky regexp `re` at the current offset; `build`
 * turns the match into a value or rejects it with null. Trailing whitespace
 * is consumed.
 */
export function token<T>(
  re: RegExp,
  expected: string,
  build: (m: RegExpExecArray, start: number, input: string) => T | null,
): Parser<T> {
  if (!re.sticky) throw new Error(`token regexp must be sticky: ${re}`);
  const want = [expected];
  return P((input, i) => {
    re.lastIndex = i;
    const m = re.exec(input);
    if (m === null) return fail(i, want);
    const value = build(m, i, input);
    if (value === null) return fail(i, want);
    return ok(skipSpace(input, i + m[0].length), value);
  });
}

/** A fixed piece of text (a keyword or punctuation) followed by whitespace. */
export function sym(text: string, expected = `'${text}'`): Parser<string> {
  const want = [expected];
  return P((input, i) =>
    input.startsWith(text, i)
      ? ok(skipSpace(input, i + text.length), text)
      : fail(i, want),
  );
}

/**
 * A token matched by the sticky regexp `re` whose text `build` turns into a
 * value (or rejects with null); cheaper than `token` because no match array
 * is built.
 */
export function textToken<T>(
  re: RegExp,
  expected: string,
  build: (text: string, start: number, input: string) => T | null,
): Parser<T> {
  if (!re.sticky) throw new Error(`token regexp must be sticky: ${re}`);
  const want = [expected];
  return P((input, i) => {
    re.lastIndex = i;
    if (!re.test(input)) return fail(i, want);
    const end = re.lastIndex;
    const value = build(input.slice(i, end), i, input);
    if (value === null) return fail(i, want);
    return ok(skipSpace(input, end), value);
  });
}

/**
 * A keyword: `text` not followed by a character that would continue a name,
 * so `of` does not match the start of `ofs`.
 */
export function keyword(text: string): Parser<string> {
  const re = new RegExp(
    text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + '(?![^\\s;,{}\\[\\]"()])',
    "y",
  );
  return token(re, `'${text}'`, () => text);
}

/**
 * The text inside a balanced `[...]` group (which may nest and span lines),
 * e.g. binder info `[Occ=Once2T[0], Dmd=<L,1*U>]`.
 */
const WANT_OPEN = ["'['"];
export const bracketed: Parser<string> = P((input, i) => {
  if (input.charCodeAt(i) !== 91 /* [ */) return fail(i, WANT_OPEN);
  let depth = 0;
  for (let j = i; j < input.length; j++) {
    const c = input.charCodeAt(j);
    if (c === 91) depth++;
    else if (c === 93 /* ] */ && --depth === 0)
      return ok(skipSpace(input, j + 1), input.slice(i + 1, j));
  }
  const open = positionAt(input, i);
  return fail(input.length, [
    `']' closing the '[' of line ${open.line}, column ${open.column}`,
  ]);
});

/** Maps offsets of one input to 1-based line/column positions. */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly input: string) {
    for (let j = input.indexOf("\n"); j >= 0; j = input.indexOf("\n", j + 1))
      this.starts.push(j + 1);
  }
  at(offset: number): SrcPos {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}

let lastIndex: LineIndex | null = null;

/** The position of `offset` in `input`; the line table of the last input is cached. */
export function positionAt(input: string, offset: number): SrcPos {
  if (lastIndex === null || lastIndex.input !== input)
    lastIndex = new LineIndex(input);
  return lastIndex.at(offset);
}

/** Forgets the cached line table (so a large input can be collected). */
export function releasePositions(): void {
  lastIndex = null;
}

/** The current position, consuming nothing. */
export const pos: Parser<SrcPos> = P((input, i) => ok(i, positionAt(input, i)));

/**
 * Chooses a parser by looking at the input, instead of trying alternatives
 * one by one (cheaper, and the error names what was expected as a whole).
 */
export function dispatch<T>(
  expected: string,
  choose: (input: string, i: number) => Parser<T> | null,
): Parser<T> {
  const want = [expected];
  return P((input, i) => {
    const p = choose(input, i);
    return p === null ? fail(i, want) : runAt(p, input, i);
  });
}
