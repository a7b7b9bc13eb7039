// Every name the preludes define decodes to a real Haskell name (issue 15):
// a global `zenc(occ)_zenc(Module)` whose occurrence is a name GHC could
// print and encodes back to the same text, helpers included (docs/names.md).
// Hand-written names that are not Z-encoded are shown as written, never
// garbled (`zero` is not `=ro`).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadBasePrelude } from "../../src/preludes/base.js";
import { ministgPrelude } from "../../src/ministg/prelude.js";
import {
  decodeName,
  garbledOccurrence,
  isConventionalGlobal,
} from "../../src/lower/names.js";
import { parseStg } from "../../src/ministg/parse.js";

describe("prelude names decode to Haskell names", () => {
  it("every preludes/base name follows the convention", () => {
    const bad = [...loadBasePrelude().definitions.entries()]
      .filter(([name]) => !isConventionalGlobal(name))
      .map(([name, d]) => `${d.file}: ${name} decodes to ${decodeName(name)}`);
    expect(bad).toEqual([]);
    expect(loadBasePrelude().definitions.size).toBeGreaterThan(1000);
  });

  it("the support library's helpers decode to themselves or Haskell names", () => {
    const file = "preludes/ministg-support/Support.stg";
    const names = parseStg(readFileSync(file, "utf8"), {
      file,
      dialect: "ministg",
    }).bindings.map((b) => b.name);
    const bad = names.filter(
      (n) =>
        !isConventionalGlobal(n) && garbledOccurrence(decodeName(n)) !== false,
    );
    expect(bad).toEqual([]);
  });

  it("ministg Prelude names read as written", () => {
    const names = ministgPrelude().bindings.map((b) => b.name);
    expect(names).toContain("zero");
    const changed = names.filter(
      (n) => decodeName(n) !== n && !isConventionalGlobal(n),
    );
    expect(changed).toEqual([]);
  });

  it("decodes names the issue showed garbled", () => {
    expect(decodeName("zzeroInt_GHCziNum")).toBe("GHC.Num.zeroInt");
    // A hand-written, unencoded name is shown as written, not as `=roInt`.
    expect(decodeName("zeroInt_GHCziNum")).toBe("GHC.Num.zeroInt");
    expect(decodeName("zero")).toBe("zero");
    expect(decodeName("zpzp_GHCziBase")).toBe("GHC.Base.++");
    expect(decodeName("zdfEqZMZNzuzdczeze_GHCziClasses")).toBe(
      "GHC.Classes.$fEq[]_$c==",
    );
    expect(isConventionalGlobal("zeroInt_GHCziNum")).toBe(false);
    expect(isConventionalGlobal("privZipAp_ControlziApplicative")).toBe(false);
  });
});
