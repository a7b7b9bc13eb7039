// The ministg-dialect pass: an extended-dialect program (as the lowering
// makes it) to a self-contained program in the ministg dialect, which
// Bernie Pope's ministg reads. docs/ministg-dialect.md describes it.
//
//   toMinistgDialect(program, { entry?, preludes? }): Program
//
// Steps: link what `main` reaches (the program, the support library, the
// base prelude, the ministg prelude), refuse IO, rewrite each binding
// (convert.ts, lift.ts), keep what `main` then reaches, make names legal and
// check the result with checkMinistgDialect.
import type { Binding, Program } from "../ministg/ast.js";
import { UserError } from "../errors.js";
import { checkMinistgDialect } from "../ministg/check-dialect.js";
import { ministgPrelude } from "../ministg/prelude.js";
import { formatMissing, loadBasePrelude } from "../preludes/base.js";
import { decodeName } from "../lower/names.js";
import {
  entryMain,
  forceBinding,
  forceableConstructors,
} from "../lower/entry.js";
import { BindingConverter } from "./convert.js";
import { NameSupply } from "./fresh.js";
import { ioUses } from "./io-check.js";
import { legalizeNames, renameAll } from "./legal-names.js";
import { mapSource, reach, type DefinitionSource } from "./link.js";
import { identifiersOf } from "./names-in.js";
import { StaticStrings } from "./strings.js";
import { supportLibrary } from "./support.js";

export interface MinistgDialectOptions {
  /**
   * For a program without `main`: the top-level binding to evaluate; a
   * `main` that forces it fully is added (the lowering's `force`).
   */
  readonly entry?: string;
  /** Copy in definitions from preludes/base and the ministg prelude (default true). */
  readonly preludes?: boolean;
  /** User prelude definitions (`--prelude`): they win over every other definition. */
  readonly userPreludes?: readonly Binding[];
}

export function toMinistgDialect(
  program: Program,
  opts: MinistgDialectOptions = {},
): Program {
  const support = supportLibrary().bindings;
  const own = avoidSupportNames(
    withMain(program.bindings, opts.entry),
    support,
  );
  const sources: DefinitionSource[] = [
    mapSource("user prelude", opts.userPreludes ?? []),
    mapSource("program", own),
    mapSource("support", support),
  ];
  if (opts.preludes !== false) {
    const base = loadBasePrelude().definitions;
    sources.push({ label: "base", lookup: (n) => base.get(n)?.binding });
    sources.push(mapSource("prelude", ministgPrelude().bindings));
  }
  const first = reach(["main"], sources);
  const used = first.reached.filter((r) => r.source !== "support");
  // IO first: an IO program's runtime names (Handles' records) need not
  // all have a ministg form, and its IO is the reason it has none.
  refuseIO(used.map((r) => r.binding));
  if (first.missing.length > 0)
    throw new UserError(formatMissing(first.missing));

  // Own bindings first, in the program's order; then the libraries'.
  const ownOrder = new Map(own.map((b, i) => [b.name, i]));
  const ordered = [
    ...used
      .filter((r) => r.source === "program")
      .sort(
        (a, b) => ownOrder.get(a.binding.name)! - ownOrder.get(b.binding.name)!,
      ),
    ...used.filter((r) => r.source !== "program"),
  ];
  const names = new NameSupply(
    identifiersOf({ bindings: [...used.map((r) => r.binding), ...support] }),
  );
  const strings = new StaticStrings(names);
  const converted: Binding[] = [];
  for (const { binding } of ordered) {
    const c = new BindingConverter({ names, strings }, binding.name);
    converted.push({ name: binding.name, object: c.topObject(binding.object) });
    converted.push(...c.lifted);
  }

  const pool = [...converted, ...support, ...strings.bindings];
  const second = reach(["main"], [mapSource("converted", pool)]);
  if (second.missing.length > 0)
    throw new Error(
      `ministg-dialect pass: converted program refers to undefined ${second.missing.join(", ")}`,
    );
  const keep = new Set(second.reached.map((r) => r.binding));
  const result = legalizeNames(
    {
      bindings: pool.filter(
        (b, i) => keep.has(b) && pool.findIndex((c) => c.name === b.name) === i,
      ),
    },
    names,
  );
  const problems = checkMinistgDialect(result);
  if (problems.length > 0)
    throw new Error(
      `ministg-dialect pass produced a program outside the dialect: ${problems
        .slice(0, 5)
        .map((p) => p.message)
        .join("; ")}`,
    );
  return result;
}

/**
 * A program that defines a support function's name itself (say `absInt`)
 * gets its own renamed, so the support library keeps calling its own. The
 * base definitions Support.stg replaces (`..._GHCziCString`, `..._GHCziErr`)
 * are left alone: a program defining those means to replace them.
 */
function avoidSupportNames(
  bindings: readonly Binding[],
  support: readonly Binding[],
): Binding[] {
  const helpers = new Set(
    support.map((b) => b.name).filter((n) => !n.includes("_GHCzi")),
  );
  const clash = bindings.filter((b) => helpers.has(b.name)).map((b) => b.name);
  if (clash.length === 0) return [...bindings];
  const names = new NameSupply(
    identifiersOf({ bindings: [...bindings, ...support] }),
  );
  const to = new Map(clash.map((n) => [n, names.fresh(`${n}_program`)]));
  return [...renameAll({ bindings }, (n) => to.get(n) ?? n).bindings];
}

/** The program's bindings, with a generated `main` for an entry point. */
function withMain(bindings: readonly Binding[], entry?: string): Binding[] {
  if (bindings.some((b) => b.name === "main")) return [...bindings];
  if (entry === undefined)
    throw new UserError(
      "the program has no `main` binding: give the binding to evaluate (--entry NAME)",
    );
  if (!bindings.some((b) => b.name === entry))
    throw new UserError(
      `entry point \`${entry}\` is not a top-level binding of the program`,
    );
  const rest = bindings.filter((b) => b.name !== "force");
  return [...rest, forceBinding(forceableConstructors(rest)), entryMain(entry)];
}

function refuseIO(bindings: readonly Binding[]): void {
  const uses = ioUses(bindings);
  if (uses.length === 0) return;
  const shown = uses.slice(0, 5).map((u) => {
    const name = decodeName(u.binding);
    return `  ${name}${name === u.binding ? "" : ` (${u.binding})`}: ${u.primops.join(", ")}`;
  });
  if (uses.length > 5) shown.push(`  ... and ${uses.length - 5} more`);
  throw new UserError(
    [
      "IO programs cannot be expressed in the ministg dialect (a ministg program's only output is its final value); the program performs IO in:",
      ...shown,
      "convert a pure value with --entry NAME, or use --dialect extended",
    ].join("\n"),
  );
}
