// Who allocated a heap object, read off the object itself so the machine
// records nothing per allocation: a FUN or THUNK (and the BLACKHOLE a thunk
// becomes) points at the code of its binding, named `owner/binder` by the
// compiler; a PAP is charged to its function. Constructors share one
// ConInfo per name, so before a profiled run each constructor allocation
// site (and each top-level constructor) gets its own copy, equal in name
// and number (matching compares numbers), whose identity names the site.
// An updated thunk takes its value's info, so it is charged where the value
// was built, as GHC charges the value once the indirection is gone.
import type { CompiledProgram } from "../ministg/machine/compile.js";
import { ConInfo, CodeInfo } from "../ministg/machine/code.js";
import {
  ADDR,
  BLACKHOLE,
  CON,
  ERROR,
  FUN,
  PAP,
  THUNK,
  valueCount,
  type Obj,
} from "../ministg/machine/values.js";

/** Closure kinds by object tag (values.ts numbering). */
export const KIND_NAMES = [
  "FUN",
  "PAP",
  "CON",
  "THUNK",
  "BLACKHOLE",
  "ERROR",
] as const;
export type KindName = (typeof KIND_NAMES)[number];

/** Constructors the primops build (True/False, tuples, enumeration tags). */
export const PRIMOP_SITE = "(built by a primitive operation)";

/** Interned names: a dense number per distinct string. */
export class NameTable {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  id(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
}

/**
 * A class of objects counted together: same kind, same site, same
 * constructor. Censuses count by class (one map lookup per object) and sum
 * classes into the views afterwards.
 */
export interface ObjClass {
  readonly kind: number;
  readonly site: number;
  readonly con: number;
}

export class Attribution {
  readonly sites = new NameTable();
  readonly cons = new NameTable();
  readonly classes: ObjClass[] = [];
  private readonly siteByInfo = new Map<object, number>();
  private readonly conByInfo = new Map<object, number>();
  private readonly kindCon: number[];
  /** Class numbers by info, one map per tag (a thunk and its blackhole share info). */
  private readonly classByInfo = KIND_NAMES.map(
    () => new Map<unknown, number>(),
  );

  constructor() {
    this.kindCon = KIND_NAMES.map((k) => this.cons.id(`(${k})`));
  }

  /** Gives every constructor allocation site its own ConInfo (see above). */
  prepare(prog: CompiledProgram): void {
    for (const spec of prog.sites) {
      if (spec.tag !== CON || !(spec.info instanceof ConInfo)) continue;
      const copy = new ConInfo(spec.info.name, spec.info.id);
      (spec as { info: unknown }).info = copy;
      this.siteByInfo.set(copy, this.sites.id(spec.name));
    }
    prog.globals.forEach((g, i) => {
      if (g.tag !== CON || !(g.info instanceof ConInfo)) return;
      const copy = new ConInfo(g.info.name, g.info.id);
      g.info = copy;
      this.siteByInfo.set(copy, this.sites.id(prog.globalNames[i]!));
    });
  }

  /** The object's class number (in `classes`). */
  classOf(o: Obj): number {
    const m = this.classByInfo[o.tag]!;
    let c = m.get(o.info);
    if (c === undefined) {
      c = this.classes.length;
      this.classes.push({
        kind: o.tag,
        site: this.siteOf(o),
        con: this.conOf(o),
      });
      m.set(o.info, c);
    }
    return c;
  }

  /** The allocation site's number (in `sites`). */
  siteOf(o: Obj): number {
    const info = o.info;
    if (o.tag === PAP) return this.siteOf(info as Obj);
    if (info === null) return this.sites.id(`(${KIND_NAMES[o.tag] ?? "?"})`);
    let i = this.siteByInfo.get(info);
    if (i === undefined) {
      i =
        info instanceof CodeInfo
          ? this.sites.id(info.name)
          : this.sites.id(PRIMOP_SITE);
      this.siteByInfo.set(info, i);
    }
    return i;
  }

  /** The constructor's number (in `cons`); other kinds group as `(THUNK)`... */
  conOf(o: Obj): number {
    if (o.tag !== CON) return this.kindCon[o.tag]!;
    const info = o.info as ConInfo;
    let i = this.conByInfo.get(info);
    if (i === undefined) {
      i = this.cons.id(info.name);
      this.conByInfo.set(info, i);
    }
    return i;
  }
}

/**
 * An object's size in words as GHC lays it out: a header word and a word
 * per field, a thunk's extra word (room for the update), a PAP's arity and
 * function words; a blackhole is a header and the indirection.
 */
export function objectWords(o: Obj): number {
  switch (o.tag) {
    case THUNK:
      return 2 + valueCount(o);
    case PAP:
      return 3 + o.env.length;
    case BLACKHOLE:
      return 2;
    case FUN:
    case CON:
    case ERROR:
      return 1 + valueCount(o);
    case ADDR:
      return 0;
    default:
      return 1;
  }
}
