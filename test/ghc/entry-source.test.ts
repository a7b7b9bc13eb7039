// The copy of the user's main module that `--entry` compiles: every binding
// exported, lines and columns where GHC's messages expect them.
import { describe, expect, it } from "vitest";
import { exposeModule, unlit } from "../../src/ghc/entry-source.js";
import { splitGhcMessages } from "../../src/ghc/messages.js";
import { splitEntryName, wrapperSource } from "../../src/ghc/entry-wrapper.js";

const LINE1 = '{-# LINE 1 "p.hs" #-}\n';

describe("exposeModule", () => {
  it("blanks an export list, keeping every line and column", () => {
    const src = [
      "{-# LANGUAGE LambdaCase #-}",
      "-- module Fake (x) where",
      "module Shapes",
      "  ( area   -- the area",
      "  , (-->), Shape(..)",
      "  ) where",
      "area = 1",
    ].join("\n");
    const out = exposeModule(src, "p.hs", false);
    expect(out.moduleName).toBe("Shapes");
    expect(out.text).toBe(
      LINE1 +
        [
          "{-# LANGUAGE LambdaCase #-}",
          "-- module Fake (x) where",
          "module Shapes",
          "                      ",
          "                    ",
          "    where",
          "area = 1",
        ].join("\n"),
    );
  });

  it("leaves a header without an export list alone", () => {
    const src = "module Main where\nx = 1\n";
    expect(exposeModule(src, "p.hs", false)).toEqual({
      moduleName: "Main",
      text: LINE1 + src,
    });
  });

  it("adds `module Main where` to a file without a header, after its pragmas and comments", () => {
    const src =
      "{-# LANGUAGE TupleSections #-}\n{- a\n block -}\nimport Data.List\nx = 1\n";
    const out = exposeModule(src, "p.hs", false);
    expect(out.moduleName).toBe("Main");
    expect(out.text).toBe(
      LINE1 +
        "{-# LANGUAGE TupleSections #-}\n{- a\n block -}\n" +
        'module Main where\n{-# LINE 4 "p.hs" #-}\n' +
        "import Data.List\nx = 1\n",
    );
  });

  it("keeps the first declaration's column when it shares a line with a pragma", () => {
    const out = exposeModule("{-# LANGUAGE X #-} x = 1\n", "p.hs", false);
    expect(out.text).toBe(
      LINE1 +
        '{-# LANGUAGE X #-} \nmodule Main where\n{-# LINE 1 "p.hs" #-}\n' +
        " ".repeat(19) +
        "x = 1\n",
    );
  });

  it("drops a #! line (only allowed first) and escapes the file name", () => {
    const out = exposeModule(
      "#!/usr/bin/env runghc\nmain = pure ()\n",
      'a"b.hs',
      false,
    );
    expect(out.text).toBe(
      '{-# LINE 1 "a\\"b.hs" #-}\n\nmodule Main where\n{-# LINE 2 "a\\"b.hs" #-}\nmain = pure ()\n',
    );
  });

  it("unlits a literate file first", () => {
    const lhs =
      "Text.\n\n> module Main (main) where\n> x = 1\n\\begin{code}\ny = 2\n\\end{code}\n";
    expect(unlit(lhs)).toBe(
      "\n\n  module Main (main) where\n  x = 1\n\ny = 2\n\n",
    );
    const out = exposeModule(lhs, "p.lhs", true);
    expect(out.moduleName).toBe("Main");
    expect(out.text).toBe(
      '{-# LINE 1 "p.lhs" #-}\n\n\n  module Main        where\n  x = 1\n\ny = 2\n\n',
    );
  });
});

describe("the wrapper", () => {
  it("splits NAME into module and occurrence", () => {
    expect(splitEntryName("xs")).toEqual({ occ: "xs" });
    expect(splitEntryName("Data.Tree.xs'")).toEqual({
      module: "Data.Tree",
      occ: "xs'",
    });
    expect(splitEntryName("+++")).toBeUndefined();
    expect(splitEntryName("Just")).toBeUndefined();
  });

  it("prints NAME qualified, importing the main module first", () => {
    expect(wrapperSource("Main", "Helper", "h")).toBe(
      [
        "module HsToStgEntryWrapper (main) where",
        "import qualified System.IO as HsToStgIO",
        "import qualified Helper as HsToStgUser",
        "import Main ()",
        "main :: HsToStgIO.IO ()",
        "main = HsToStgIO.print (HsToStgUser.h)",
        "",
      ].join("\n"),
    );
  });
});

describe("splitGhcMessages", () => {
  it("tells messages apart by file, blank lines going with the next message", () => {
    const out = [
      "",
      "p.hs:3:7: warning: [-Wunused-matches]",
      "    Defined but not used: x",
      "",
      "/tmp/W.hs:5:25-30: error:",
      "    Not in scope: x",
      "",
      "q.hs:(1,1)-(2,3): error:",
      "    boom",
      "",
    ].join("\n");
    const ms = splitGhcMessages(out);
    expect(ms.map((m) => [m.file, m.severity])).toEqual([
      ["p.hs", "warning"],
      ["/tmp/W.hs", "error"],
      ["q.hs", "error"],
    ]);
    expect(ms.map((m) => m.text).join("")).toBe(out);
    expect(ms[1]!.text).toBe(
      "\n/tmp/W.hs:5:25-30: error:\n    Not in scope: x\n",
    );
  });
});
