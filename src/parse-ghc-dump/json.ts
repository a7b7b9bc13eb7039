// The AST as JSON for `hs2stg parse --json`; bigint values become strings.
import type { Dump } from "./ast.js";

export function dumpToJson(dump: Dump, indent = 2): string {
  return JSON.stringify(
    dump,
    (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    indent,
  );
}
