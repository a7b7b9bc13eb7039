// Global literal bindings (`x = "text";`, extended dialect, top level only):
// GHC's top-level Addr# string literals, as base's -O1 internals
// (`GHC.Show.showList__4 = "[]"#`) and -O1 user dumps have them.
import { describe, expect, it } from "vitest";
import { parseStg, stripPositions } from "../../src/ministg/parse.js";
import { printStg } from "../../src/print/print-stg.js";
import {
  checkExtendedDialect,
  checkMinistgDialect,
} from "../../src/ministg/check-dialect.js";
import { runStgSource } from "../../src/ministg/run-stg.js";
import type { Program } from "../../src/ministg/ast.js";

const SRC = `greeting = "hi\\n";
main = THUNK(case addrLength# greeting of { n -> case indexCharOffAddr# greeting 1 of { c -> case ord# c of { k -> case plus# n k of { t -> let { r = CON(I t) } in r } } } });
`;

function run(src: string) {
  return runStgSource(src, {
    file: "lit.stg",
    prelude: false,
    annotate: false,
    callStack: false,
    maxSteps: 10_000,
    style: "EA",
  });
}

describe("global literal bindings", () => {
  it("parse in the extended dialect as LIT objects", () => {
    const p = stripPositions(
      parseStg(SRC, { file: "lit.stg", dialect: "extended" }),
    );
    expect(p.bindings[0]).toEqual({
      name: "greeting",
      object: { kind: "LIT", lit: { kind: "string", bytes: [104, 105, 10] } },
    });
  });

  it("are not in the ministg dialect (parser and checker say so)", () => {
    expect(() =>
      parseStg(SRC, { file: "lit.stg", dialect: "ministg" }),
    ).toThrow(/lit\.stg:1:12/);
    const p = parseStg(SRC, { file: "lit.stg", dialect: "extended" });
    expect(checkMinistgDialect(p).map((v) => v.message)).toContain(
      'a top-level literal binding (`x = "text"`) is not in the ministg dialect',
    );
  });

  it("print and parse back unchanged", () => {
    const p = stripPositions(
      parseStg(SRC, { file: "lit.stg", dialect: "extended" }),
    );
    const text = printStg(p, { dialect: "extended" });
    expect(text.split("\n")[0]).toBe('greeting = "hi\\n";');
    expect(
      stripPositions(parseStg(text, { file: "p.stg", dialect: "extended" })),
    ).toEqual(p);
  });

  it("are refused inside a let and when not a string", () => {
    const inLet: Program = {
      bindings: [
        {
          name: "main",
          object: {
            kind: "THUNK",
            body: {
              kind: "let",
              rec: false,
              binds: [
                {
                  name: "s",
                  object: { kind: "LIT", lit: { kind: "string", bytes: [65] } },
                },
              ],
              body: { kind: "atom", atom: { kind: "var", name: "s" } },
            },
          },
        },
        {
          name: "n",
          object: { kind: "LIT", lit: { kind: "int", value: 3n } },
        },
      ],
    };
    expect(checkExtendedDialect(inLet).map((v) => v.message)).toEqual([
      "a literal binding is allowed only at top level",
      "a top-level literal binding must be a string literal (here: int)",
    ]);
  });

  it("stand for their literal when run: addrLength# 3 + ord 'i' 105", () => {
    const r = run(SRC);
    expect(r.stdout.trim()).toBe("(I 108)");
  });
});
