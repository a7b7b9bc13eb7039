import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";

describe("hs2stg CLI", () => {
  it("prints its version and which libm it uses", () => {
    const out = execFileSync("./bin/hs2stg", ["--version"], {
      encoding: "utf8",
    });
    const [version, libm] = out.trim().split("\n");
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(libm).toMatch(/^libm: (the C library's|JavaScript ports)/);
  });
  it("names the JavaScript ports when told not to use the addon", () => {
    const out = execFileSync("./bin/hs2stg", ["--version"], {
      encoding: "utf8",
      env: { ...process.env, HS2STG_LIBM: "js" },
    });
    expect(out).toContain("libm: JavaScript ports");
  });
});
