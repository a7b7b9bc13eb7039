// `--profile[=FILE]`: a bare --profile never takes the program's file for FILE.
import { describe, expect, it } from "vitest";
import { bareProfileFlag } from "../../src/cli/run-command.js";

describe("--profile[=FILE]", () => {
  it("turns a bare --profile before -- into --profile=", () => {
    expect(
      bareProfileFlag(["node", "hs2stg", "run", "--profile", "p.hs"]),
    ).toEqual(["node", "hs2stg", "run", "--profile=", "p.hs"]);
  });
  it("leaves --profile=FILE and the program's own arguments alone", () => {
    expect(
      bareProfileFlag(["run", "--profile=out.json", "p.hs", "--", "--profile"]),
    ).toEqual(["run", "--profile=out.json", "p.hs", "--", "--profile"]);
  });
});
