// docs/primops.md documents the primop table: every primop appears there.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { PRIMOPS } from "../../../src/ministg/primops.js";

describe("docs/primops.md", () => {
  const doc = readFileSync("docs/primops.md", "utf8");
  it("lists every primop of the table with its arity", () => {
    for (const p of PRIMOPS.values()) {
      expect(doc, p.name).toContain(`| \`${p.name}\` | ${p.arity} |`);
    }
  });
  it("has ministg's nine", () => {
    for (const n of [
      "plus#",
      "sub#",
      "mult#",
      "eq#",
      "lt#",
      "lte#",
      "gt#",
      "gte#",
      "intToBool#",
    ]) {
      expect(PRIMOPS.get(n)?.group).toBe("ministg");
    }
  });
});
