// The primop lookup is built from the groups' exported tables, in the order
// primops.ts lists them; a name defined twice stops it.
import { describe, expect, it } from "vitest";
import {
  PRIMOPS,
  PRIMOP_TABLES,
  primOpLookup,
} from "../../../src/ministg/primops.js";
import { groupTable } from "../../../src/ministg/primops/table.js";

describe("primop tables", () => {
  it("PRIMOPS is the groups' tables, concatenated in order", () => {
    expect([...PRIMOPS.values()]).toEqual(PRIMOP_TABLES.flat());
  });

  it("a group's table holds what its def added, with the fast codes", () => {
    const { ops, def } = groupTable();
    expect(ops).toEqual([]);
    def("ministg", "plus#", 2, "addition", (a) => a);
    def("Test", "other#", 1, "other", (a) => a);
    expect(ops.map((p) => [p.name, p.arity, p.group])).toEqual([
      ["plus#", 2, "ministg"],
      ["other#", 1, "Test"],
    ]);
    expect(ops[0]!.fast).toBe(PRIMOPS.get("plus#")!.fast);
    expect(ops[0]!.fast).not.toBe(0);
    expect(ops[1]!.fast).toBe(0);
  });

  it("a primop defined in two groups is an error naming it and both groups", () => {
    const first = groupTable();
    first.def("One", "same#", 1, "first", (a) => a);
    first.def("One", "only#", 1, "only", (a) => a);
    const second = groupTable();
    second.def("Two", "same#", 1, "second", (a) => a);
    expect(() => primOpLookup([first.ops, second.ops])).toThrow(
      'primop `same#` is defined twice (groups "One" and "Two")',
    );
    expect([...primOpLookup([first.ops]).keys()]).toEqual(["same#", "only#"]);
  });
});
