// --trace-json FILE: the trace as JSON lines (schema in docs/trace-json.md),
// written as it goes through a small buffer so million-step runs stream to
// disk instead of piling up in memory.
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  writeSync,
} from "node:fs";
import { dirname, resolve } from "node:path";
import { UserError } from "../errors.js";
import type { ObjectView, ThreadView } from "../ministg/run-api.js";
import { DeltaEncoder } from "./delta.js";
import { namesIn } from "./haskell-names.js";
import type { StepStory, Touched } from "./step-story.js";
import type { StepRecord, TraceMeta } from "./record.js";
import type { TraceSink, TraceSummary } from "./sink.js";

export const TRACE_JSON_VERSION = 1;

/** Lines of the JSON trace (also the records embedded in the HTML viewer). */
export class JsonLinesEncoder {
  private readonly delta = new DeltaEncoder();
  private readonly named = new Set<string>();
  /** The suspended threads as the last line left them (JSON). */
  private lastThreads = "[]";
  private decode: ((n: string) => string) | undefined;
  private locate: ((n: string) => string | undefined) | undefined;

  header(meta: TraceMeta, extra: Record<string, unknown> = {}): string {
    this.decode = meta.decode;
    this.locate = meta.locate;
    return JSON.stringify({
      type: "header",
      format: "hs2stg-trace",
      version: TRACE_JSON_VERSION,
      program: meta.program,
      style: meta.style,
      gc: meta.gc,
      callStack: meta.callStack,
      translated: meta.decode !== undefined,
      ...extra,
    });
  }

  step(rec: StepRecord): string {
    const { stack, heap } = this.delta.encode(rec);
    const threads = this.threadsChange(rec);
    const names = this.newNames(
      rec,
      [
        ...stack.push,
        ...(threads ?? []).flatMap((t) => [...t.stack, { text: t.code }]),
      ],
      heap.set,
    );
    const spans = this.spansOf(names);
    return JSON.stringify({
      type: "step",
      step: rec.step,
      rule: rec.rule,
      code: rec.code,
      codeRefs: rec.codeRefs,
      stack,
      heap,
      ...(rec.story !== undefined ? storyFields(rec.story) : {}),
      ...(rec.output !== undefined ? { output: rec.output } : {}),
      ...(rec.callStack !== undefined ? { callStack: rec.callStack } : {}),
      ...(rec.thread !== undefined ? { thread: rec.thread } : {}),
      ...(threads !== undefined ? { threads } : {}),
      ...(names !== undefined ? { names } : {}),
      ...(spans !== undefined ? { spans } : {}),
    });
  }

  end(s: TraceSummary): string {
    return JSON.stringify({
      type: "end",
      outcome: s.outcome,
      steps: s.steps,
      traced: {
        first: s.first,
        last: s.last,
        count: s.recorded,
        bounded: s.bounded,
      },
      stats: { rules: s.rules, peakStack: s.peakStack, peakHeap: s.peakHeap },
    });
  }

  /**
   * The suspended threads when they differ from the previous line's (they
   * change only on forks, switches and ends): `[]` once none is left.
   */
  private threadsChange(rec: StepRecord): readonly ThreadView[] | undefined {
    const now = rec.threads ?? [];
    const key = JSON.stringify(now);
    if (key === this.lastThreads) return undefined;
    this.lastThreads = key;
    return now;
  }

  /** Where the sources define the globals named first in this line. */
  private spansOf(
    names: Record<string, string> | undefined,
  ): Record<string, string> | undefined {
    if (names === undefined || this.locate === undefined) return undefined;
    let out: Record<string, string> | undefined;
    for (const n of Object.keys(names)) {
      const at = this.locate(n);
      if (at !== undefined) (out ??= {})[n] = at;
    }
    return out;
  }

  /**
   * Haskell names of the encoded globals this line mentions that no earlier
   * line named: object ids, constructors, allocation sites' owners and the
   * names in the code, the new frames and the new or changed objects.
   */
  private newNames(
    rec: StepRecord,
    frames: readonly { readonly text: string }[],
    objects: readonly ObjectView[],
  ): Record<string, string> | undefined {
    if (this.decode === undefined) return undefined;
    const found = new Map<string, string>();
    const add = (n: string | undefined): void => {
      if (n === undefined || n.startsWith("$") || this.named.has(n)) return;
      const h = this.decode!(n);
      if (h !== n) found.set(n, h);
    };
    for (const o of rec.heap) {
      add(o.id);
      add(o.head);
    }
    for (const o of objects) {
      namesIn(o.text, found);
      if (o.site !== undefined) {
        const slash = o.site.indexOf("/");
        add(slash < 0 ? o.site : o.site.slice(0, slash));
        if (slash >= 0) namesIn(o.site.slice(slash), found); // `PAP of f`
      }
    }
    namesIn(rec.code, found);
    for (const f of frames) namesIn(f.text, found);
    let out: Record<string, string> | undefined;
    for (const [n, h] of found) {
      if (this.named.has(n)) continue;
      this.named.add(n);
      (out ??= {})[n] = h;
    }
    return out;
  }
}

function cannotWrite(file: string, e: unknown): UserError {
  const why = e instanceof Error ? e.message : String(e);
  return new UserError(`${file}: cannot write the trace: ${why}`);
}

export class JsonLinesSink implements TraceSink {
  readonly limit = Infinity;
  private readonly enc = new JsonLinesEncoder();
  private fd = -1;
  private buf: string[] = [];
  private bufLen = 0;

  // Checked now, opened (and truncated) only when the run begins, so a
  // program that fails to load leaves an existing file untouched.
  constructor(readonly file: string) {
    try {
      if (existsSync(file)) accessSync(file, constants.W_OK);
      else accessSync(dirname(resolve(file)), constants.W_OK);
    } catch (e) {
      throw cannotWrite(file, e);
    }
  }

  begin(meta: TraceMeta): void {
    try {
      this.fd = openSync(this.file, "w");
    } catch (e) {
      throw cannotWrite(this.file, e);
    }
    this.line(this.enc.header(meta));
  }

  step(rec: StepRecord): void {
    this.line(this.enc.step(rec));
  }

  end(summary: TraceSummary): void {
    this.line(this.enc.end(summary));
    this.flush();
    closeSync(this.fd);
  }

  private line(s: string): void {
    this.buf.push(s, "\n");
    this.bufLen += s.length + 1;
    if (this.bufLen > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.buf.length === 0) return;
    writeSync(this.fd, this.buf.join(""));
    this.buf = [];
    this.bufLen = 0;
  }
}

/**
 * A step's story as its line carries it: the lines, and the touched ids
 * (fields only when not empty; most steps touch nothing).
 */
function storyFields(story: StepStory): {
  story?: readonly string[];
  touched?: Partial<Touched>;
} {
  const t = story.touched;
  const touched: { -readonly [K in keyof Touched]?: Touched[K] } = {};
  if (t.allocated.length > 0) touched.allocated = t.allocated;
  if (t.updated.length > 0) touched.updated = t.updated;
  if (t.blackholed.length > 0) touched.blackholed = t.blackholed;
  if (t.entered !== undefined) touched.entered = t.entered;
  return {
    ...(story.lines.length > 0 ? { story: story.lines } : {}),
    ...(Object.keys(touched).length > 0 ? { touched } : {}),
  };
}
