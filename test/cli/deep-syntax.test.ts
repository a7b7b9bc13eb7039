// Programs whose syntax nests deeper than the JavaScript stack allows the
// stages that recurse over it: GHC writes a list literal of n elements as
// 2n nested lets. `hs2stg run` reruns such a command on a thread with a deep
// stack (src/cli/deep-stack.ts); the answer must be GHC's.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAndRunNative } from "../support/ghc-compare.js";
import { HAVE_GHC, NO_GHC_REASON } from "../support/ghc.js";

const dir = mkdtempSync(join(tmpdir(), "hs2stg-deep-"));

function hs2stg(args: string[]) {
  const r = spawnSync("./bin/hs2stg", args, { encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

describe("deeply nested syntax", () => {
  it.skipIf(!HAVE_GHC)(
    `a 4000-element list literal at -O0 runs as GHC's binary does${HAVE_GHC ? "" : ` (${NO_GHC_REASON})`}`,
    async () => {
      const elems = Array.from({ length: 4000 }, (_, i) => (i * 7919) % 10007);
      const source = join(dir, "longlit.hs");
      writeFileSync(
        source,
        [
          "xs :: [Int]",
          `xs = [${elems.join(",")}]`,
          "main :: IO ()",
          "main = print (sum xs, maximum xs, length xs, take 5 (reverse xs))",
          "",
        ].join("\n"),
      );
      const native = await buildAndRunNative(
        { source, stdin: Buffer.alloc(0), args: [], progName: "longlit" },
        ["-O0"],
        dir,
      );
      if ("error" in native) throw new Error(native.error);
      const ours = hs2stg(["run", "--no-cache", source]);
      expect(ours.stderr).toBe("");
      expect(ours.stdout).toBe(native.stdout.toString("utf8"));
      expect(ours.code).toBe(native.exitCode);
    },
    600_000,
  );

  it("a hand-written miniSTG program of 20000 nested lets runs", () => {
    // let { x1 = CON(I 1) } in let { x2 = CON(I 2) } in ... in x20000
    const n = 20000;
    let body = `x${n}`;
    for (let i = n; i >= 1; i--)
      body = `let { x${i} = CON(I ${i}) } in ${body}`;
    const file = join(dir, "nested.stg");
    writeFileSync(file, `main = THUNK(${body});\n`);
    const r = hs2stg(["run", file]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`(I ${n})\n`); // as ministg shows a constructor value
    expect(r.code).toBe(0);
  }, 120_000);

  it("a dump too large to read is refused by name, before reading it", () => {
    // Sparse: 200 MB long, nothing written.
    const file = join(dir, "huge.dump-stg-final");
    writeFileSync(file, "");
    truncateSync(file, 200 * 2 ** 20);
    const r = hs2stg(["run", file]);
    expect(r.stderr).toMatch(
      /^hs2stg: .*huge\.dump-stg-final: a 200 MB STG dump, more than hs2stg reads \(128 MB\)/,
    );
    expect(r.code).toBe(1);
  });
});
