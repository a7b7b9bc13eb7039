// linkBase / loadBaseDirectory / formatMissing: tree-shaking, user
// definitions winning, every missing name reported once, located parse errors.
import { describe, it, expect } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseStg } from "../../src/ministg/parse.js";
import {
  formatMissing,
  linkBase,
  loadBaseDirectory,
} from "../../src/preludes/base.js";
import { LocatedError, UserError } from "../../src/errors.js";

function preludeDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "prelude-"));
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(dir, name), text);
  return dir;
}

const prog = (text: string) =>
  parseStg(text, { file: "prog.stg", dialect: "extended" });

describe("linkBase", () => {
  const index = loadBaseDirectory(
    preludeDir({
      "GHC.A.stg": `
f_GHCziA = FUN(x -> g_GHCziA x);
g_GHCziA = FUN(x -> case x of { I n -> h_GHCziB n });
unused_GHCziA = FUN(x -> x);`,
      "GHC.B.stg": `
h_GHCziB = FUN(n -> let { r = CON(I n) } in r);
k_GHCziB = FUN(n -> missingOne_GHCziC n);`,
    }),
    "preludes/base",
  );

  it("adds exactly the definitions the program reaches, transitively", () => {
    const r = linkBase(
      prog("main = THUNK(f_GHCziA one); one = CON(I 1);"),
      index,
    );
    expect(r.program.bindings.map((b) => b.name)).toEqual([
      "main",
      "one",
      "f_GHCziA",
      "g_GHCziA",
      "h_GHCziB",
    ]);
    expect(r.missing).toEqual([]);
  });

  it("lets the program's own definitions win, also inside prelude code", () => {
    const r = linkBase(
      prog(
        "main = THUNK(f_GHCziA one); one = CON(I 1); h_GHCziB = FUN(n -> one);",
      ),
      index,
    );
    const names = r.program.bindings.map((b) => b.name);
    expect(names.filter((n) => n === "h_GHCziB")).toHaveLength(1);
    expect(names).not.toContain("unused_GHCziA");
  });

  it("reports every undefined name, sorted, including those prelude code needs", () => {
    const r = linkBase(
      prog("main = THUNK(k_GHCziB zz); zz = THUNK(nope_GHCziShow zz);"),
      index,
    );
    expect(r.missing).toEqual(["missingOne_GHCziC", "nope_GHCziShow"]);
  });

  it("treats locally bound names as bound", () => {
    const r = linkBase(
      prog(
        "main = FUN(a -> let { b = THUNK(a) } in letrec { c = THUNK(d); d = THUNK(c) } in case b of { I x -> x; y -> y });",
      ),
      index,
    );
    expect(r.missing).toEqual([]);
  });
});

describe("loadBaseDirectory", () => {
  it("names the prelude file, line and column of a syntax error", () => {
    const dir = preludeDir({
      "GHC.Bad.stg": "ok_GHCziBad = CON(I 1);\nbad_GHCziBad = FUN(x -> );\n",
    });
    let err: unknown;
    try {
      loadBaseDirectory(dir, "preludes/base");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LocatedError);
    expect((err as Error).message).toMatch(
      /^preludes\/base\/GHC\.Bad\.stg:2:\d+: /,
    );
  });

  it("rejects a name defined in two prelude files", () => {
    const dir = preludeDir({
      "GHC.A.stg": "x_GHCziA = CON(I 1);",
      "GHC.B.stg": "x_GHCziA = CON(I 2);",
    });
    expect(() => loadBaseDirectory(dir, "preludes/base")).toThrow(UserError);
    expect(() => loadBaseDirectory(dir, "preludes/base")).toThrow(
      "preludes/base/GHC.B.stg: x_GHCziA is already defined in preludes/base/GHC.A.stg",
    );
  });
});

describe("formatMissing", () => {
  it("lists every missing name by its Haskell name", () => {
    expect(formatMissing(["zdfShowDouble_GHCziFloat", "showHex_Numeric"])).toBe(
      [
        "the program needs 2 names that no prelude defines:",
        "  GHC.Float.$fShowDouble   (zdfShowDouble_GHCziFloat)",
        "  Numeric.showHex          (showHex_Numeric)",
      ].join("\n"),
    );
    expect(formatMissing(["zpzp_GHCziBase"])).toBe(
      "the program needs 1 name that no prelude defines:\n  GHC.Base.++   (zpzp_GHCziBase)",
    );
  });
});
