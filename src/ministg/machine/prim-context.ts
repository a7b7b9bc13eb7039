// What primops see of the machine: the program's IO and allocation of the
// few objects primops build (booleans, enumeration tags, unboxed tuples).
// Both machines hand primops one of these; `nextId` is the reference
// machine's object counter (primops' objects are numbered only there).

import type { PrimContext } from "../primops/table.js";
import { PrimError } from "../primops/table.js";
import type { ProgramIO } from "../run-api.js";
import { ConInfo, EnumTagInfo } from "./code.js";
import type { CompiledProgram } from "./program.js";
import { Scheduler } from "./scheduler.js";
import {
  CON,
  NO_VALUES,
  Obj,
  inlineObj,
  setObjectNumber,
  type Value,
} from "./values.js";

export class PrimCtx implements PrimContext {
  nextId = 0;
  /** Constructors allocated by primops (counted with the machine's CON allocations). */
  allocCon = 0;
  private readonly enumTags = new Map<number, EnumTagInfo>();
  /** The program's threads (primops/threads.ts, stm.ts). */
  readonly sched: Scheduler;
  constructor(
    readonly io: ProgramIO,
    private readonly prog: CompiledProgram,
    preemptSteps?: number,
    /** Number the objects primops build (setObjectNumber), for views. */
    private readonly numbering = false,
  ) {
    this.sched = new Scheduler(prog, preemptSteps);
  }
  mkBool(b: boolean): Obj {
    this.allocCon++;
    return this.numbered(
      new Obj(CON, b ? this.prog.trueCon : this.prog.falseCon, NO_VALUES),
    );
  }
  mkEnumTag(tag: number): Obj {
    let info = this.enumTags.get(tag);
    if (info === undefined)
      this.enumTags.set(tag, (info = new EnumTagInfo(tag)));
    this.allocCon++;
    return this.numbered(new Obj(CON, info, NO_VALUES));
  }
  /** The unboxed tuples' constructors by arity (mkTuple's name lookup, once). */
  private readonly tuples: ConInfo[] = [];
  mkTuple(fields: Value[]): Obj {
    const n = fields.length;
    let info = this.tuples[n];
    if (info === undefined) {
      const name = `Z${n}H`;
      // The program's case alternatives on the result name the constructor.
      info = this.tuples[n] = this.prog.cons.get(name) ?? new ConInfo(name, -1);
    }
    this.allocCon++;
    return this.numbered(new Obj(CON, info, fields));
  }
  private consInfo: ConInfo | undefined;
  private charInfo: ConInfo | undefined;
  mkCons(head: Value, tail: Value): Obj {
    const info = (this.consInfo ??= this.knownCon("Cons"));
    this.allocCon++;
    return this.numbered(inlineObj(CON, info, head, tail));
  }
  mkChar(c: number): Obj {
    return this.box1((this.charInfo ??= this.knownCon("C")), c);
  }
  private intInfo: ConInfo | undefined;
  mkInt(n: number | bigint): Obj {
    return this.box1((this.intInfo ??= this.knownCon("I")), n);
  }
  mkCon1(name: string, v: Value): Obj {
    return this.box1(this.knownCon(name), v);
  }
  /** A constructor of one value, in the inline form the engine allocates. */
  private box1(info: ConInfo, v: Value): Obj {
    this.allocCon++;
    return this.numbered(new Obj(CON, info, NO_VALUES, v));
  }
  private knownCon(name: string): ConInfo {
    const info = this.prog.cons.get(name);
    if (info === undefined)
      throw new PrimError(`no constructor ${name} in the program`);
    return info;
  }
  /** The reference machine numbers objects for its views; the fast engine does not. */
  private numbered(o: Obj): Obj {
    if (this.numbering) setObjectNumber(o, this.nextId++);
    return o;
  }
  conTag(o: Obj): number {
    if (o.info instanceof EnumTagInfo) return o.info.tag;
    const t = this.prog.conTag(o.info as ConInfo);
    if (t === undefined) {
      throw new PrimError(
        `dataToTag#: no known tag for constructor ${(o.info as ConInfo).name} (the order of its data type's constructors is unknown: for a GHC dump, put GHC's -ddump-hi output beside it)`,
      );
    }
    return t;
  }
}
