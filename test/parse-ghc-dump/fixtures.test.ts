// Real GHC 9.0.2 dumps checked in under test/fixtures/dumps (made from
// Features.hs and multi/ beside them), so these run without GHC. Expected
// facts come from the Haskell source and from the dump text itself.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type {
  Binding,
  Dump,
  Expr,
  Literal,
} from "../../src/parse-ghc-dump/ast.js";
import { parseGhcDump } from "../../src/parse-ghc-dump/index.js";
import { bindingsOf, crossCheck, walkDump } from "./walk.js";

const DIR = join(import.meta.dirname, "..", "fixtures", "dumps");
const files = readdirSync(DIR).filter(
  (f) => f.includes(".dump-stg") || f.endsWith(".txt"),
);

function load(file: string): { text: string; dump: Dump } {
  const text = readFileSync(join(DIR, file), "utf8");
  return { text, dump: parseGhcDump(text, file) };
}

function topBinding(dump: Dump, name: string): Binding {
  for (const m of dump.modules)
    for (const g of m.bindings)
      for (const b of bindingsOf(g)) if (b.name.text === name) return b;
  throw new Error(`no binding ${name}`);
}

function literalsOf(dump: Dump): Literal[] {
  const out: Literal[] = [];
  walkDump(dump, { literal: (l) => out.push(l) });
  return out;
}

function exprsOf(dump: Dump): Expr[] {
  const out: Expr[] = [];
  walkDump(dump, { expr: (e) => out.push(e) });
  return out;
}

const utf8 = (s: string) => [...new TextEncoder().encode(s)];

describe("checked-in dumps", () => {
  it("has the fixtures", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files)
    it(`parses ${file} consistently with its text`, () => {
      const { text, dump } = load(file);
      expect(dump.modules.length).toBeGreaterThan(0);
      expect(crossCheck(text, dump)).toEqual([]);
    });
});

describe("Features.hs at -O1", () => {
  const { dump } = load("Features.O1.dump-stg-final");
  const lits = literalsOf(dump);

  it("names the module and keeps the timestamp", () => {
    expect(dump.modules.map((m) => m.name)).toEqual(["Features"]);
    expect(dump.modules[0]!.timestamp).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ UTC$/,
    );
  });

  it("has every character of `chars`", () => {
    const codes = new Set(
      lits.flatMap((l) => (l.kind === "char" ? [l.value] : [])),
    );
    for (const c of "a '\\\n\t\0\x7f\xc8\u04d2\u{1f600}")
      expect(codes, `U+${c.codePointAt(0)}`).toContain(c.codePointAt(0));
  });

  it("has the bytes of the string literals, non-ASCII as UTF-8 and NUL as C0 80", () => {
    const strings = lits.flatMap((l) =>
      l.kind === "string" ? [JSON.stringify(l.bytes)] : [],
    );
    const expected = [
      utf8("plain"),
      utf8('quote" back\\slash'),
      utf8("tab\tnewline\nend"),
      utf8("café"),
      [...utf8("nul"), 0xc0, 0x80, ...utf8("x")],
      utf8("\u04d25"),
      [14, ...utf8("H"), 1],
      utf8("div by zero"),
    ];
    for (const bytes of expected)
      expect(strings).toContain(JSON.stringify(bytes));
  });

  it("has the Double, Float, Int and Word literals of the source", () => {
    const values = (k: string) =>
      lits.flatMap((l) => (l.kind === k && "value" in l ? [l.value] : []));
    const doubles = values("double");
    for (const d of [0, 2.5, -3.75, 1e-300, 1 / 3, 6.02e23])
      expect(doubles).toContain(d);
    expect(values("float")).toEqual(expect.arrayContaining([1.5, -0.25]));
    const ints = values("int");
    for (const n of [0n, -1n, 42n, 5000000000n])
      expect(ints, String(n)).toContain(n);
    // maxBound stays a reference to GHC.Enum's, so only 17 is a literal.
    expect(values("word")).toContain(17n);
  });

  it("reads the FFI call to sin and the operator names", () => {
    const ffi = exprsOf(dump).find((e) => e.kind === "foreignCall");
    expect(ffi).toMatchObject({
      convention: "__ffi_static_ccall_unsafe",
      callee: "main:sin",
    });
    expect(topBinding(dump, "Features.:*:").name).toMatchObject({
      module: "Features",
      occ: ":*:",
    });
    expect(topBinding(dump, "Features.|>").name.occ).toBe("|>");
  });
});

describe("Features.hs at -O0", () => {
  const { dump } = load("Features.O0.dump-stg-final");

  it("reads addUnboxed as cases on I# and primop calls", () => {
    // addUnboxed (I# a) (I# b) = I# (a +# b *# 2#)
    const b = topBinding(dump, "Features.addUnboxed");
    expect(b.type).toBe("GHC.Types.Int -> GHC.Types.Int -> GHC.Types.Int");
    expect(b.rhs.kind).toBe("closure");
    if (b.rhs.kind !== "closure") return;
    expect(b.rhs.params).toHaveLength(2);
    const ops: string[] = [];
    const cons: string[] = [];
    walkDump(
      {
        file: "",
        modules: [
          {
            title: "",
            timestamp: null,
            bindings: [{ kind: "nonrec", bind: b }],
            pos: b.pos,
          },
        ],
      },
      {
        expr: (e) => {
          if (e.kind === "primApp") ops.push(`${e.op} ${e.args.length}`);
          if (e.kind === "conApp") cons.push(e.con.text);
          if (e.kind === "case")
            for (const a of e.alts)
              if (a.con.kind === "con") cons.push(`alt ${a.con.con.text}`);
        },
      },
    );
    expect(ops).toEqual(["*# 2", "+# 2"]);
    expect(cons).toEqual([
      "alt GHC.Types.I#",
      "alt GHC.Types.I#",
      "GHC.Types.I#",
    ]);
  });

  it("has no timestamp under -dsuppress-timestamps", () => {
    expect(dump.modules[0]!.timestamp).toBeNull();
  });
});

describe("other dump kinds", () => {
  it("reads -ddump-stg (before unarise), with unboxed tuple alternatives", () => {
    const { dump } = load("Features.O1.dump-stg");
    expect(dump.modules[0]!.title).toBe("STG:");
    const alts = exprsOf(dump).flatMap((e) =>
      e.kind === "case" ? e.alts : [],
    );
    expect(
      alts.some(
        (a) =>
          a.con.kind === "con" &&
          a.con.con.text === "(#,#)" &&
          a.binders.length === 2,
      ),
    ).toBe(true);
  });

  it("reads hpc and source-note ticks", () => {
    const ticks = exprsOf(load("Features.hpc-g.dump-stg-final").dump).flatMap(
      (e) => (e.kind === "tick" ? [e.tick.replace(/<.*/, "")] : []),
    );
    expect(new Set(ticks)).toEqual(new Set(["hpc", "src"]));
  });

  it("reads a --make build's stdout as one module per section", () => {
    const { dump } = load("multi.make-stdout.O0.txt");
    expect(dump.modules.map((m) => m.name)).toEqual(["Util.Strings", "Main"]);
    expect(topBinding(dump, "Util.Strings.joinWith").name.module).toBe(
      "Util.Strings",
    );
    expect(topBinding(dump, ":Main.main").name).toMatchObject({
      module: null,
      occ: ":Main.main",
    });
  });
});
