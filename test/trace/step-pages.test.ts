// -t: one HTML page per state in the trace directory, linked in order; the
// directory is never mixed with a user's files unless --force.
import { describe, expect, it } from "vitest";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { FAC, hs2stg, tempDir } from "./support.js";

const pages = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /^step\d+\.html$/.test(f))
    .map((f) => Number(/\d+/.exec(f)![0]))
    .sort((a, b) => a - b);

describe("-t --tracedir DIR", () => {
  it("writes step0.html .. stepN.html, each linked to its neighbours", () => {
    const dir = join(tempDir(), "new", "trace"); // created, parents too
    const r = hs2stg(["run", FAC, "-t", "--tracedir", dir, "--stats"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("(I 6)\n");
    const steps = Number(/\[stats\] steps: (\d+)/.exec(r.stderr)![1]);
    expect(pages(dir)).toEqual(Array.from({ length: steps + 1 }, (_, i) => i));
    const p0 = readFileSync(join(dir, "step0.html"), "utf8");
    expect(p0).not.toContain('id="prev"');
    expect(p0).toContain('<a id="next" href="step1.html">');
    expect(p0).toContain("Initial state");
    const p1 = readFileSync(join(dir, "step1.html"), "utf8");
    expect(p1).toContain('<a id="prev" href="step0.html">');
    expect(p1).toContain('<span class="rule">THUNK</span>');
    expect(p1).toContain("<pre>upd * main</pre>"); // the update frame
    expect(p1).toMatch(/<td>main<\/td><td class="kind BLACKHOLE">/);
    const last = readFileSync(join(dir, `step${steps}.html`), "utf8");
    expect(last).not.toContain('id="next"');
    expect(readFileSync(join(dir, "index.html"), "utf8")).toContain(
      "value (I 6)",
    );
  });

  it("-m N bounds the pages; -c adds the call stack", () => {
    const dir = join(tempDir(), "t");
    const r = hs2stg([
      "run",
      FAC,
      "-t",
      "--tracedir",
      dir,
      "-m",
      "5",
      "-a",
      "-c",
    ]);
    expect(r.code).toBe(2); // the step limit
    expect(pages(dir)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(readFileSync(join(dir, "step3.html"), "utf8")).toContain(
      "<h2>Call stack</h2>",
    );
  });

  it("refuses a directory holding other files unless --force", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.txt"), "mine");
    const r = hs2stg(["run", FAC, "-t", "--tracedir", dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("notes.txt");
    expect(r.stderr).toContain("--force");
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no JavaScript stack trace
    expect(pages(dir)).toEqual([]);
    const f = hs2stg(["run", FAC, "-t", "--tracedir", dir, "--force"]);
    expect(f.code).toBe(0);
    expect(pages(dir).length).toBeGreaterThan(10);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine");
  });

  it("replaces an earlier trace in the same directory (no stale pages)", () => {
    const dir = join(tempDir(), "t");
    expect(hs2stg(["run", FAC, "-t", "--tracedir", dir]).code).toBe(0);
    expect(existsSync(join(dir, "step20.html"))).toBe(true);
    hs2stg(["run", FAC, "-t", "--tracedir", dir, "-m", "3"]);
    expect(pages(dir)).toEqual([0, 1, 2, 3]);
  });

  it("refuses a trace directory that is a file", () => {
    const d = tempDir();
    const f = join(d, "file");
    writeFileSync(f, "x");
    mkdirSync(join(d, "sub"));
    const r = hs2stg(["run", FAC, "-t", "--tracedir", f]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("not a directory");
  });
});

describe("a program that fails to load", () => {
  it("leaves an earlier trace directory and JSON file untouched", () => {
    const d = tempDir();
    const bad = join(d, "bad.stg");
    writeFileSync(bad, "main = THUNK(plus# 1\n");
    const dir = join(d, "t");
    expect(hs2stg(["run", FAC, "-t", "--tracedir", dir]).code).toBe(0);
    const before = pages(dir);
    const json = join(d, "trace.jsonl");
    writeFileSync(json, "an earlier trace\n");
    const r = hs2stg([
      "run",
      bad,
      "-t",
      "--tracedir",
      dir,
      "--trace-json",
      json,
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("bad.stg:2:1");
    expect(pages(dir)).toEqual(before);
    expect(readFileSync(json, "utf8")).toBe("an earlier trace\n");
  });

  it("still refuses an unwritable --trace-json before running", () => {
    const r = hs2stg([
      "run",
      FAC,
      "--trace-json",
      join(tempDir(), "no", "such", "dir", "t.jsonl"),
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("cannot write the trace");
    expect(r.stdout).toBe("");
  });
});
