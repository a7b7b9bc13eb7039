// -t: ministg-style trace, one HTML page per state (step0.html = the initial
// state), each linked to the previous and next, plus index.html listing them.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FrameView, ObjectView } from "../ministg/run-api.js";
import { explainRule } from "./explain.js";
import { escapeHtml as esc } from "./html-escape.js";
import { haskellPieces, siteName } from "./haskell-names.js";
import { outcomeText } from "./outcome-text.js";
import type { StepRecord, TraceMeta } from "./record.js";
import type { TraceSink, TraceSummary } from "./sink.js";
import { checkTraceDir, prepareTraceDir } from "./trace-dir.js";

/** Pages written when neither -m nor --trace-window bounds the trace. */
export const DEFAULT_PAGE_LIMIT = 5000;

const CSS = `body{font-family:sans-serif;margin:1em 2em;color:#222}
pre{background:#f6f6f6;padding:.5em;overflow-x:auto;margin:.2em 0}
nav a,nav span{margin-right:1em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}
.rule{font-weight:bold;color:#a0522d}.kind{font-weight:bold}
.FUN{color:#1f5fbf}.PAP{color:#7b3fbf}.CON{color:#2e8b57}.THUNK{color:#c0392b}.BLACKHOLE{color:#000}.ERROR{color:#e67e22}
`;

export class StepPagesSink implements TraceSink {
  readonly name = "-t";
  private meta: TraceMeta | undefined;
  private pages: number[] = [];
  private pending: StepRecord | undefined;
  private prevStep: number | undefined;

  constructor(
    readonly dir: string,
    readonly limit: number,
    private readonly force: boolean,
  ) {
    checkTraceDir(dir, force);
  }

  begin(meta: TraceMeta): void {
    prepareTraceDir(this.dir, this.force);
    this.meta = meta;
    writeFileSync(join(this.dir, "trace.css"), CSS);
  }

  // A page links to the next one, so each is written when its successor arrives.
  step(rec: StepRecord): void {
    if (this.pending !== undefined) this.write(this.pending, rec.step);
    this.pending = rec;
  }

  end(summary: TraceSummary): void {
    if (this.pending !== undefined) this.write(this.pending, undefined);
    this.pending = undefined;
    const meta = this.meta!;
    const items = this.pages
      .map((n) => `<li><a href="step${n}.html">step ${n}</a></li>`)
      .join("\n");
    const bounded =
      summary.bounded === null
        ? ""
        : `<p>The run took ${summary.steps} steps; this trace holds steps ${summary.first} to ${summary.last}.</p>`;
    writeFileSync(
      join(this.dir, "index.html"),
      page(
        `Trace of ${meta.program}`,
        `<h1>Trace of ${esc(meta.program)}</h1>
<p>Style ${meta.style === "PE" ? "push/enter" : "eval/apply"}, ${meta.gc ? "garbage-collected heap" : "whole heap (--nogc)"}. Outcome: ${esc(outcomeText(summary.outcome, meta.decode !== undefined))}.</p>
${bounded}<ol start="0">${items}</ol>`,
      ),
    );
  }

  private write(rec: StepRecord, next: number | undefined): void {
    const meta = this.meta!;
    const prev = this.prevStep;
    this.prevStep = rec.step;
    this.pages.push(rec.step);
    const nav = `<nav>${
      prev !== undefined
        ? `<a id="prev" href="step${prev}.html">&larr; previous (step ${prev})</a>`
        : `<span>&larr; previous</span>`
    }<a href="index.html">index</a>${
      next !== undefined
        ? `<a id="next" href="step${next}.html">next (step ${next}) &rarr;</a>`
        : `<span>next &rarr;</span>`
    }</nav>`;
    const rule =
      rec.rule === null
        ? `<p>Initial state.</p>`
        : `<p>Rule <span class="rule">${rec.rule}</span>: ${esc(explainRule(rec.rule))}</p>`;
    const cs =
      rec.callStack !== undefined
        ? `<h2>Call stack</h2>${
            rec.callStack.length === 0
              ? "<p>(empty)</p>"
              : `<pre>${rec.callStack.map(esc).join("\n")}</pre>`
          }`
        : "";
    const hs = meta.decode !== undefined ? namedHtml : esc;
    const story =
      rec.story !== undefined && rec.story.lines.length > 0
        ? `<ul id="story">${rec.story.lines.map((l) => `<li>${hs(l)}</li>`).join("")}</ul>`
        : "";
    const output = (rec.output ?? [])
      .map(
        (o) =>
          `<p class="output">wrote to ${o.stream}: <code>${esc(JSON.stringify(o.text))}</code></p>`,
      )
      .join("");
    const body = `${nav}
<h1>Step ${rec.step}</h1>
${rule}${story}${output}
<h2>Code</h2>
<pre id="code">${hs(rec.code)}</pre>
<h2>Stack (${rec.stack.length} frame${rec.stack.length === 1 ? "" : "s"})</h2>
${stackHtml(rec.stack, hs)}
<h2>Heap (${rec.heap.length} object${rec.heap.length === 1 ? "" : "s"}${meta.gc ? "" : ", not garbage-collected"})</h2>
${heapHtml(rec.heap, meta.decode)}
${cs}
${nav}`;
    writeFileSync(
      join(this.dir, `step${rec.step}.html`),
      page(`${meta.program}: step ${rec.step}`, body),
    );
  }
}

/** Text with Haskell names, each showing its encoded name on hover. */
function namedHtml(text: string): string {
  return haskellPieces(text)
    .map((p) =>
      p.encoded === undefined
        ? esc(p.text)
        : `<span title="${esc(p.encoded)}">${esc(p.text)}</span>`,
    )
    .join("");
}

function stackHtml(
  stack: readonly FrameView[],
  hs: (text: string) => string,
): string {
  if (stack.length === 0) return "<p>(empty)</p>";
  return `<ol id="stack">${stack
    .map((f) => `<li><pre>${hs(f.text)}</pre></li>`)
    .join("\n")}</ol>`;
}

function heapHtml(
  heap: readonly ObjectView[],
  decode: ((n: string) => string) | undefined,
): string {
  if (heap.length === 0) return "<p>(empty)</p>";
  const rows = heap.map((o) => {
    const h = decode !== undefined && !o.id.startsWith("$") ? decode(o.id) : "";
    const name = h !== "" && h !== o.id ? ` <small>(${esc(h)})</small>` : "";
    const site =
      o.site !== undefined
        ? ` <small class="site">allocated by ${esc(decode !== undefined ? siteName(o.site) : o.site)}</small>`
        : "";
    const text = decode !== undefined ? namedHtml(o.text) : esc(o.text);
    return `<tr><td>${esc(o.id)}${name}${site}</td><td class="kind ${o.kind}">${o.kind}</td><td><pre>${text}</pre></td></tr>`;
  });
  return `<table id="heap"><tr><th>name</th><th>kind</th><th>object</th></tr>\n${rows.join("\n")}</table>`;
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title><link rel="stylesheet" href="trace.css"></head>
<body>
${body}
</body></html>
`;
}
