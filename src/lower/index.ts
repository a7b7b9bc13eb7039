// GHC STG → miniSTG (extended dialect): links the modules of one program,
// lowers each, adds the entry point and keeps what it reaches.
// docs/lowering.md describes every rule; docs/names.md the names.
import type * as G from "../parse-ghc-dump/ast.js";
import type * as M from "../ministg/ast.js";
import { UserError } from "../errors.js";
import {
  Globals,
  moduleNameOf,
  topBindings,
  type ModuleInput,
} from "./globals.js";
import { Constructors } from "./constructors.js";
import { ModuleLowering, type ProgramContext } from "./lower-module.js";
import { reachable } from "./reachability.js";
import {
  entryMain,
  forceBinding,
  forceableConstructors,
  ioMain,
} from "./entry.js";
import { stripUnique } from "./names.js";
import { EnumTypes } from "./types.js";

export { decodeName, globalName, zEncode, zDecode } from "./names.js";
export { constructorTags } from "./constructor-tags.js";
export { isErasedToken } from "./lower-module.js";
export { primOpName } from "./primop-names.js";
export { preludePrimop } from "./prelude-primops.js";

export interface LowerOptions {
  /**
   * Top-level binding to evaluate fully (`fib`, `Main.fib`, `M.xs`) instead
   * of running `main :: IO ()`. Unqualified names are looked up in the main
   * module (Main, or the last module given).
   */
  readonly entry?: string;
}

export interface LowerResult {
  readonly program: M.Program;
  /** Names the program uses and does not define (the base prelude's). */
  readonly free: readonly string[];
}

/** Lowers a program (one or more dumps or module sections) to miniSTG. */
export function lower(
  dumps: readonly G.Dump[] | readonly G.Module[],
  opts: LowerOptions = {},
): M.Program {
  return lowerProgram(dumps, opts).program;
}

/** `lower`, also reporting the free names. */
export function lowerProgram(
  dumps: readonly G.Dump[] | readonly G.Module[],
  opts: LowerOptions = {},
): LowerResult {
  const { modules, globals, pool } = lowerAll(dumps);
  if (opts.entry !== undefined)
    return keepEntry(modules, globals, pool, opts.entry);
  const main = ioMain(rootMain(modules, globals));
  const kept = reachable([...pool, main], ["main"]);
  return { program: { bindings: kept.bindings }, free: kept.free };
}

/**
 * `lower(dumps, { entry })` for each entry, the modules lowered once (the
 * prelude generators keep what each exported name reaches).
 */
export function lowerEntries(
  dumps: readonly G.Dump[] | readonly G.Module[],
  entries: readonly string[],
): M.Program[] {
  const { modules, globals, pool } = lowerAll(dumps);
  return entries.map((e) => keepEntry(modules, globals, pool, e).program);
}

/** Every binding of the modules, lowered, with the helpers they need. */
function lowerAll(dumps: readonly G.Dump[] | readonly G.Module[]): {
  modules: ModuleInput[];
  globals: Globals;
  pool: M.Binding[];
} {
  const modules = moduleInputs(dumps);
  if (modules.length === 0) throw new UserError("no modules to lower");
  const ctx: ProgramContext = {
    globals: new Globals(modules),
    cons: new Constructors(),
    topLits: new Map(),
    enums: new EnumTypes(modules),
    tagToEnumTypes: new Set(),
  };
  const lowerings = modules.map((m, i) => new ModuleLowering(ctx, i, m));
  for (const l of lowerings) l.collectLiterals();
  const bindings = lowerings.flatMap((l) => l.lowerBindings());

  const defined = new Set(bindings.map((b) => b.name));
  const pool = [
    ...bindings,
    ...ctx.enums.helpers(ctx.tagToEnumTypes),
    ...ctx.cons.generate((n) => defined.has(n)),
  ];
  return { modules, globals: ctx.globals, pool };
}

/** What the entry reaches, with the binding that forces its value. */
function keepEntry(
  modules: readonly ModuleInput[],
  globals: Globals,
  pool: readonly M.Binding[],
  entry: string,
): LowerResult {
  const target = entryTarget(modules, globals, entry);
  const kept = reachable(pool, [target]);
  const force = forceBinding(forceableConstructors(kept.bindings));
  return {
    program: { bindings: [...kept.bindings, force, entryMain(target)] },
    free: kept.free,
  };
}

function moduleInputs(
  dumps: readonly G.Dump[] | readonly G.Module[],
): ModuleInput[] {
  const out: ModuleInput[] = [];
  for (const d of dumps) {
    const sections: Array<{ file: string; module: G.Module }> =
      "modules" in d
        ? d.modules.map((module) => ({ file: d.file, module }))
        : [{ file: "<dump>", module: d }];
    for (const s of sections) out.push({ ...s, name: moduleNameOf(s.module) });
  }
  return out;
}

function mainModule(modules: readonly ModuleInput[]): number {
  const i = modules.findIndex((m) => m.name === "Main");
  return i >= 0 ? i : modules.length - 1;
}

/** The name of GHC's `:Main.main`, or a clear error when there is none. */
function rootMain(modules: readonly ModuleInput[], globals: Globals): string {
  for (let i = 0; i < modules.length; i++) {
    for (const b of topBindings(modules[i]!.module)) {
      if (b.name.text.startsWith(":")) return globals.binderName(i, b.name);
    }
  }
  const names = modules.map((m) => m.name).join(", ");
  throw new UserError(
    `no \`main :: IO ()\` in ${names} (GHC's \`:Main.main\` is missing); give an entry point with --entry NAME`,
  );
}

function entryTarget(
  modules: readonly ModuleInput[],
  globals: Globals,
  entry: string,
): string {
  let index = mainModule(modules);
  let occ = entry;
  const dot = modules.findIndex((m) => entry.startsWith(m.name + "."));
  if (dot >= 0) {
    index = dot;
    occ = entry.slice(modules[dot]!.name.length + 1);
  }
  const mod = modules[index]!;
  for (const b of topBindings(mod.module)) {
    const n = b.name;
    const matches =
      n.module !== null ? n.occ === occ : stripUnique(n.text) === occ;
    if (matches && b.rhs.kind !== "lit") return globals.binderName(index, n);
  }
  throw new UserError(
    `entry point \`${entry}\` is not a top-level binding of module ${mod.name}` +
      " in GHC's output (GHC drops top-level bindings that are neither exported nor used:" +
      ` export it, e.g. \`module ${mod.name} (main, ${occ}) where\`)`,
  );
}
