// The base prelude loads, every file parses, and every definition is named
// for the GHC module of the file it lives in.
import { describe, it, expect } from "vitest";
import { loadBasePrelude } from "../../src/preludes/base.js";
import { decodeName } from "../../src/lower/names.js";

describe("preludes/base", () => {
  const index = loadBasePrelude();

  it("parses every file and defines something", () => {
    expect(index.files.length).toBeGreaterThan(3);
    expect(index.definitions.size).toBeGreaterThan(100);
  });

  it("names each definition after the module of its file", () => {
    const misplaced: string[] = [];
    for (const [name, def] of index.definitions) {
      // A large module may be split over `Module+Part.stg` files.
      const module = def.file
        .replace(/^.*\//, "")
        .replace(/\.stg$/, "")
        .replace(/\+.*$/, "");
      const hs = decodeName(name);
      // The lowering's own value names (src/lower/names.ts) may live anywhere.
      const generated =
        ["nil", "true", "false", "unit"].includes(name) ||
        name.startsWith("con_");
      if (!generated && !hs.startsWith(module + ".")) {
        misplaced.push(`${name} (${hs}) in ${def.file}`);
      }
    }
    expect(misplaced).toEqual([]);
  });
});

// The modules of the classes/numbers/Show/Read/Char/error part (H6b-1).
const CORE_FILES = new Set(
  [
    "Control.Exception.Base",
    "Data.Char",
    "GHC.CString",
    "GHC.Char",
    "GHC.Classes",
    "GHC.Enum",
    "GHC.Err",
    "GHC.Maybe",
    "GHC.Num",
    "GHC.Num.BigNat",
    "GHC.Num.Integer",
    "GHC.Read",
    "GHC.Real",
    "GHC.Show",
    "GHC.Stack.Types",
    "GHC.Types",
    "GHC.Unicode",
    "Numeric",
    "Text.Read",
    "FFI",
  ].map((m) => `preludes/base/${m}.stg`),
);

describe("prelude names", () => {
  // A misspelt encoding (`divZeroError` for `divZZeroError`) would leave
  // GHC's references to the name undefined.
  it("are exactly the Z-encoding of the Haskell names they decode to", async () => {
    const { zEncode } = await import("../../src/lower/names.js");
    const index = loadBasePrelude();
    const wrong: string[] = [];
    for (const [name, def] of index.definitions) {
      if (!CORE_FILES.has(def.file)) continue;
      if (["nil", "true", "false", "unit"].includes(name)) continue;
      const hs = decodeName(name.replace(/^con_/, ""));
      const dot = hs.lastIndexOf(".", hs.length - 2);
      const [mod, occ] = [hs.slice(0, dot), hs.slice(dot + 1)];
      const again = `${zEncode(occ)}_${zEncode(mod)}`;
      if (again !== name.replace(/^con_/, ""))
        wrong.push(`${name} (${hs} encodes as ${again})`);
    }
    expect(wrong).toEqual([]);
  });
});
