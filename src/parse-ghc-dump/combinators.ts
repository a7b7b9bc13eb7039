// Allocation-light versions of Parsimmon's sequencing combinators. Parsimmon
// merges the "furthest failure" of every pair of replies, building a Set even
// when neither has anything to report; on a 5 MB dump that garbage dominated
// the run time. These keep the same reply protocol (so error messages still
// list everything expected at the furthest point) but only combine expected
// sets when two failures tie.
import P from "parsimmon";
import { type Parser, runAt } from "./lexeme.js";

type Reply<T> = P.Reply<T>;
type ValuesOf<T extends readonly unknown[]> = {
  [K in keyof T]: T[K] extends Parser<infer V> ? V : never;
};

/** The empty expected-set, shared (never mutated: merging concatenates). */
const NOTHING: string[] = [];

/** The expected-set after seeing reply `r` (furthest `at`, set `have`). */
function mergeExpected(
  at: number,
  have: string[],
  r: Reply<unknown>,
): string[] {
  if (r.furthest > at) return r.expected;
  if (r.furthest === at && at >= 0 && r.expected !== have)
    return have.concat(r.expected); // deduplicated when reported
  return have;
}

function succeeded<T>(
  index: number,
  value: T,
  furthest: number,
  expected: string[],
): Reply<T> {
  return { status: true, index, value, furthest: furthest as -1, expected };
}

function failed(furthest: number, expected: string[]): Reply<never> {
  return { status: false, index: -1, value: null, furthest, expected };
}

/** Runs the parsers in order and combines their values with `fn`. */
export function seqMap<const T extends readonly Parser<unknown>[], R>(
  parsers: T,
  fn: (...values: ValuesOf<T>) => R,
): Parser<R> {
  const n = parsers.length;
  return P((input, i) => {
    let at = -1;
    let expected = NOTHING;
    const values = new Array<unknown>(n);
    for (let k = 0; k < n; k++) {
      const r = runAt(parsers[k]!, input, i);
      expected = mergeExpected(at, expected, r);
      if (r.furthest > at) at = r.furthest;
      if (!r.status) return failed(at, expected);
      values[k] = r.value;
      i = r.index;
    }
    return succeeded(i, fn(...(values as ValuesOf<T>)), at, expected);
  });
}

/** Zero or more repetitions (stops at the first failure, like Parsimmon's). */
export function many<T>(p: Parser<T>): Parser<T[]> {
  return P((input, i) => {
    let at = -1;
    let expected = NOTHING;
    const out: T[] = [];
    for (;;) {
      const r = runAt(p, input, i);
      expected = mergeExpected(at, expected, r);
      if (r.furthest > at) at = r.furthest;
      // Every parser repeated here consumes input when it succeeds.
      if (!r.status || r.index === i) return succeeded(i, out, at, expected);
      out.push(r.value);
      i = r.index;
    }
  });
}

/** Transforms the value of a successful parse. */
export function map<T, U>(p: Parser<T>, fn: (value: T) => U): Parser<U> {
  return P((input, i) => {
    const r = runAt(p, input, i);
    if (!r.status) return r;
    return succeeded(r.index, fn(r.value), r.furthest, r.expected);
  });
}

/** `open p close`, keeping p's value. */
export function between<T>(
  open: Parser<unknown>,
  p: Parser<T>,
  close: Parser<unknown>,
): Parser<T> {
  return seqMap([open, p, close] as const, (_o, v) => v);
}

/** `p (sep p)*`, or nothing. */
export function sepBy<T>(p: Parser<T>, sep: Parser<unknown>): Parser<T[]> {
  const rest = many(seqMap([sep, p] as const, (_s, v) => v));
  const some = seqMap([p, rest] as const, (first, more) => [first, ...more]);
  return P((input, i) => {
    const r = runAt(some, input, i);
    if (r.status) return r;
    return succeeded(i, [] as T[], r.furthest, r.expected);
  });
}
