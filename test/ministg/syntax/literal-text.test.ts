// The exact spelling of every literal kind, and that each reads back.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { literalText } from "../../../src/ministg/syntax/literal-text.js";
import { parseStg, stripPositions } from "../../../src/ministg/parse.js";
import type { Literal } from "../../../src/ministg/ast.js";

function readBack(text: string): Literal {
  const p = stripPositions(
    parseStg(`m = CON(C ${text})`, { file: "t.stg", dialect: "extended" }),
  );
  const o = p.bindings[0]!.object;
  if (o.kind !== "CON" || o.args[0]!.kind !== "lit") throw new Error(text);
  return o.args[0]!.lit;
}

describe("literal spellings", () => {
  const cases: [Literal, string][] = [
    [{ kind: "int", value: 42n }, "42"],
    [{ kind: "int", value: -5n }, "-5"],
    [{ kind: "word", value: 17n }, "17w"],
    [{ kind: "integer", value: -123n }, "-123n"],
    [{ kind: "double", value: 2.5 }, "2.5"],
    [{ kind: "double", value: 100 }, "100.0"],
    [{ kind: "double", value: -0 }, "-0.0"],
    [{ kind: "double", value: 0 }, "0.0"],
    [{ kind: "double", value: 1e21 }, "1e+21"],
    [{ kind: "double", value: 1e-7 }, "1e-7"],
    [{ kind: "double", value: 0.1 }, "0.1"],
    [{ kind: "double", value: 5e-324 }, "5e-324"],
    [{ kind: "double", value: Infinity }, "1.0/0.0"],
    [{ kind: "double", value: -Infinity }, "-1.0/0.0"],
    [{ kind: "double", value: NaN }, "0.0/0.0"],
    [{ kind: "float", value: 1.5 }, "1.5f"],
    [{ kind: "float", value: Math.fround(1.1) }, "1.1f"],
    [
      { kind: "float", value: Math.fround(3.4028234663852886e38) },
      "3.4028235e+38f",
    ],
    [{ kind: "float", value: -0 }, "-0.0f"],
    [{ kind: "float", value: 16777216 }, "16777216.0f"],
    [{ kind: "float", value: Infinity }, "1.0/0.0f"],
    [{ kind: "char", value: 97 }, "'a'"],
    [{ kind: "char", value: 39 }, "'\\''"],
    [{ kind: "char", value: 92 }, "'\\\\'"],
    [{ kind: "char", value: 34 }, "'\"'"],
    [{ kind: "char", value: 10 }, "'\\n'"],
    [{ kind: "char", value: 0 }, "'\\x0'"],
    [{ kind: "char", value: 0xe9 }, "'\\xe9'"],
    [{ kind: "char", value: 0x1f600 }, "'\\x1f600'"],
    [
      { kind: "string", bytes: [72, 105, 10, 34, 92, 0, 255, 35] },
      '"Hi\\n\\"\\\\\\x00\\xff#"',
    ],
  ];
  it.each(cases.map(([l, t]) => [l.kind, t, l] as const))(
    "%s %s reads back",
    (_kind, text, lit) => {
      expect(literalText(lit)).toBe(text);
      expect(readBack(text)).toEqual(lit);
    },
  );

  it("round-trips every double bit-exactly (Object.is)", () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        const back = readBack(literalText({ kind: "double", value }));
        expect(back.kind).toBe("double");
        expect(Object.is((back as { value: number }).value, value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips every float and prints the shortest digits that do", () => {
    fc.assert(
      fc.property(
        fc.float({ noNaN: true, noDefaultInfinity: true }),
        (value) => {
          const text = literalText({ kind: "float", value });
          const back = readBack(text);
          expect(Object.is((back as { value: number }).value, value)).toBe(
            true,
          );
          // One digit fewer would not read back as the same float.
          const digits = text
            .replace(/^-/, "")
            .replace(/e.*$|f$/g, "")
            .replace(".", "")
            .replace(/^0+/, "");
          const shorter = value.toPrecision(
            Math.max(1, digits.replace(/0+$/, "").length - 1),
          );
          if (digits.replace(/0+$/, "").length > 1)
            expect(Math.fround(Number(shorter)) === value).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
