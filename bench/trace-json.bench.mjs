// Tracing a million-step run to JSON lines (--trace-json): nfib 22 in
// push/enter, stopped at 1,000,000 steps (-m), through the real CLI so the
// streamed writer, the delta encoding and the progress lines are all in
// the measurement. The trace goes to a temporary file, deleted afterwards;
// its size is reported. Only with --full or when named (`npm run bench --
// trace`): it takes tens of seconds.
import { spawnSync } from "node:child_process";
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const STEPS = 1_000_000;

export default async function traceJsonBench({ root, args, log }) {
  const named = args.some(
    (a) => !a.startsWith("--") && "trace-json".includes(a),
  );
  if (!args.includes("--full") && !named) {
    log("trace-json: skipped (run with --full or `npm run bench -- trace`)");
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), "hs2stg-trace-bench-"));
  try {
    const prog = join(dir, "nfib.stg");
    writeFileSync(
      prog,
      // A later binding of `size` overrides the file's.
      `${readFileSync(join(root, "bench/programs/nfib.stg"), "utf8")}\nsize = CON(I 22);\n`,
    );
    const out = join(dir, "trace.jsonl");
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        join(root, "dist/cli-main.js"),
        "run",
        prog,
        "--trace-json",
        out,
        "-m",
        String(STEPS),
      ],
      { encoding: "utf8" },
    );
    const wallMs = performance.now() - t0;
    const progress = (r.stderr.match(/trace: [\d,]+ steps/g) ?? []).length;
    const bytes = statSync(out).size;
    const ok = r.status === 2 && r.stderr.includes("the step limit");
    return [
      {
        bench: "trace-json nfib 22",
        variant: "PE",
        steps: STEPS,
        wallMs,
        note: `${ok ? "" : "FAILED "}${(bytes / 1e6).toFixed(0)} MB JSON, ${progress} progress lines`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
