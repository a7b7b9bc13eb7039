// A Template Haskell module is compiled twice (-dynamic-too): its dump holds
// the module's section twice, and the pipeline keeps the first.
import { describe, expect, it } from "vitest";
import type { Dump, Module } from "../../src/parse-ghc-dump/ast.js";
import { withoutRepeatedModules } from "../../src/pipeline/dynamic-too.js";

const section = (name: string | null, line: number): Module => ({
  title: "Final STG:",
  timestamp: null,
  bindings: [],
  pos: { line, column: 1 },
  name,
});

describe("withoutRepeatedModules", () => {
  it("keeps each module's first section, across dumps", () => {
    const dumps: Dump[] = [
      { file: "Gen.dump", modules: [section("Gen", 1), section("Gen", 50)] },
      {
        file: "Main.dump",
        modules: [section("Main", 1), section("Main", 90), section("Gen", 200)],
      },
    ];
    const kept = withoutRepeatedModules(dumps).map((d) =>
      d.modules.map((m) => `${m.name}@${m.pos.line}`),
    );
    expect(kept).toEqual([["Gen@1"], ["Main@1"]]);
  });

  it("keeps every unnamed section and leaves a dump without repeats as it is", () => {
    const d: Dump = {
      file: "x.dump",
      modules: [section(null, 1), section(null, 9), section("Main", 20)],
    };
    const [out] = withoutRepeatedModules([d]);
    expect(out).toBe(d);
  });
});
