// Local names: GHC's uniquely-suffixed binders (`sat_s1PJ`) become short
// readable names (`sat`, `sat1`) that are unique among the names in scope.
import { EXTENDED_KEYWORDS } from "../ministg/syntax/lexical-rules.js";
import {
  GENERATED_GLOBALS,
  candidateName,
  localBase,
  stripUnique,
} from "./names.js";

export class Scope {
  private readonly names = new Map<string, string>();
  private readonly used = new Set<string>();
  /**
   * Per base name, how many of freshName's candidates are known taken in
   * this scope's chain. Names are only ever added to a chain, so a parent's
   * count stays a valid start for its children: a chain of n nested lets
   * binding `sat` tries one candidate each, not n.
   */
  private readonly floors = new Map<string, number>();

  private constructor(private readonly parent: Scope | null) {}

  static root(): Scope {
    return new Scope(null);
  }

  /** A nested scope: its binders are invisible to this one. */
  child(): Scope {
    return new Scope(this);
  }

  /** The miniSTG name of GHC local `text`, if bound here or outside. */
  lookup(text: string): string | undefined {
    for (let s: Scope | null = this; s !== null; s = s.parent) {
      const n = s.names.get(text);
      if (n !== undefined) return n;
    }
    return undefined;
  }

  private floor(base: string): number {
    for (let s: Scope | null = this; s !== null; s = s.parent) {
      const f = s.floors.get(base);
      if (f !== undefined) return f;
    }
    return 0;
  }

  private taken(n: string): boolean {
    if (EXTENDED_KEYWORDS.has(n) || GENERATED_GLOBALS.has(n)) return true;
    for (let s: Scope | null = this; s !== null; s = s.parent) {
      if (s.used.has(n)) return true;
    }
    return false;
  }

  /**
   * Binds GHC binder `text` (null for a binder GHC left nameless) to a fresh
   * name built from its occurrence name, or from `fallback`.
   */
  bind(text: string | null, fallback: string): string {
    const base =
      text === null || text === "_" ? fallback : localBase(stripUnique(text));
    let i = this.floor(base);
    while (this.taken(candidateName(base, i))) i++;
    this.floors.set(base, i + 1);
    const name = candidateName(base, i);
    this.used.add(name);
    if (text !== null && text !== "_") this.names.set(text, name);
    return name;
  }

  /** Reserves a fresh name that no GHC binder refers to. */
  fresh(base: string): string {
    return this.bind(null, base);
  }
}
