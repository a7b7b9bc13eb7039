#!/usr/bin/env node
// Runs vitest, then prints one plain closing line "Tests: N passed, N failed, N skipped"
// (and which tests were skipped, with vitest's reason), exiting with vitest's code.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "hs2stg-vitest-"));
const out = join(dir, "results.json");
const res = spawnSync(
  "npx",
  [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
let code = res.status ?? 1;
try {
  const json = JSON.parse(readFileSync(out, "utf8"));
  const skipped = [];
  for (const file of json.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (
        t.status === "skipped" ||
        t.status === "pending" ||
        t.status === "todo"
      )
        skipped.push(t.fullName);
    }
  }
  if (skipped.length > 0) {
    console.log(`\nSkipped tests (${skipped.length}):`);
    for (const s of skipped.slice(0, 50)) console.log(`  - ${s}`);
    if (skipped.length > 50) console.log(`  … and ${skipped.length - 50} more`);
  }
  const passed = json.numPassedTests ?? 0;
  const failed = json.numFailedTests ?? 0;
  const pending = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  console.log(
    `\nTests: ${passed} passed, ${failed} failed, ${pending} skipped`,
  );
  if (failed > 0 && code === 0) code = 1;
} catch (err) {
  console.log(
    `\n(could not read vitest's JSON results: ${err instanceof Error ? err.message : err})`,
  );
  if (code === 0) code = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
