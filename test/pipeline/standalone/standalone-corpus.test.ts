// A converted file runs from the file alone (issue 15). The examples corpus
// runs every program through its converted file already
// (test/pipeline/corpus/corpus.test.ts, `viaFile`, sharing GHC's builds through the
// GHC-run cache); here every golden case is converted to a file, read back,
// linked as its header says and run against GHC's output (expected.stdout).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  defaultGoldenDir,
  listGoldenCases,
} from "../../../src/pipeline/golden.js";
import { runConverted } from "../../../src/pipeline/in-memory.js";
import { convertedFileProgram } from "../../support/converted-file.js";

describe("golden cases: converted files run on their own", () => {
  const cases = listGoldenCases(defaultGoldenDir());
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const { program, printValue, text } = convertedFileProgram(c.hsFile, [
      { name: c.dumpFile, text: readFileSync(c.dumpFile, "utf8") },
    ]);
    expect(text.startsWith("# miniSTG")).toBe(true);
    const r = runConverted(program, { maxSteps: 200_000_000, printValue });
    expect({
      stdout: Buffer.from(r.stdout).toString("latin1"),
      exitCode: r.exitCode,
    }).toEqual({
      stdout: readFileSync(join(c.dir, "expected.stdout"), "latin1"),
      exitCode: 0,
    });
  });
});

describe("the examples corpus runs through converted files", () => {
  it("corpus.test.ts compares GHC with the converted file's run", () => {
    const test = readFileSync(
      join(import.meta.dirname, "../corpus/corpus.test.ts"),
      "utf8",
    );
    expect(test).toMatch(/viaFile: true/);
  });
});
