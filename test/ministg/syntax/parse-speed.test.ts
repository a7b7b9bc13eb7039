// A guard against accidentally quadratic parsing: 1 MB of printed programs
// must parse in well under the CPU time a linear parser needs at 1 MB/s
// (the parser manages 5-15 MB/s; CPU time keeps this robust on busy machines).
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { program } from "./arbitrary-program.js";
import { printStg } from "../../../src/print/print-stg.js";
import { parseStg } from "../../../src/ministg/parse.js";
import type { Dialect } from "../../../src/ministg/ast.js";

describe.each<Dialect>(["ministg", "extended"])(
  "parser speed (%s)",
  (dialect) => {
    it("parses 1 MB in under 1 s of CPU time", () => {
      const sample = fc
        .sample(program(dialect), { numRuns: 40, seed: 42 })
        .map((p) => printStg(p, { dialect }))
        .join("");
      let text = sample;
      while (text.length < 1_000_000) text += sample;
      parseStg(sample, { file: "warm-up.stg", dialect });
      const before = process.cpuUsage();
      const p = parseStg(text, { file: "big.stg", dialect });
      const used = process.cpuUsage(before);
      expect(p.bindings.length).toBeGreaterThan(500);
      expect((used.user + used.system) / 1000).toBeLessThan(1000);
    });
  },
);
