// What a step did, in words: the closures it touched, found by comparing
// the state it produced with the one before (allocated `$12 = THUNK(...)`,
// entered `Main.go`, updated `$7` with `I# 6`, pushed an update frame for
// `$7`). The viewer marks the same objects in its heap graph.
import type { FrameView, ObjectView, RuleName } from "../ministg/run-api.js";

/** The objects a step touched, by id. */
export interface Touched {
  readonly allocated: readonly string[];
  readonly updated: readonly string[];
  readonly blackholed: readonly string[];
  /** The closure whose code the step entered. */
  readonly entered?: string;
}

export interface StepStory {
  readonly touched: Touched;
  /** One line per thing the step did. */
  readonly lines: readonly string[];
}

/** The parts of a state a story compares. */
export interface StoryState {
  readonly rule: RuleName | null;
  readonly code: string;
  /** Top of stack first. */
  readonly stack: readonly FrameView[];
  readonly heap: readonly ObjectView[];
}

/** Rules that enter the code of the closure the previous state named first. */
const ENTERING: ReadonlySet<RuleName> = new Set<RuleName>([
  "KNOWNCALL",
  "EXACT",
  "CALLK",
  "FENTER",
  "PENTER",
  "THUNK",
  "TCALL",
  "RETFUN",
  "PCALL",
]);

/** Longest object text a story line quotes. */
const QUOTE = 60;

/**
 * The story of the step from `prev` to `cur`. `newSince` is the number of
 * the first object this step may have allocated (every `$N` with N at least
 * it is new); `name` shows an id or text with Haskell names.
 */
export function stepStory(
  prev: StoryState | undefined,
  cur: StoryState,
  newSince: number,
  name: (text: string) => string,
): StepStory {
  const lines: string[] = [];
  const allocated: string[] = [];
  const updated: string[] = [];
  const blackholed: string[] = [];
  let entered: string | undefined;
  const before = new Map<string, ObjectView>();
  for (const o of prev?.heap ?? []) before.set(o.id, o);
  if (prev !== undefined && cur.rule !== null && ENTERING.has(cur.rule)) {
    const head = /^[^\s(]+/
      .exec(prev.code.trim())?.[0]
      ?.replace(/_(\?|\d+)$/, "");
    if (head !== undefined && head !== "") entered = head;
  }
  if (entered !== undefined) lines.push(`entered ${name(entered)}`);
  for (const o of cur.heap) {
    const n = objectNumber(o.id);
    const old = before.get(o.id);
    if (n !== undefined && n >= newSince && old === undefined) {
      allocated.push(o.id);
      lines.push(`allocated ${o.id} = ${quote(name(o.text))}`);
    } else if (old !== undefined && old.kind !== o.kind) {
      if (o.kind === "BLACKHOLE") {
        blackholed.push(o.id);
        lines.push(`${name(o.id)} is now a BLACKHOLE (under evaluation)`);
      } else if (old.kind === "BLACKHOLE" || old.kind === "THUNK") {
        updated.push(o.id);
        lines.push(`updated ${name(o.id)} with ${quote(name(o.text))}`);
      }
    }
  }
  // UPDATE overwrites the thunk of the update frame it pops, which the
  // heap may no longer show (nothing else needs it): say so from the frame.
  const frame = prev?.stack[0];
  if (cur.rule === "UPDATE" && frame?.kind === "update") {
    const id = frame.refs[0];
    if (id !== undefined && !updated.includes(id)) {
      updated.push(id);
      const v = cur.code.trim();
      const o = cur.heap.find((x) => x.id === v);
      lines.push(
        `updated ${name(id)} with ${o !== undefined ? `${v} = ${quote(name(o.text))}` : name(v)}`,
      );
    }
  }
  if (prev !== undefined)
    lines.push(...stackLines(prev.stack, cur.stack, name));
  return {
    touched: {
      allocated,
      updated,
      blackholed,
      ...(entered !== undefined ? { entered } : {}),
    },
    lines,
  };
}

function objectNumber(id: string): number | undefined {
  return /^\$\d+$/.test(id) ? Number(id.slice(1)) : undefined;
}

function quote(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > QUOTE ? t.slice(0, QUOTE - 1) + "\u2026" : t;
}

/**
 * Frames popped and pushed. A step changes only the top of the stack, so
 * the shared bottom part ends at the highest position (counted from the
 * bottom) where both stacks hold the same frame; searched from the top, so
 * a deep stack costs nothing.
 */
function stackLines(
  prev: readonly FrameView[],
  cur: readonly FrameView[],
  name: (text: string) => string,
): string[] {
  const dp = prev.length;
  const dc = cur.length;
  let keep = Math.min(dp, dc);
  while (keep > 0 && !sameFrame(prev[dp - keep]!, cur[dc - keep]!)) keep--;
  const out: string[] = [];
  for (let i = 0; i < dp - keep; i++)
    out.push(`popped ${frameText(prev[i]!, name)}`);
  for (let i = dc - keep - 1; i >= 0; i--)
    out.push(`pushed ${frameText(cur[i]!, name)}`);
  return out;
}

function sameFrame(a: FrameView, b: FrameView): boolean {
  return a === b || (a.kind === b.kind && a.text === b.text);
}

function frameText(f: FrameView, name: (text: string) => string): string {
  switch (f.kind) {
    case "update":
      return `an update frame for ${name(f.refs[0] ?? "?")}`;
    case "case":
      return "a case continuation";
    case "arg":
      return `a pending argument ${name(f.text.replace(/^arg /, ""))}`;
    case "apply":
      return `an apply frame ${quote(name(f.text))}`;
    case "catch":
      return "an exception handler (catch#)";
    default: {
      const never: never = f.kind;
      return String(never);
    }
  }
}
