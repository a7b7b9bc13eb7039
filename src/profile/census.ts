// One census of the live heap: a walk over what the machine's roots reach
// (the current expression, the stack, the top-level objects), counting
// objects and words by closure kind, allocation site and constructor. The
// walk remembers, for every object, who it was first reached from, so a
// retainer question can be answered about this census afterwards.
//
// Top-level objects are static (GHC keeps them outside the heap too): they
// are roots, not counted. Arrays and mutable variables (ADDR values) are
// looked through: their contents are live and charged to their own sites.
import type { CensusRoots } from "../ministg/machine/census.js";
import type { CompiledProgram } from "../ministg/machine/compile.js";
import type { Frame } from "../ministg/machine/frames.js";
import {
  ADDR,
  Obj,
  PAP,
  valueCount,
  valuesOf,
  type Value,
} from "../ministg/machine/values.js";
import { Attribution, KIND_NAMES, objectWords } from "./attribution.js";

export interface Census {
  readonly step: number;
  readonly objects: number;
  readonly words: number;
  /** Objects and words per object class (Attribution.classes), sparse. */
  readonly classes: Int32Array;
  readonly classObjects: Float64Array;
  readonly classWords: Float64Array;
  /**
   * With `withParents`: object -> what first reached it, an object or a
   * root label's number (the retainer question needs it; it costs a map).
   */
  readonly parent: Map<Obj, Obj | number> | null;
  /**
   * Roots by number (parent numbers): 0 the current expression, 1.. the
   * stack frames top first, then one for the other threads; a negative
   * number -(i+1) the i-th top-level binding. Labels are made only when asked for (rootLabel).
   */
  readonly frames: readonly Frame[];
  readonly globalNames: readonly string[];
}

/** What root number `r` of census `c` is, for a retainer path. */
export function rootLabel(c: Census, r: number, decode: Decode): string {
  if (r < 0) return `top-level ${decode(c.globalNames[-r - 1]!)}`;
  if (r === 0) return "the current expression";
  if (r === c.frames.length + 1) return "another thread";
  return frameLabel(c.frames[r - 1]!, r - 1, decode);
}

/** What a stack frame is, for a retainer path. */
function frameLabel(f: Frame, depth: number, decode: Decode): string {
  const at = depth === 0 ? "top of stack" : `stack frame ${depth}`;
  switch (f.kind) {
    case "case":
      return `${at}: case continuation in ${decodeSite(f.code.owner, decode)}`;
    case "update":
      return `${at}: update frame`;
    case "arg":
      return `${at}: pending argument`;
    case "apply":
      return `${at}: pending arguments`;
    case "catch":
      return `${at}: exception handler`;
  }
}

export type Decode = (name: string) => string;

/** `owner/binder` with the owner (a top-level binding) shown as Haskell names it. */
export function decodeSite(site: string, decode: Decode): string {
  if (site.startsWith("(")) return site;
  const slash = site.indexOf("/");
  return slash < 0
    ? decode(site)
    : `${decode(site.slice(0, slash))}${site.slice(slash)}`;
}

/**
 * Working memory reused from census to census (a census of a small heap
 * would otherwise spend most of its time allocating and zeroing it). Left
 * all zero after each census.
 */
export class CensusBuffers {
  objsBy = new Float64Array(256);
  wordsBy = new Float64Array(256);
}

export function takeCensus(
  step: number,
  r: CensusRoots,
  attr: Attribution,
  withParents: boolean,
  buf: CensusBuffers = new CensusBuffers(),
): Census {
  // Objects carry no numbers (values.ts): visited ones go in a set.
  const seen = new Set<Obj>();
  const statics = staticObjects(r.prog);
  const parent = withParents ? new Map<Obj, Obj | number>() : null;
  const looked = new Set<Obj>(); // ADDR values already looked through
  const work: Obj[] = [];
  let objsBy = buf.objsBy;
  let wordsBy = buf.wordsBy;
  let objects = 0;
  let words = 0;

  const add = (v: Value | null, from: Obj | number): void => {
    if (!(v instanceof Obj)) return;
    if (v.tag !== ADDR && statics.has(v)) return; // top-level: static
    if (v.tag === ADDR) {
      if (v.env.length > 0 && !looked.has(v)) {
        looked.add(v);
        for (const e of v.env) add(e, from);
      }
      return;
    }
    if (seen.has(v)) return;
    seen.add(v);
    parent?.set(v, from);
    work.push(v);
  };
  const drain = (): void => {
    while (work.length > 0) {
      const o = work.pop()!;
      const w = objectWords(o);
      objects++;
      words += w;
      const c = attr.classOf(o);
      if (c >= objsBy.length) {
        const o2 = new Float64Array(2 * c);
        const w2 = new Float64Array(2 * c);
        o2.set(objsBy);
        w2.set(wordsBy);
        objsBy = buf.objsBy = o2;
        wordsBy = buf.wordsBy = w2;
      }
      objsBy[c]!++;
      wordsBy[c]! += w;
      for (const e of valuesOf(o)) add(e, o);
      if (o.tag === PAP) add(o.info as Obj, o);
    }
  };

  // Longest-lived roots first, so an object reachable from several is
  // charged (for retainers) to the one that holds it longest: top-level
  // bindings, then the stack from the bottom, then the current expression.
  const { globals, globalNames } = r.prog;
  for (let i = 0; i < globals.length; i++) {
    const g = globals[i]!;
    if (valueCount(g) === 0) continue;
    const label = -(i + 1);
    for (const v of valuesOf(g)) add(v, label);
    if (g.tag === PAP) add(g.info as Obj, label);
    drain();
  }
  // Other threads (suspended): held as long as they live.
  for (const v of r.suspended ?? []) add(v, r.stack.length + 1);
  drain();
  for (let depth = r.stack.length - 1; depth >= 0; depth--) {
    const f = r.stack[depth]!;
    const label = depth + 1;
    switch (f.kind) {
      case "case":
        for (const v of f.locals) add(v, label);
        break;
      case "update":
        add(f.thunk, label);
        break;
      case "arg":
        add(f.value, label);
        break;
      case "apply":
        for (const v of f.args) add(v, label);
        break;
      case "catch":
        add(f.handler, label);
    }
    drain();
  }
  for (const v of r.current) add(v, 0);
  drain();
  let n = 0;
  for (let i = 0; i < attr.classes.length; i++) if (objsBy[i]! > 0) n++;
  const classes = new Int32Array(n);
  const classObjects = new Float64Array(n);
  const classWords = new Float64Array(n);
  for (let i = 0, j = 0; i < attr.classes.length; i++)
    if (objsBy[i]! > 0) {
      classes[j] = i;
      classObjects[j] = objsBy[i]!;
      classWords[j++] = wordsBy[i]!;
      objsBy[i] = 0;
      wordsBy[i] = 0;
    }
  return {
    step,
    objects,
    words,
    classes,
    classObjects,
    classWords,
    parent,
    frames: r.stack,
    globalNames,
  };
}

/** The program's top-level objects (roots, not counted), per program. */
const staticSets = new WeakMap<CompiledProgram, ReadonlySet<Obj>>();
function staticObjects(prog: CompiledProgram): ReadonlySet<Obj> {
  let set = staticSets.get(prog);
  if (set === undefined) staticSets.set(prog, (set = new Set(prog.globals)));
  return set;
}

/** A heap object described for a retainer path: kind, constructor, site. */
export function objectLabel(o: Obj, attr: Attribution, decode: Decode): string {
  const kind = KIND_NAMES[o.tag] ?? "?";
  const site = decodeSite(attr.sites.names[attr.siteOf(o)]!, decode);
  if (kind === "CON")
    return `CON ${decode(attr.cons.names[attr.conOf(o)]!)} built in ${site}`;
  return `${kind} ${site}`;
}
