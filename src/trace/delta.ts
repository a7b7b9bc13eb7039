// Delta encoding of successive states, shared by the JSON lines format and
// the single-file viewer: consecutive states share most of their stack
// (bottom frames) and heap, so each step stores only what changed.
import type { FrameView, ObjectView } from "../ministg/run-api.js";
import type { StepRecord } from "./record.js";

export interface StackDelta {
  /** Frames kept from the previous state, counted from the bottom. */
  readonly keep: number;
  /** Frames above those, top first. */
  readonly push: readonly FrameView[];
}

export interface HeapDelta {
  /** Objects new or changed since the previous state. */
  readonly set: readonly ObjectView[];
  /** Ids of objects no longer shown. */
  readonly del: readonly string[];
}

export class DeltaEncoder {
  private stack: readonly FrameView[] = []; // bottom first
  // id -> the object's view and its JSON. The machine memoizes views, so an
  // unchanged object comes back as the same view and is not re-serialized.
  private heap = new Map<string, { view: ObjectView; json: string }>();

  /** Forget the previous state: the next delta is a full state. */
  reset(): void {
    this.stack = [];
    this.heap = new Map();
  }

  encode(rec: StepRecord): { stack: StackDelta; heap: HeapDelta } {
    const bottomFirst = [...rec.stack].reverse();
    let keep = 0;
    const prev = this.stack;
    while (
      keep < prev.length &&
      keep < bottomFirst.length &&
      sameFrame(prev[keep]!, bottomFirst[keep]!)
    )
      keep++;
    const push = bottomFirst.slice(keep).reverse();
    this.stack = bottomFirst;

    const next = new Map<string, { view: ObjectView; json: string }>();
    const set: ObjectView[] = [];
    for (const o of rec.heap) {
      const old = this.heap.get(o.id);
      if (old !== undefined && old.view === o) {
        next.set(o.id, old);
        continue;
      }
      const json = JSON.stringify(o);
      next.set(o.id, { view: o, json });
      if (old?.json !== json) set.push(o);
    }
    const del: string[] = [];
    for (const id of this.heap.keys()) if (!next.has(id)) del.push(id);
    this.heap = next;
    return { stack: { keep, push }, heap: { set, del } };
  }
}

function sameFrame(a: FrameView, b: FrameView): boolean {
  return (
    a === b ||
    (a.kind === b.kind &&
      a.text === b.text &&
      JSON.stringify(a.callStack) === JSON.stringify(b.callStack))
  );
}
