// Shared by the tests of resolveKnownMethods' rewrites (known methods,
// inlined operators): a library and a program parsed as separate files, the
// rewrite of the program's bindings only, printing, and a run on a machine.
import { parseStg } from "../../src/ministg/parse.js";
import { printStg } from "../../src/print/print-stg.js";
import { resolveKnownMethods } from "../../src/preludes/known-methods.js";
import { runBindings } from "../../src/ministg/run-stg.js";
import type { SourceBinding } from "../../src/ministg/machine/compile.js";

/** The program's bindings (file prog.stg), then the library's (lib.stg). */
export function sources(lib: string, prog: string): SourceBinding[] {
  const l = parseStg(lib, { file: "lib.stg", dialect: "extended" });
  const p = parseStg(prog, { file: "prog.stg", dialect: "extended" });
  return [
    ...p.bindings.map((binding) => ({ binding, file: "prog.stg" })),
    ...l.bindings.map((binding) => ({ binding, file: "lib.stg" })),
  ];
}

/** resolveKnownMethods over the program's bindings only. */
export const rewrite = (sbs: readonly SourceBinding[]) =>
  resolveKnownMethods(sbs, (sb) => sb.file === "prog.stg");

/** A printer of one binding of `sbs` by name, in the extended dialect. */
export function shower(sbs: readonly SourceBinding[]) {
  const byName = new Map(sbs.map((s) => [s.binding.name, s.binding]));
  return (name: string) =>
    printStg({ bindings: [byName.get(name)!] }, {
      dialect: "extended",
    } as never);
}

export const STYLES = ["PE", "EA"] as const;
export const ENGINES = ["fast", "reference"] as const;

/** Runs `main` of the bindings, without annotations or call stacks. */
export const runMain = (
  sbs: readonly SourceBinding[],
  style: (typeof STYLES)[number],
  engine: (typeof ENGINES)[number],
) =>
  runBindings(sbs, {
    style,
    engine,
    annotate: false,
    gc: true,
    callStack: false,
    entry: "main",
  });
