// One machine state as the terminal stepper prints it: the step and rule
// with its explanation, the code, the stack (top first) and the heap objects
// the step touched (allocated, changed, no longer reachable), compared with
// the state before.
import { explainRule } from "../trace/explain.js";
import type { ObjectView } from "../ministg/run-api.js";
import type { StepRecord } from "../trace/record.js";
import type { Style } from "./style.js";

export interface FormatOptions {
  readonly style: Style;
  /** Shows names as Haskell names (translated programs), or leaves them. */
  readonly names: (text: string) => string;
  /** Stack frames shown (the rest are counted). */
  readonly maxFrames: number;
}

/** Objects listed for the first state shown (later ones list what changed). */
const INITIAL_OBJECTS = 20;

/** The heap of a state by object id, for the next state's comparison. */
export type HeapIndex = ReadonlyMap<string, string>;

export function heapIndex(rec: StepRecord): HeapIndex {
  return new Map(rec.heap.map((o) => [o.id, o.text]));
}

function indent(text: string, by: string): string {
  return text
    .split("\n")
    .map((l) => by + l)
    .join("\n");
}

/** `$12 = THUNK(..)  <- Main.go/sat2`: an object with its allocation site. */
function objectLine(obj: ObjectView, o: FormatOptions): string {
  const line = `${o.names(obj.id)} = ${o.names(obj.text.replace(/\s*\n\s*/g, " "))}`;
  return obj.site === undefined
    ? line
    : `${line}  ${o.style.dim(`<- ${o.names(obj.site)}`)}`;
}

/**
 * Which thread runs and one line per suspended thread; their code and
 * stacks too where they change hands (a SWITCH, or the first state shown).
 */
function threadLines(
  rec: StepRecord,
  first: boolean,
  o: FormatOptions,
): string[] {
  const s = o.style;
  const threads = rec.threads ?? [];
  const out = [
    `${s.head("threads")} thread ${rec.thread} runs${threads.length > 0 ? `; ${threads.length} suspended` : ""}`,
  ];
  const full = first || rec.rule === "SWITCH";
  for (const t of threads) {
    const n = t.stack.length;
    out.push(`  thread ${t.id}: ${t.status} (${n} frame${n === 1 ? "" : "s"})`);
    if (!full) continue;
    if (t.code !== "")
      out.push(indent(o.names(t.code.replace(/\s*\n\s*/g, " ")), "    "));
    for (const f of t.stack.slice(0, o.maxFrames))
      out.push(indent(o.names(f.text.replace(/\s*\n\s*/g, " ")), "    "));
    if (n > o.maxFrames) out.push(s.dim(`    ... ${n - o.maxFrames} more`));
  }
  return out;
}

export function formatState(
  rec: StepRecord,
  prev: HeapIndex | null,
  o: FormatOptions,
): string {
  const s = o.style;
  const out: string[] = [];
  const rule = rec.rule ?? "START";
  out.push(
    `${s.step(`step ${rec.step}`)}  ${s.rule(rule)}  ${s.dim(explainRule(rec.rule))}`,
  );
  out.push(s.head("code"));
  out.push(indent(o.names(rec.code), "  "));
  const n = rec.stack.length;
  out.push(s.head(`stack (${n} frame${n === 1 ? "" : "s"})`));
  rec.stack.slice(0, o.maxFrames).forEach((f) => {
    out.push(indent(o.names(f.text.replace(/\s*\n\s*/g, " ")), "  "));
  });
  if (n > o.maxFrames) out.push(s.dim(`  ... ${n - o.maxFrames} more`));
  if (rec.thread !== undefined) out.push(...threadLines(rec, prev === null, o));
  if (rec.callStack !== undefined && rec.callStack.length > 0)
    out.push(`${s.head("call stack")} ${rec.callStack.join(" < ")}`);
  const touched: string[] = [];
  if (prev !== null) {
    const now = new Set<string>();
    for (const obj of rec.heap) {
      now.add(obj.id);
      const before = prev.get(obj.id);
      if (before === obj.text) continue;
      const line = objectLine(obj, o);
      touched.push(
        before === undefined ? s.alloc(`  + ${line}`) : s.update(`  ~ ${line}`),
      );
    }
    for (const id of prev.keys())
      if (!now.has(id))
        touched.push(s.gone(`  - ${o.names(id)} (no longer reachable)`));
  }
  out.push(
    s.head(
      prev === null
        ? `heap (${rec.heap.length} objects)`
        : `heap touched (${touched.length} of ${rec.heap.length} objects)`,
    ),
  );
  if (prev === null) {
    for (const obj of rec.heap.slice(0, INITIAL_OBJECTS))
      out.push(`  ${objectLine(obj, o)}`);
    if (rec.heap.length > INITIAL_OBJECTS)
      out.push(s.dim(`  ... ${rec.heap.length - INITIAL_OBJECTS} more`));
  } else out.push(...touched);
  return out.join("\n") + "\n";
}
