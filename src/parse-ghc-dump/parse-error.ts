// Turns a Parsimmon failure into our LocatedError: file:line:col, the line
// with a caret, what was expected and what was found instead.
import { LocatedError } from "../errors.js";
import { positionAt } from "./lexeme.js";

/** "a, b or c" for a set of expectations, deduplicated and sorted. */
export function describeExpected(expected: readonly string[]): string {
  const items = [...new Set(expected)].sort();
  if (items.length === 0) return "something else";
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** A short quotation of what stands at `offset`. */
export function describeFound(text: string, offset: number): string {
  if (offset >= text.length) return "the end of the file";
  const m = /[^\s]{1,30}/y;
  m.lastIndex = offset;
  const found = m.exec(text);
  return found === null ? "a line break" : `'${found[0]}'`;
}

export function parseFailure(
  file: string,
  text: string,
  offset: number,
  expected: readonly string[],
): LocatedError {
  const { line, column } = positionAt(text, offset);
  const detail = `parse error: expected ${describeExpected(expected)}, found ${describeFound(text, offset)}`;
  return new LocatedError({ file, line, column }, detail, text);
}
