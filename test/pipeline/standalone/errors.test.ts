// Errors that say why (issue 15): undefined names with their Haskell name,
// where they are used (`file:line:col:`) and the reason; malformed headers;
// dumps printed with a suppression flag; and `convert --entry` working where
// `run --entry` does.
import { afterAll, describe, expect, it } from "vitest";
import { execa } from "execa";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../../support/ghc.js";
import { UserError } from "../../../src/errors.js";
import { parseHeader, formatHeader } from "../../../src/pipeline/stg-header.js";
import {
  refuseSuppressedDump,
  suppressionOf,
} from "../../../src/pipeline/suppressed-dump.js";
import { defaultGoldenDir } from "../../../src/pipeline/golden.js";

const BIN = join(import.meta.dirname, "../../../bin/hs2stg");
const FIXTURES = join(import.meta.dirname, "fixtures");
const tmp = mkdtempSync(join(tmpdir(), "hs2stg-errors-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const hs2stg = (...args: string[]) =>
  execa(BIN, args, { cwd: tmp, reject: false, stripFinalNewline: false });

function write(name: string, text: string): string {
  writeFileSync(join(tmp, name), text);
  return name;
}

const facDump = join(
  defaultGoldenDir(),
  "fac-article",
  "fac-article.dump-stg-final",
);

describe("undefined names say why", () => {
  it("a converted file without its header: defined by the base prelude, not linked", async () => {
    const c = await hs2stg("convert", facDump, "-o", "fac.stg");
    expect(c.exitCode).toBe(0);
    const text = readFileSync(join(tmp, "fac.stg"), "utf8");
    write("bare.stg", text.replace(/^#@.*\n/gm, ""));
    const r = await hs2stg("run", "bare.stg");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^(hs2stg: )?bare\.stg:\d+:\d+: undefined variable: "zdfNumInt_GHCziNum" \(GHC\.Num\.\$fNumInt\): defined by the base prelude \(preludes\/base\/GHC\.Num[^)]*\.stg\), but not linked because bare\.stg names no prelude/m,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // The converted file itself runs.
    expect((await hs2stg("run", "fac.stg")).exitCode).toBe(0);
  });

  it("a probable typo suggests the near names", async () => {
    write("typo.stg", "main = THUNK(plusInr one two);\n");
    const r = await hs2stg("run", "typo.stg");
    expect(r.stderr).toBe(
      'hs2stg: typo.stg:1:14: undefined variable: "plusInr": defined nowhere; probably a typo: did you mean `plusInt`?\n',
    );
    expect(r.exitCode).toBe(1);
  });

  it("a name no prelude defines, in a converted file", async () => {
    const header = formatHeader({
      madeBy: "test",
      preludes: ["base"],
      dataTypes: [],
    });
    write("nodef.stg", header + "main = THUNK(noSuchThing_GHCziBase 0);\n");
    const r = await hs2stg("run", "nodef.stg");
    expect(r.stderr).toMatch(
      /nodef\.stg:\d+:14: undefined variable: "noSuchThing_GHCziBase" \(GHC\.Base\.noSuchThing\): defined in no prelude/,
    );
  });

  it("a ministg Prelude name with --noprelude", async () => {
    write("nil.stg", "main = THUNK(nil);\n");
    const r = await hs2stg("run", "--noprelude", "nil.stg");
    expect(r.stderr).toBe(
      'hs2stg: nil.stg:1:14: undefined variable: "nil" (GHC.Types.[]): defined by the ministg Prelude (preludes/ministg/Prelude.stg), which --noprelude leaves out\n',
    );
  });

  it("a missing main", async () => {
    write("nomain.stg", "x = CON(I 1);\n");
    const r = await hs2stg("run", "nomain.stg");
    expect(r.stderr).toContain("the program has no `main` binding");
  });
});

describe("--prelude and several files", () => {
  const expected = readFileSync(
    join(defaultGoldenDir(), "fac-article", "expected.stdout"),
    "utf8",
  );
  const times = (body: string) =>
    `zt_GHCziNum = FUN(d x y -> case x of { I a -> case y of { I b -> ${body} } });\n`;

  it("a dump run with --prelude: the user's definition wins over the base prelude's", async () => {
    write(
      "right.stg",
      times("case mult# a b of { c -> let { r = CON(I c) } in r }"),
    );
    write("wrong.stg", times("x"));
    const right = await hs2stg("run", facDump, "--prelude", "right.stg");
    expect(right.stdout).toBe(expected);
    const wrong = await hs2stg("run", facDump, "--prelude", "wrong.stg");
    expect(wrong.exitCode).toBe(0);
    expect(wrong.stdout).not.toBe(expected);
    // The later --prelude wins.
    const both = await hs2stg(
      "run",
      facDump,
      "--prelude",
      "wrong.stg",
      "--prelude",
      "right.stg",
    );
    expect(both.stdout).toBe(expected);
  });

  it("hand-written files: a later file's definition overrides an earlier one's", async () => {
    write("a1.stg", "main = THUNK(v);\nv = CON(I 1);\n");
    write("a2.stg", "v = CON(I 2);\n");
    expect((await hs2stg("run", "a1.stg", "a2.stg")).stdout).toBe("(I 2)\n");
    expect((await hs2stg("run", "a2.stg", "a1.stg")).stdout).toBe("(I 1)\n");
    expect((await hs2stg("run", "a1.stg", "--prelude", "a2.stg")).stdout).toBe(
      "(I 2)\n",
    );
    // After --, a .stg name is an argument of the program.
    expect((await hs2stg("run", "a1.stg", "--", "a2.stg")).stdout).toBe(
      "(I 1)\n",
    );
  });
});

describe("convert on .stg input", () => {
  it("a converted file to the ministg dialect is the dump's ministg form", async () => {
    const dir = join(defaultGoldenDir(), "fac-entry");
    const dump = join(dir, "fac-entry.dump-stg-final");
    expect(
      (await hs2stg("convert", dump, "--entry", "test", "-o", "fe.stg"))
        .exitCode,
    ).toBe(0);
    const r = await hs2stg("convert", "fe.stg", "--dialect", "ministg");
    expect(r.stdout).toBe(readFileSync(join(dir, "ministg.stg"), "utf8"));
  });

  it("--prelude is added to a converted file's header", async () => {
    write("P.stg", "zzero_Prelude = CON(I 0);\n");
    expect((await hs2stg("convert", facDump, "-o", "f1.stg")).exitCode).toBe(0);
    const r = await hs2stg(
      "convert",
      "f1.stg",
      "--prelude",
      "P.stg",
      "-o",
      "f2.stg",
    );
    expect(r.exitCode).toBe(0);
    const text = readFileSync(join(tmp, "f2.stg"), "utf8");
    expect(text).toMatch(/^#@ prelude base\n#@ prelude P\.stg$/m);
  });
});

describe("the #@ header", () => {
  it("round-trips", () => {
    const h = {
      madeBy: "hs2stg test",
      source: "a.hs",
      preludes: ["base", "My.stg"],
      entry: "Main.xs",
      notice: "hs2stg: a notice",
      dataTypes: [
        { module: "Main", name: "T", constructors: ["A", "B", ":+:"] },
      ],
    };
    expect(parseHeader(formatHeader(h) + "main = CON(A);\n", "x.stg")).toEqual(
      h,
    );
    expect(parseHeader("main = CON(A);\n", "x.stg")).toBeUndefined();
  });

  it("reports a bad line with file:line:col", () => {
    const text = "#@ hs2stg-stg 1\n#@ colour blue\n";
    expect(() => parseHeader(text, "x.stg")).toThrow(
      /^x\.stg:2:4: unknown header key `colour`/,
    );
    expect(() => parseHeader("#@ hs2stg-stg 9\n", "y.stg")).toThrow(
      /^y\.stg:1:4: this file's header is version 9/,
    );
    expect(() =>
      parseHeader("#@ hs2stg-stg 1\n#@ data T = A\n", "z.stg"),
    ).toThrow(/^z\.stg:2:4: expected `#@ data Module\.Type = /);
  });
});

describe("dumps printed with a suppression flag are refused", () => {
  for (const [suffix, flag] of [
    ["su", "-dsuppress-uniques"],
    ["sa", "-dsuppress-all"],
    ["sm", "-dsuppress-module-prefixes"],
  ] as const) {
    it(flag, async () => {
      const file = join(FIXTURES, `fac-article.${suffix}.dump-stg-final`);
      const text = readFileSync(file, "utf8");
      expect(suppressionOf(text)).toBe(flag);
      expect(() => refuseSuppressedDump(text, "d")).toThrow(UserError);
      const r = await hs2stg("run", file);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain(`dump again without ${flag}`);
    });
  }

  it("a full dump is not refused", () => {
    expect(suppressionOf(readFileSync(facDump, "utf8"))).toBeUndefined();
  });

  it("text that is no dump at all is not taken for a suppressed one", () => {
    // Haskell source in a file without an extension is read as a dump: the
    // parser names what it expected, not a -dsuppress flag.
    expect(suppressionOf('main = putStrLn "hi"\n')).toBeUndefined();
    expect(suppressionOf("f = \\r [x] x;\n")).toBeUndefined();
  });
});

describe.skipIf(!HAVE_GHC)(
  "convert --entry works where run --entry does",
  () => {
    it("a binding the module does not export", async () => {
      write(
        "Hidden.hs",
        [
          "module Main (main) where",
          "hidden :: [Maybe Int]",
          "hidden = [Just 1, Nothing, Just (-3)]",
          "main :: IO ()",
          "main = print (0 :: Int)",
          "",
        ].join("\n"),
      );
      const run = await hs2stg("run", "Hidden.hs", "--entry", "hidden");
      expect(run.exitCode).toBe(0);
      const c = await hs2stg(
        "convert",
        "Hidden.hs",
        "--entry",
        "hidden",
        "-o",
        "hidden.stg",
      );
      expect(c.stderr).toBe("");
      expect(c.exitCode).toBe(0);
      const r = await hs2stg("run", "hidden.stg");
      expect({ out: r.stdout, err: r.stderr, code: r.exitCode }).toEqual({
        out: run.stdout,
        err: run.stderr,
        code: 0,
      });
      const text = readFileSync(join(tmp, "hidden.stg"), "utf8");
      expect(text).toMatch(/^# Main\.hidden \(Hidden\.hs:3:1\)$/m);
    });
  },
);
