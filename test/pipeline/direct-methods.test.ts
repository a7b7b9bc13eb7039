// A plain run calls methods of known dictionaries directly (execute,
// src/preludes/known-methods.ts); --faithful and observed runs run GHC's
// program as its dump has it. Both print the same, the direct one in fewer
// steps. golden/arith's -O0 code calls (+), (*), div... through $fNumInt and
// $fIntegralInt.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertDumps, runConverted } from "../../src/pipeline/in-memory.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DUMP = join(ROOT, "golden", "arith", "arith.dump-stg-final");

describe("direct calls of known dictionaries' methods", () => {
  const program = convertDumps(
    [{ name: DUMP, text: readFileSync(DUMP, "utf8") }],
    "arith.hs",
  );
  const expected = readFileSync(
    join(ROOT, "golden", "arith", "expected.stdout"),
    "utf8",
  );

  it.each(["PE", "EA"] as const)(
    "print GHC's output in fewer steps than the faithful run (%s)",
    (style) => {
      const direct = runConverted(program, { style });
      const faithful = runConverted(program, { style, faithful: true });
      for (const r of [direct, faithful]) {
        expect(r.exitCode).toBe(0);
        expect(new TextDecoder().decode(r.stdout)).toBe(expected);
      }
      expect(direct.stats.steps).toBeLessThan(faithful.stats.steps);
    },
  );

  it("leave the cached program itself as GHC's", () => {
    const text = JSON.stringify(
      program.program.bindings.filter((b) => b.name.includes("Main")),
      (_, v: unknown) => (typeof v === "bigint" ? String(v) : v),
    );
    expect(text).toContain("fNumInt");
  });
});
