import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";

describe("hs2stg CLI", () => {
  it("prints its version", () => {
    const out = execFileSync("./bin/hs2stg", ["--version"], {
      encoding: "utf8",
    });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
