// The 2016 article "Turn GHC into a frontend for miniSTG" (issue 15,
// examples/ministg-article): a Haskell module over a custom Prelude.hs whose
// functions are stubs, run against a hand-written Prelude.stg that
// implements them. The article's ministg run prints `(Int 120)`, the
// factorial of five; hs2stg's --entry renderer prints the same value
// Haskell-style, `Int 120`.
import { afterAll, describe, expect, it } from "vitest";
import { execa } from "execa";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../../support/ghc.js";
import { parseStg } from "../../../src/ministg/parse.js";
import { checkMinistgDialect } from "../../../src/ministg/check-dialect.js";

const BIN = join(import.meta.dirname, "../../../bin/hs2stg");
const EXAMPLE = join(import.meta.dirname, "../../../examples/ministg-article");
const tmp = mkdtempSync(join(tmpdir(), "hs2stg-article-"));
cpSync(EXAMPLE, tmp, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const hs2stg = (...args: string[]) =>
  execa(BIN, args, { cwd: tmp, reject: false, stripFinalNewline: false });

/** 5!, the value the article's program computes. */
const FAC5 = [1, 2, 3, 4, 5].reduce((a, b) => a * b);
const NOTICE =
  "hs2stg: `test` has a type without a Show instance GHC could use; printed by hs2stg's structural renderer (docs/entry.md)\n";

describe("the article's Prelude.stg", () => {
  it("is in the ministg dialect (the original ministg reads it)", () => {
    const file = join(EXAMPLE, "Prelude.stg");
    const program = parseStg(readFileSync(file, "utf8"), {
      file,
      dialect: "ministg",
    });
    expect(checkMinistgDialect(program)).toEqual([]);
    expect(program.bindings.map((b) => b.name).sort()).toEqual([
      "eqInt_Prelude",
      "mul_Prelude",
      "one_Prelude",
      "plus_Prelude",
      "sub_Prelude",
      "zzero_Prelude",
    ]);
  });
});

describe.skipIf(!HAVE_GHC)("the article's experiment", () => {
  it("run Test.hs --entry test --prelude Prelude.stg", async () => {
    const r = await hs2stg(
      "run",
      "Test.hs",
      "--entry",
      "test",
      "--prelude",
      "Prelude.stg",
    );
    expect({ out: r.stdout, err: r.stderr, code: r.exitCode }).toEqual({
      out: `Int ${FAC5}\n`,
      err: NOTICE,
      code: 0,
    });
  });

  it("convert --prelude, then run the file alone", async () => {
    const c = await hs2stg(
      "convert",
      "Test.hs",
      "--entry",
      "test",
      "--prelude",
      "Prelude.stg",
      "-o",
      "test.stg",
    );
    expect(c.exitCode).toBe(0);
    const text = readFileSync(join(tmp, "test.stg"), "utf8");
    expect(text).toMatch(/^#@ prelude Prelude\.stg$/m);
    expect(text).toMatch(/^#@ entry Test\.test$/m);
    const r = await hs2stg("run", "test.stg");
    expect({ out: r.stdout, err: r.stderr, code: r.exitCode }).toEqual({
      out: `Int ${FAC5}\n`,
      err: NOTICE,
      code: 0,
    });
  });

  it("convert without it, then run Prelude.stg plain.stg (one program)", async () => {
    const c = await hs2stg(
      "convert",
      "Test.hs",
      "--entry",
      "test",
      "-o",
      "plain.stg",
    );
    expect(c.exitCode).toBe(0);
    for (const args of [
      ["run", "Prelude.stg", "plain.stg"],
      ["run", "plain.stg", "--prelude", "Prelude.stg"],
    ]) {
      const r = await hs2stg(...args);
      expect(r.stdout, args.join(" ")).toBe(`Int ${FAC5}\n`);
    }
    // Without the prelude GHC's stubs run: its Int carries no number.
    expect((await hs2stg("run", "plain.stg")).stdout).toBe("Int\n");
  });

  it("the ministg-dialect form is self-contained ministg and prints the article's (Int 120)", async () => {
    const c = await hs2stg(
      "convert",
      "Test.hs",
      "--entry",
      "test",
      "--prelude",
      "Prelude.stg",
      "--dialect",
      "ministg",
      "-o",
      "test-ministg.stg",
    );
    expect(c.exitCode).toBe(0);
    const file = join(tmp, "test-ministg.stg");
    const program = parseStg(readFileSync(file, "utf8"), {
      file,
      dialect: "ministg",
    });
    expect(checkMinistgDialect(program)).toEqual([]);
    for (const style of ["EA", "PE"]) {
      const r = await hs2stg(
        "run",
        "--noprelude",
        "-s",
        style,
        "test-ministg.stg",
      );
      expect(r.stdout).toBe(`(Int ${FAC5})\n`);
    }
  });
});
