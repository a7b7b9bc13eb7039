// "What keeps these alive": for the objects of one group in a census, the
// nearest retainer outside the group on the path the census walk reached
// each object by (an object of another site, a stack frame, a top-level
// binding), with one example path from a root. GHC's -hr computes sets of
// retainers over all paths; this follows one path per object, which is
// cheap and names the closure or frame holding the group.
import type { Obj } from "../ministg/machine/values.js";
import type { Attribution } from "./attribution.js";
import { objectLabel, rootLabel, type Census, type Decode } from "./census.js";
import { objectWords } from "./attribution.js";

export interface RetainerRow {
  readonly label: string;
  readonly objects: number;
  readonly words: number;
  /** From a root down to the retainer, at most PATH_MAX entries. */
  readonly path: readonly string[];
}

export interface RetainerReport {
  readonly step: number;
  /** The group's allocation site as shown. */
  readonly group: string;
  readonly objects: number;
  readonly words: number;
  readonly rows: readonly RetainerRow[];
}

const PATH_MAX = 8;
const ROWS_MAX = 12;

export function retainersOf(
  c: Census,
  site: number,
  groupName: string,
  attr: Attribution,
  decode: Decode,
): RetainerReport {
  const parent = c.parent!;
  // Retainer of each object: an object outside the group or a root number.
  const memo = new Map<Obj, Obj | number>();
  const retainer = (o: Obj): Obj | number => {
    const path: Obj[] = [];
    let cur: Obj = o;
    let res: Obj | number;
    for (;;) {
      const known = memo.get(cur);
      if (known !== undefined) {
        res = known;
        break;
      }
      const p = parent.get(cur)!;
      if (
        typeof p === "number" ||
        attr.classes[attr.classOf(p)]!.site !== site
      ) {
        res = p;
        break;
      }
      path.push(cur);
      cur = p;
    }
    for (const q of path) memo.set(q, res);
    memo.set(cur, res);
    return res;
  };
  const rows = new Map<
    string,
    { objects: number; words: number; example: Obj | number }
  >();
  const labels = new Map<Obj | number, string>();
  let objects = 0;
  let words = 0;
  for (const o of parent.keys()) {
    if (attr.classes[attr.classOf(o)]!.site !== site) continue;
    const r = retainer(o);
    let label = labels.get(r);
    if (label === undefined)
      labels.set(
        r,
        (label =
          typeof r === "number"
            ? rootLabel(c, r, decode)
            : objectLabel(r, attr, decode)),
      );
    let row = rows.get(label);
    if (row === undefined)
      rows.set(label, (row = { objects: 0, words: 0, example: r }));
    const w = objectWords(o);
    row.objects++;
    row.words += w;
    objects++;
    words += w;
  }
  const sorted = [...rows]
    .sort((a, b) => b[1].words - a[1].words || a[0].localeCompare(b[0]))
    .slice(0, ROWS_MAX);
  return {
    step: c.step,
    group: groupName,
    objects,
    words,
    rows: sorted.map(([label, r]) => ({
      label,
      objects: r.objects,
      words: r.words,
      path: pathToRoot(c, r.example, attr, decode),
    })),
  };
}

/** The chain root -> ... -> `from`, shortened in the middle when long. */
function pathToRoot(
  c: Census,
  from: Obj | number,
  attr: Attribution,
  decode: Decode,
): string[] {
  const up: string[] = [];
  let cur: Obj | number = from;
  while (typeof cur !== "number") {
    up.push(objectLabel(cur, attr, decode));
    cur = c.parent!.get(cur)!;
  }
  up.push(rootLabel(c, cur, decode));
  up.reverse();
  if (up.length <= PATH_MAX) return up;
  const head = up.slice(0, 2);
  const tail = up.slice(up.length - (PATH_MAX - 3));
  return [
    ...head,
    `... ${up.length - head.length - tail.length} more ...`,
    ...tail,
  ];
}
