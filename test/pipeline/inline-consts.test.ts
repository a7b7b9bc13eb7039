// scripts/inline-consts.mjs (run by `npm run build` on dist/) replaces the
// references to top-level numeric constants with their values: only where
// the name means that constant, with columns kept, and the modules must
// behave as before.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "hs2stg-inline-consts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONSTS = [
  "export const OP_LET = 3;",
  "export const NEGATIVE = -5;",
  "export const SHIFTED = 1 << 16;",
  "export const X = 12345;", // longer than its name: kept
  "export const HALF = 0.5;", // not an integer: kept
  "export const SHADOWED = 7;",
  "export const NAMED = 2;",
].join("\n");

const USER = `import { OP_LET, NEGATIVE, SHIFTED, X, HALF, SHADOWED, NAMED } from "./consts.js";
const LOCAL = 9;
export function f(op) {
  switch (op) {
    case OP_LET: return NEGATIVE + SHIFTED + LOCAL;
    default: return X + HALF;
  }
}
export function g(SHADOWED) { return SHADOWED + 1; }
export const obj = { NAMED, OP_LET: OP_LET, [NAMED]: "k" };
export const member = { OP_LET: 1 }.OP_LET;
export { NAMED };
`;

function run(): { text: string; before: string } {
  writeFileSync(join(dir, "consts.js"), CONSTS);
  writeFileSync(join(dir, "user.js"), USER);
  execFileSync(process.execPath, [
    join(root, "scripts/inline-consts.mjs"),
    dir,
  ]);
  return { text: readFileSync(join(dir, "user.js"), "utf8"), before: USER };
}

describe("inline-consts.mjs", () => {
  const { text, before } = run();
  it("inlines the references that mean the constant, padded to the name's length", () => {
    expect(text).toContain("case 3     : return (-5)     + 65536   + 9    ;");
    // Longer than the name, not an integer: left alone.
    expect(text).toContain("default: return X + HALF;");
  });
  it("keeps names bound again, shorthand properties, keys and export lists", () => {
    expect(text).toContain(
      "export function g(SHADOWED) { return SHADOWED + 1; }",
    );
    expect(text).toContain(
      'export const obj = { NAMED, OP_LET: 3     , [2    ]: "k" };',
    );
    expect(text).toContain("export const member = { OP_LET: 1 }.OP_LET;");
    expect(text).toContain("export { NAMED };");
  });
  it("keeps every line's length and the module's behaviour", async () => {
    expect(text.split("\n").map((l) => l.length)).toEqual(
      before.split("\n").map((l) => l.length),
    );
    const m = await import(pathToFileURL(join(dir, "user.js")).href);
    expect(m.f(3)).toBe(-5 + 65536 + 9);
    expect(m.f(0)).toBe(12345.5);
    expect(m.g(1)).toBe(2);
    expect(m.obj).toEqual({ NAMED: 2, OP_LET: 3, 2: "k" });
    expect(m.member).toBe(1);
    expect(m.NAMED).toBe(2);
  });
});
