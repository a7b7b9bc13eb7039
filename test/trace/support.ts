// Helpers for the trace tests: the built CLI, temporary files, and an
// independent reader of the JSON lines trace (replays the deltas).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIXTURES = join(import.meta.dirname, "fixtures");
export const FAC = join(FIXTURES, "fac.stg");
export const COUNT = join(FIXTURES, "count.stg");

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "hs2stg-trace-"));
}

const BIN = join(import.meta.dirname, "..", "..", "bin", "hs2stg");

/** The built CLI (npm test builds first); `cwd` lets files be named relatively. */
export function hs2stg(args: string[], cwd?: string) {
  const r = spawnSync(BIN, args, {
    encoding: "utf8",
    ...(cwd !== undefined ? { cwd } : {}),
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

export interface Frame {
  kind: string;
  text: string;
  refs: string[];
}
export interface Obj {
  id: string;
  kind: string;
  text: string;
  head?: string;
  refs: string[];
}
export interface State {
  step: number;
  rule: string | null;
  code: string;
  /** Top first. */
  stack: Frame[];
  heap: Map<string, Obj>;
  callStack?: string[];
  /** Once the program has forked: the running thread and the others. */
  thread?: number;
  threads?: ThreadLine[];
}
export interface ThreadLine {
  id: number;
  status: string;
  code: string;
  /** Top first. */
  stack: Frame[];
}
interface StepLine {
  type: "step";
  step: number;
  rule: string | null;
  code: string;
  stack: { keep: number; push: Frame[] };
  heap: { set: Obj[]; del: string[] };
  callStack?: string[];
  thread?: number;
  threads?: ThreadLine[];
  names?: Record<string, string>;
}

export interface EndLine {
  type: "end";
  outcome: { kind: string; text?: string };
  steps: number;
  traced: {
    first: number;
    last: number;
    count: number;
    bounded: string | null;
  };
  stats: { rules: Record<string, number>; peakStack: number; peakHeap: number };
}

/** Parses a JSON lines trace and rebuilds every state from the deltas. */
export function readTrace(file: string) {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as { type: string } & Record<string, unknown>);
  const header = lines[0]!;
  const end = lines[lines.length - 1]! as unknown as EndLine;
  const states: State[] = [];
  const names: Record<string, string> = {};
  let stack: Frame[] = []; // bottom first
  const heap = new Map<string, Obj>();
  let threads: ThreadLine[] = []; // a line without `threads` keeps them
  for (const l of lines.slice(1, -1)) {
    const s = l as unknown as StepLine;
    stack = stack.slice(0, s.stack.keep);
    stack.push(...[...s.stack.push].reverse());
    for (const id of s.heap.del) heap.delete(id);
    for (const o of s.heap.set) heap.set(o.id, o);
    Object.assign(names, s.names ?? {});
    if (s.threads !== undefined) threads = s.threads;
    states.push({
      step: s.step,
      rule: s.rule,
      code: s.code,
      stack: [...stack].reverse(),
      heap: new Map(heap),
      ...(s.callStack !== undefined ? { callStack: s.callStack } : {}),
      ...(s.thread !== undefined ? { thread: s.thread, threads } : {}),
    });
  }
  return { header, end, states, names, lines };
}
