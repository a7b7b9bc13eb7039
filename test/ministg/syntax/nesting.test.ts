// Deep nesting: hundreds of levels parse and print; absurd depths give a
// clear UserError instead of a JavaScript stack overflow.
import { describe, it, expect } from "vitest";
import { parseStg, stripPositions } from "../../../src/ministg/parse.js";
import { printStg } from "../../../src/print/print-stg.js";
import { UserError } from "../../../src/errors.js";

const nestedCases = (n: number) =>
  "m = THUNK(" + "case x of { A -> ".repeat(n) + "x" + " }".repeat(n) + ")";
const nestedLets = (n: number) =>
  "m = THUNK(" + "let { x = CON(A) } in ".repeat(n) + "x)";

describe("deep nesting", () => {
  it("parses and round-trips 500 nested cases and lets", () => {
    for (const text of [nestedCases(500), nestedLets(500)]) {
      const p = parseStg(text, { file: "deep.stg", dialect: "ministg" });
      const again = parseStg(printStg(p, { dialect: "ministg" }), {
        file: "deep2.stg",
        dialect: "ministg",
      });
      expect(stripPositions(again)).toEqual(stripPositions(p));
    }
  });

  it("reports absurd nesting as a UserError naming the file", () => {
    expect(() =>
      parseStg(nestedCases(200_000), { file: "deep.stg", dialect: "ministg" }),
    ).toThrow(UserError);
    expect(() =>
      parseStg(nestedLets(200_000), { file: "deep.stg", dialect: "ministg" }),
    ).toThrow(/^deep\.stg: the program is nested too deeply to parse/);
  });
});
