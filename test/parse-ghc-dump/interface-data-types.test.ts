// Constructor order from GHC interface dumps (-ddump-hi): prefix, record,
// infix, strict, existential, GADT, multi-line, newtype-free and empty types.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { interfaceDataTypes } from "../../src/parse-ghc-dump/interface-data-types.js";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "interface");

describe("interfaceDataTypes", () => {
  it("reads every data declaration of GHC 9.0.2's dump of D.hs in declaration order", () => {
    const r = interfaceDataTypes(
      readFileSync(join(FIXTURE, "D.dump-hi"), "utf8"),
    );
    expect(r.module).toBe("D");
    const byName = Object.fromEntries(
      r.types.map((t) => [t.name, t.constructors]),
    );
    // The expectations restate D.hs's declarations.
    expect(byName).toEqual({
      Shape: [
        "Circle",
        "Rect",
        "Named",
        "VeryLongConstructorNameNumberOne",
        "VeryLongConstructorNameNumberTwo",
      ],
      Point: ["Point"],
      V: [":+:", ":*:", "Neg"],
      S: ["S", "T"],
      Ex: ["Ex", "NoEx"],
      G: ["GI", "GB"],
      P: ["P", "Q"],
      E: [],
    });
  });

  it("handles an operator-named prefix constructor and backquoted infix", () => {
    const text = [
      "interface main:Main 9002",
      "  data T = (:>) GHC.Types.Int | GHC.Types.Int `Plus` GHC.Types.Int",
      "abc",
      "  data U",
      "    = U1 {f :: GHC.Types.Int, g :: GHC.Types.Int -> GHC.Types.Int}",
      "    | U2",
    ].join("\n");
    expect(interfaceDataTypes(text)).toEqual({
      module: "Main",
      types: [
        { name: "T", constructors: [":>", "Plus"] },
        { name: "U", constructors: ["U1", "U2"] },
      ],
    });
  });
});
