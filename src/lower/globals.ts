// Top-level names of the modules being linked: which module each dump
// section is, and the miniSTG name of every top-level binder and of every
// global a module refers to.
import type * as G from "../parse-ghc-dump/ast.js";
import { LocatedError } from "../errors.js";
import {
  constructorName,
  constructorValueName,
  freshName,
  globalName,
  stripUnique,
  wellKnownConstructor,
  zEncode,
} from "./names.js";

/** One module section to lower, with the file it came from. */
export interface ModuleInput {
  readonly file: string;
  readonly module: G.Module;
  /** The module's name (`Main`). */
  readonly name: string;
}

/** Whether a GHC occurrence name is a data constructor's. */
export function isConstructorOcc(occ: string): boolean {
  const c = occ[0];
  return (
    c !== undefined &&
    ((c >= "A" && c <= "Z") || c === ":" || c === "[" || c === "(")
  );
}

/** The module of a section: the parser's, else that of most qualified binders, else Main. */
export function moduleNameOf(m: G.Module): string {
  if (m.name) return m.name;
  const counts = new Map<string, number>();
  for (const b of topBindings(m)) {
    const mod = b.name.module;
    if (mod !== null) counts.set(mod, (counts.get(mod) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [mod, n] of counts) {
    if (best === undefined || n > counts.get(best)!) best = mod;
  }
  return best ?? "Main";
}

export function topBindings(m: G.Module): G.Binding[] {
  return m.bindings.flatMap((g) => (g.kind === "nonrec" ? [g.bind] : g.binds));
}

/** The miniSTG name of constructor `module.occ` used as a value. */
export function constructorValue(module: string | null, occ: string): string {
  return constructorValueName(constructorName(module, occ));
}

/** `:Main.main` (the program's real entry, printed unqualified by GHC). */
function rootMainName(text: string): string | undefined {
  const m = /^(:[A-Z][\w'.]*)\.([^.]+)$/.exec(text);
  return m === null ? undefined : globalName(m[1]!, m[2]!);
}

/** The name GHC-qualified global `module.occ` gets. */
export function qualifiedName(module: string, occ: string): string {
  return isConstructorOcc(occ)
    ? constructorValue(module, occ)
    : globalName(module, occ);
}

export class Globals {
  /** Per module index: unqualified top-level text → miniSTG name. */
  private readonly local: Map<string, string>[] = [];
  /** Every top-level name defined, → where. */
  private readonly defined = new Map<string, { file: string; text: string }>();

  constructor(readonly modules: readonly ModuleInput[]) {
    // Qualified names first: they are fixed, unqualified ones avoid them.
    modules.forEach((mi) => {
      for (const b of topBindings(mi.module)) {
        const n = b.name;
        const fixed =
          n.module !== null
            ? qualifiedName(n.module, n.occ)
            : rootMainName(n.text);
        if (fixed !== undefined) this.define(fixed, mi.file, b);
      }
    });
    modules.forEach((mi) => {
      const table = new Map<string, string>();
      const suffix = "_" + zEncode(mi.name);
      for (const b of topBindings(mi.module)) {
        const n = b.name;
        if (n.module !== null || rootMainName(n.text) !== undefined) continue;
        const base = zEncode(stripUnique(n.text));
        const stem = freshName(base, (c) => this.defined.has(c + suffix));
        table.set(n.text, stem + suffix);
        this.define(stem + suffix, mi.file, b);
      }
      this.local.push(table);
    });
  }

  private define(name: string, file: string, b: G.Binding): void {
    const prev = this.defined.get(name);
    if (prev !== undefined) {
      throw new LocatedError(
        { file, line: b.pos.line, column: b.pos.column },
        `\`${b.name.text}\` is defined twice (also in ${prev.file})`,
      );
    }
    this.defined.set(name, { file, text: b.name.text });
  }

  /** Whether a dump defines top-level `name`. */
  isDefined(name: string): boolean {
    return this.defined.has(name);
  }

  /** The name of the top-level binder `b` of module number `index`. */
  binderName(index: number, n: G.Name): string {
    if (n.module !== null) return qualifiedName(n.module, n.occ);
    return rootMainName(n.text) ?? this.local[index]!.get(n.text)!;
  }

  /**
   * The miniSTG name a non-local reference in module number `index` stands
   * for, or undefined when the name is neither global nor top-level there.
   */
  reference(index: number, n: G.Name): string | undefined {
    if (n.module !== null) return qualifiedName(n.module, n.occ);
    const root = rootMainName(n.text);
    if (root !== undefined) return root;
    const top = this.local[index]!.get(n.text);
    if (top !== undefined) return top;
    if (wellKnownConstructor(null, n.occ) !== undefined) {
      return constructorValue(null, n.occ);
    }
    return undefined;
  }
}
