// load-bundle.cjs (src/load-bundle.ts, as bin/hs2stg requires it from
// dist/bundle/): a CommonJS bundle run through
// V8's code cache kept in the user's cache directory. A small bundle of two
// chunks stands for dist/bundle/; each run is a fresh Node process, as
// bin/hs2stg is. The cache is written once, then used as it is (V8 accepts
// it: the entry is not rewritten); a garbled entry, or whole data V8
// rejects, is ignored and written again; a changed bundle is another key;
// HS2STG_NO_CACHE=1 writes nothing. Needs the build (npm test builds).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialize } from "node:v8";

const LOADER = join(import.meta.dirname, "../../dist/bundle/load-bundle.cjs");

describe("the bundle's code cache", () => {
  let dir = "";
  let bundle = "";
  let runner = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "hs2stg-code-cache-"));
    bundle = join(dir, "bundle");
    mkdirSync(bundle);
    writeFileSync(
      join(bundle, "cli-start.cjs"),
      [
        'const { twice } = require("./lib-0123abcd.cjs");',
        'const { basename } = require("node:path");',
        "exports.start = async (argv) => {",
        "  process.stdout.write(",
        '    `${twice(21)} ${basename(__filename)} ${argv.slice(2).join(",")}\\n`,',
        "  );",
        "  return 3;",
        "};",
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(bundle, "lib-0123abcd.cjs"),
      "exports.twice = (n) => n * 2;\n",
    );
    runner = join(dir, "runner.cjs");
    writeFileSync(
      runner,
      `require(${JSON.stringify(LOADER)})\n` +
        `  .runBundle(${JSON.stringify(bundle)}, process.argv)\n` +
        "  .then((code) => { process.exitCode = code; });\n",
    );
  });
  afterAll(() => {
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  const run = (cache: string, env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [runner, "x", "y"], {
      encoding: "utf8",
      env: { ...process.env, HS2STG_CACHE_DIR: cache, ...env },
    });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  };
  const expected = { stdout: "42 cli-start.cjs x,y\n", stderr: "", status: 3 };
  const entries = (cache: string): string[] => {
    const d = join(cache, "code-cache");
    return existsSync(d) ? readdirSync(d).map((f) => join(d, f)) : [];
  };

  it("is written by a first run and used as it is by the next", () => {
    const cache = join(dir, "c1");
    expect(run(cache)).toEqual(expected);
    const [entry, ...more] = entries(cache);
    expect(more).toEqual([]);
    const written = statSync(entry!).mtimeMs;
    expect(run(cache)).toEqual(expected);
    // Accepted by V8: nothing to write again.
    expect(statSync(entry!).mtimeMs).toBe(written);
  });

  it("ignores a garbled entry and data V8 rejects, and writes them again", () => {
    const cache = join(dir, "c2");
    expect(run(cache)).toEqual(expected);
    const [entry] = entries(cache);
    writeFileSync(entry!, "garbage");
    expect(run(cache)).toEqual(expected);
    // The digest holds, the data is not V8's: V8 rejects it.
    const payload = serialize({
      format: "hs2stg-code-cache-1",
      chunks: new Map([
        ["cli-start.cjs", Buffer.from("not code")],
        ["lib-0123abcd.cjs", new Uint8Array(64)],
      ]),
    });
    const digest = createHash("sha256").update(payload).digest("hex");
    writeFileSync(entry!, Buffer.concat([Buffer.from(digest + "\n"), payload]));
    const before = statSync(entry!).mtimeMs;
    expect(run(cache)).toEqual(expected);
    expect(statSync(entry!).mtimeMs).toBeGreaterThan(before);
    expect(run(cache)).toEqual(expected);
  });

  it("keys by the bundle: a rebuilt entry file is a new entry", () => {
    const cache = join(dir, "c3");
    expect(run(cache)).toEqual(expected);
    const entry = join(bundle, "cli-start.cjs");
    writeFileSync(entry, `// rebuilt\n${readFileSync(entry, "utf8")}`);
    expect(run(cache)).toEqual(expected);
    expect(entries(cache)).toHaveLength(2);
  });

  it("writes nothing with HS2STG_NO_CACHE=1", () => {
    const cache = join(dir, "c4");
    expect(run(cache, { HS2STG_NO_CACHE: "1" })).toEqual(expected);
    expect(existsSync(cache)).toBe(false);
  });
});
