// --trace-html FILE: the whole run in one self-contained HTML file (inline
// CSS, script and data; no network). The states are embedded as the same
// delta-encoded records as the JSON lines trace.
import { writeFileSync } from "node:fs";
import { UserError } from "../../errors.js";
import { ruleExplanations } from "../explain.js";
import { escapeHtml as esc } from "../html-escape.js";
import { libraryModules } from "../haskell-names.js";
import { JsonLinesEncoder } from "../json-lines.js";
import type { StepRecord, TraceMeta } from "../record.js";
import type { TraceSink, TraceSummary } from "../sink.js";
import { outcomeText } from "../outcome-text.js";
import { VIEWER_CSS } from "./viewer-css.js";
import { VIEWER_JS } from "./viewer-js.js";

/** States embedded when neither -m nor --trace-window bounds the trace. */
export const DEFAULT_VIEWER_LIMIT = 20000;

export class ViewerSink implements TraceSink {
  readonly name = "--trace-html";
  private readonly enc = new JsonLinesEncoder();
  private header = "";
  private readonly lines: string[] = [];
  private meta: TraceMeta | undefined;

  constructor(
    readonly file: string,
    readonly limit: number,
  ) {}

  begin(meta: TraceMeta): void {
    this.meta = meta;
    this.header = this.enc.header(meta);
  }

  step(rec: StepRecord): void {
    this.lines.push(this.enc.step(rec));
  }

  end(summary: TraceSummary): void {
    const explain = ruleExplanations();
    // Records are JSON already: splice them in rather than parse and re-encode.
    const json = `{"header":${this.header},"steps":[${this.lines.join(",\n")}],"end":${this.enc.end(summary)},"explain":${JSON.stringify(explain)},"outcomeText":${JSON.stringify(outcomeText(summary.outcome, this.meta!.decode !== undefined))},"libraryModules":${JSON.stringify(this.meta!.decode !== undefined ? libraryModules() : [])}}`;
    try {
      writeFileSync(this.file, viewerHtml(this.meta!.program, json));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new UserError(`${this.file}: cannot write the trace: ${why}`);
    }
  }
}

/** `<` escaped so no record can close the script element. */
function scriptSafe(json: string): string {
  return json.replace(/</g, "\\u003c");
}

export function viewerHtml(program: string, json: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>hs2stg trace: ${esc(program)}</title>
<style>${VIEWER_CSS}</style></head>
<body>
<header>
<h1 id="title"></h1>
<button id="first" title="first step">first</button>
<button id="prev" title="previous step (left arrow)">&larr; prev</button>
<span id="step-label"></span>
<button id="next" title="next step (right arrow)">next &rarr;</button>
<button id="last" title="last step">last</button>
<label>step <input id="jump" type="number" min="0"></label><button id="jump-go">go</button>
<input id="search" type="search" placeholder="search a closure (any case)">
<span id="search-count"></span>
<label title="how far from the code and the stack the heap graph goes">focus <select id="focus"><option value="1">1 hop</option><option value="2">2 hops</option><option value="3" selected>3 hops</option><option value="5">5 hops</option><option value="all">whole heap</option></select></label>
<button id="collapse" hidden>collapse library groups</button>
</header>
<main>
<div>
<section><h2>Rule: <span id="rule"></span></h2><div id="rule-explain"></div><ul id="story"></ul><div id="outcome" class="muted"></div></section>
<section id="output-section" hidden><h2>Program output so far</h2><pre id="output"></pre></section>
<section><h2>Code</h2><pre id="code"></pre><pre id="code-names" class="muted"></pre></section>
<section><h2>Stack <span id="stack-count" class="muted"></span></h2><div id="stack"></div></section>
<section id="threads-section" hidden><h2>Threads <span id="thread-running" class="muted"></span></h2><div id="threads"></div></section>
<section id="callstack-section" hidden><h2>Call stack</h2><pre id="callstack"></pre></section>
<section><h2>Search</h2><ul id="search-results"></ul></section>
</div>
<div>
<section><h2>Heap <span id="heap-count" class="muted"></span></h2>
<div class="legend"><span class="kind-FUN" style="background:#cfe0fa">FUN</span><span style="background:#e3d3f5">PAP</span><span style="background:#cdeccf">CON</span><span style="background:#f8d0cb">THUNK</span><span style="background:#555;color:#fff">BLACKHOLE</span><span style="background:#fbd9a8">ERROR</span><span class="muted">dashed: used by the code or the stack</span><span class="m-alloc">allocated</span><span class="m-updated">updated</span><span class="m-blackholed">blackholed</span><span class="m-entered">entered</span><span class="muted">this step; &#9656; a base-library module's closures (click to expand); keys: &larr; &rarr; Home End</span></div>
<div id="graph-wrap"><svg id="graph" xmlns="http://www.w3.org/2000/svg"></svg></div>
<div id="detail"></div>
</section>
</div>
</main>
<script id="trace-data" type="application/json">${scriptSafe(json)}</script>
<script>${VIEWER_JS}</script>
</body></html>
`;
}
