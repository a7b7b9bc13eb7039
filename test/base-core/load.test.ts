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
      const module = def.file.replace(/^.*\//, "").replace(/\.stg$/, "");
      const hs = decodeName(name);
      const generated = ["nil", "true", "false", "unit"].includes(name);
      if (!generated && !hs.startsWith(module + ".")) {
        misplaced.push(`${name} (${hs}) in ${def.file}`);
      }
    }
    expect(misplaced).toEqual([]);
  });
});
