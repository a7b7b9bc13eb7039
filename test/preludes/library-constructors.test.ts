// The linker's constructor facts from GHC's interface files
// (inventory/constructors.json): tags for dataToTag#, constructor values and
// wrappers that evaluate strict fields.
import { describe, expect, it } from "vitest";
import {
  libraryConTags,
  synthesizeDefinition,
} from "../../src/preludes/library-constructors.js";
import { printStg } from "../../src/print/print-stg.js";

const print = (name: string) => {
  const b = synthesizeDefinition(name);
  if (b === undefined) throw new Error(`${name} not synthesized`);
  return printStg({ bindings: [b] }, { dialect: "extended" }).trim();
};

describe("library constructors", () => {
  it("gives base's enumerations their declaration order", () => {
    const tags = libraryConTags();
    expect(tags.get("UppercaseLetter_GHCziUnicode")).toBe(0);
    expect(tags.get("LowercaseLetter_GHCziUnicode")).toBe(1);
    expect(tags.get("NotAssigned_GHCziUnicode")).toBe(29);
    expect(tags.get("ReadMode_GHCziIOziIOMode")).toBe(0);
    expect(tags.get("ReadWriteMode_GHCziIOziIOMode")).toBe(3);
    expect(tags.get("ExitFailure_GHCziIOziException")).toBe(1);
  });

  it("builds nullary and n-ary constructor values", () => {
    expect(print("con_AbsoluteSeek_GHCziIOziDevice")).toMatch(
      /^con_AbsoluteSeek_GHCziIOziDevice = CON\(AbsoluteSeek_GHCziIOziDevice\);$/,
    );
    expect(print("con_ExitFailure_GHCziIOziException")).toContain(
      "CON(ExitFailure_GHCziIOziException a)",
    );
  });

  it("builds wrappers that evaluate exactly the strict fields", () => {
    // data Ratio a = !a :% !a
    const ratio = print("zdWZCzv_GHCziReal");
    expect(ratio).toMatch(/case a0 of \{\s*v0 ->/);
    expect(ratio).toMatch(/case a1 of \{\s*v1 ->/);
    expect(ratio).toContain("CON(ZCzv_GHCziReal v0 v1)");
    // an unpacked field's worker takes the unboxed value: not ours to build
    expect(synthesizeDefinition("zdWArray_GHCziArr")).toBeUndefined();
    expect(synthesizeDefinition("con_NoSuchThing_DataziFoo")).toBeUndefined();
  });
});
