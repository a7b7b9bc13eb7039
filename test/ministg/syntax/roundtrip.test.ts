// Property: printing a program and parsing it back gives the same program
// (positions aside), in both dialects and at any line width.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { program } from "./arbitrary-program.js";
import { parseStg, stripPositions } from "../../../src/ministg/parse.js";
import { printStg } from "../../../src/print/print-stg.js";
import { checkMinistgDialect } from "../../../src/ministg/check-dialect.js";
import type { Dialect } from "../../../src/ministg/ast.js";

describe.each<Dialect>(["ministg", "extended"])(
  "print/parse round trip (%s)",
  (dialect) => {
    it("parse(print(p)) == p", () => {
      fc.assert(
        fc.property(
          program(dialect),
          fc.integer({ min: 10, max: 120 }),
          (p, width) => {
            const text = printStg(p, { dialect, width });
            const back = stripPositions(
              parseStg(text, { file: "gen.stg", dialect }),
            );
            expect(back).toEqual(p);
          },
        ),
        { numRuns: 250 },
      );
    });

    it("binding positions point at the binding's name in the printed text", () => {
      fc.assert(
        fc.property(program(dialect), (p) => {
          const text = printStg(p, { dialect });
          const lines = text.split("\n");
          for (const b of parseStg(text, { file: "gen.stg", dialect })
            .bindings) {
            const line = lines[b.pos!.line - 1]!;
            expect(
              line.slice(b.pos!.column - 1).startsWith(b.name + " ="),
            ).toBe(true);
          }
        }),
        { numRuns: 60 },
      );
    });
  },
);

describe("generated ministg programs", () => {
  it("are inside the ministg dialect by the checker", () => {
    fc.assert(
      fc.property(program("ministg"), (p) => {
        expect(checkMinistgDialect(p)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
