// Every definition of preludes/base goes through the rewrite on its own:
// either it converts to bindings inside the ministg dialect, or it is
// refused with a UserError naming floating-point or IO; never a crash.
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { checkMinistgDialect } from "../../src/ministg/check-dialect.js";
import { loadBasePrelude } from "../../src/preludes/base.js";
import { BindingConverter } from "../../src/ministg-dialect/convert.js";
import { NameSupply } from "../../src/ministg-dialect/fresh.js";
import { identifiersOf } from "../../src/ministg-dialect/names-in.js";
import { StaticStrings } from "../../src/ministg-dialect/strings.js";
import { legalizeNames } from "../../src/ministg-dialect/legal-names.js";

describe("the base prelude through the rewrite", () => {
  it("converts every definition or refuses it for a stated reason", () => {
    const defs = [...loadBasePrelude().definitions.values()].map(
      (d) => d.binding,
    );
    const names = new NameSupply(identifiersOf({ bindings: defs }));
    const strings = new StaticStrings(names);
    const out = [];
    const refused: string[] = [];
    for (const b of defs) {
      const c = new BindingConverter({ names, strings }, b.name);
      try {
        out.push({ name: b.name, object: c.topObject(b.object) }, ...c.lifted);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        expect(e.message).toMatch(
          // Any primop outside ministg's nine is refused by name.
          /floating-point|Double#|Float#|IO primop|dataToTag#|cannot express the primop `[^`]+#`, used in /,
        );
        refused.push(b.name);
      }
    }
    expect(out.length).toBeGreaterThan(refused.length);
    const program = legalizeNames(
      { bindings: [...out, ...strings.bindings] },
      names,
    );
    expect(checkMinistgDialect(program)).toEqual([]);
    // the letrecs of the prelude were all lifted
    expect(
      out.some(
        (b) =>
          /_[a-z][A-Za-z0-9]*$/.test(b.name) && b.name.split("_").length > 2,
      ),
    ).toBe(true);
  });
});
