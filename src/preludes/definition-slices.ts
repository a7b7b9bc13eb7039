// One definition of a prelude file parsed on its own: a run that reaches a
// few definitions of a large file parses those, not the whole file. A
// definition's text runs from its name to the next definition's name; it is
// parsed with as many newlines and spaces before it as the file has, so
// that every position in its AST (and so every message) is the file's.
import type { Binding, Pos } from "../ministg/ast.js";
import { parseStg } from "../ministg/parse.js";

/**
 * Where each binding starts in `text` (UTF-16 offsets), or undefined when a
 * binding's position does not point at its name (the file is then always
 * parsed whole).
 */
export function definitionStarts(
  text: string,
  bindings: readonly Binding[],
): number[] | undefined {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
    lineStarts.push(i + 1);
  const starts: number[] = [];
  let previous = -1;
  for (const b of bindings) {
    if (b.pos === undefined) return undefined;
    const lineStart = lineStarts[b.pos.line - 1];
    if (lineStart === undefined) return undefined;
    const at = lineStart + b.pos.column - 1;
    if (at <= previous || !text.startsWith(b.name, at)) return undefined;
    starts.push(at);
    previous = at;
  }
  return starts;
}

/**
 * The binding named `name` whose text is `text[start, end)`, parsed at its
 * place in the file; undefined when that text is not exactly that one
 * binding (the caller then parses the whole file).
 */
export function parseDefinition(
  text: string,
  start: number,
  end: number,
  file: string,
  name: string,
): Binding | undefined {
  const pos = positionOf(text, start);
  const padding = "\n".repeat(pos.line - 1) + " ".repeat(pos.column - 1);
  try {
    const program = parseStg(padding + text.slice(start, end), {
      file,
      dialect: "extended",
    });
    const [only] = program.bindings;
    return program.bindings.length === 1 && only!.name === name
      ? only
      : undefined;
  } catch {
    return undefined;
  }
}

function positionOf(text: string, offset: number): Pos {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
