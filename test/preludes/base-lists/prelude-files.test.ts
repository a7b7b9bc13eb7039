// Every base prelude file this area owns parses in the extended dialect, and
// no name is defined twice across them.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { parseStg } from "../../../src/ministg/parse.js";
import { LIST_PRELUDE_FILES, preludePath } from "./support.js";

describe("base list/monad prelude files", () => {
  for (const f of LIST_PRELUDE_FILES) {
    it(`${f} parses as extended miniSTG`, () => {
      const text = readFileSync(preludePath(f), "utf8");
      const program = parseStg(text, { file: f, dialect: "extended" });
      expect(program.bindings.length).toBeGreaterThan(0);
    });
  }
  it("defines each name once", () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const f of LIST_PRELUDE_FILES) {
      const text = readFileSync(preludePath(f), "utf8");
      for (const b of parseStg(text, { file: f, dialect: "extended" })
        .bindings) {
        if (seen.has(b.name))
          dups.push(`${b.name} (${seen.get(b.name)}, ${f})`);
        seen.set(b.name, f);
      }
    }
    expect(dups).toEqual([]);
  });
});
