// Parsimmon parsers over a token array, built on `Parsimmon(fn)`. They keep
// Parsimmon's reply protocol (furthest failure and what was expected there)
// but, unlike Parsimmon's own combinators, a later expectation at the same
// furthest token replaces an earlier one instead of being merged into a
// sorted set: the grammar is LL(1), and the last thing tried at a token is
// the most specific thing to report ("`)` or another argument").

import P from "parsimmon";
import type { Pos } from "../ast.js";
import type { Token } from "./lexer.js";

export type Toks = readonly Token[];
export type Grammar<T> = P.Parser<T>;
type Reply<T> = P.Reply<T>;
/** A parser's action: run at token index `i`. */
export type Step<T> = (ts: Toks, i: number) => Reply<T>;

const NOTHING: string[] = [];

export function ok<T>(
  index: number,
  value: T,
  furthest = -1,
  expected: string[] = NOTHING,
): Reply<T> {
  return { status: true, index, value, furthest: furthest as -1, expected };
}

export function fail(furthest: number, expected: string[]): Reply<never> {
  return { status: false, index: -1, value: null, furthest, expected };
}

/** A Parsimmon parser from an action over tokens. */
export function step<T>(fn: Step<T>): Grammar<T> {
  return P(fn as unknown as (input: string, i: number) => Reply<T>);
}

/** The action of a parser (Parsimmon keeps it in `_`). */
step.of = function of<T>(p: Grammar<T>): Step<T> {
  return (p as unknown as { _: Step<T> })._;
};

export function run<T>(p: Grammar<T>, ts: Toks, i: number): Reply<T> {
  return (p as unknown as { _: Step<T> })._(ts, i);
}

export function atPos(t: Token): Pos {
  return { line: t.line, column: t.column };
}

/** One token satisfying `pred`. */
export function tok(
  pred: (t: Token) => boolean,
  expected: string,
): Grammar<Token> {
  const want = [expected];
  return step((ts, i) => (pred(ts[i]!) ? ok(i + 1, ts[i]!) : fail(i, want)));
}

/** The text of one token satisfying `pred`. */
export function tokText(
  pred: (t: Token) => boolean,
  expected: string,
): Grammar<string> {
  const want = [expected];
  return step((ts, i) =>
    pred(ts[i]!) ? ok(i + 1, ts[i]!.text) : fail(i, want),
  );
}

export function failWith<T = never>(expected: string): Grammar<T> {
  const want = [expected];
  return step((_ts, i) => fail(i, want));
}

function later(at: number, have: string[], r: Reply<unknown>): string[] {
  return r.furthest >= at && r.furthest >= 0 ? r.expected : have;
}

type ValuesOf<T extends readonly unknown[]> = {
  [K in keyof T]: T[K] extends Grammar<infer V> ? V : never;
};

/** The parsers in order; `fn` gets their values and the first token's position. */
export function seqMap<const T extends readonly Grammar<unknown>[], R>(
  parsers: T,
  fn: (...values: [...ValuesOf<T>, Pos]) => R,
): Grammar<R> {
  const steps = parsers.map((p) => step.of(p));
  const n = steps.length;
  return step((ts, i) => {
    const pos = atPos(ts[i]!);
    let at = -1;
    let expected = NOTHING;
    const values = new Array<unknown>(n + 1);
    for (let k = 0; k < n; k++) {
      const r = steps[k]!(ts, i);
      expected = later(at, expected, r);
      if (r.furthest > at) at = r.furthest;
      if (!r.status) return fail(at, expected);
      values[k] = r.value;
      i = r.index;
    }
    values[n] = pos;
    return ok(i, fn(...(values as [...ValuesOf<T>, Pos])), at, expected);
  });
}

/** Zero or more repetitions, stopping at the first failure. */
export function many<T>(p: Grammar<T>): Grammar<T[]> {
  const s = step.of(p);
  return step((ts, i) => {
    let at = -1;
    let expected = NOTHING;
    const out: T[] = [];
    for (;;) {
      const r = s(ts, i);
      expected = later(at, expected, r);
      if (r.furthest > at) at = r.furthest;
      if (!r.status || r.index === i) return ok(i, out, at, expected);
      out.push(r.value);
      i = r.index;
    }
  });
}

/** The first alternative that succeeds. */
export function alt<T>(...ps: Grammar<T>[]): Grammar<T> {
  const steps = ps.map((p) => step.of(p));
  return step((ts, i) => {
    let at = -1;
    let expected = NOTHING;
    for (const s of steps) {
      const r = s(ts, i);
      expected = later(at, expected, r);
      if (r.furthest > at) at = r.furthest;
      if (r.status) return ok(r.index, r.value, at, expected);
    }
    return fail(at, expected);
  });
}
