// The machine keeps its own stack and leaves its heap to the JS garbage
// collector: deep non-tail recursion needs no JS stack, and a lazy list
// consumed while it is produced runs in bounded memory.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./helpers.js";

/** [lo..hi] as a lazy list of boxed Ints (ministg dialect). */
const UPTO = `
upto = FUN(a b ->
   case a of {
      I i -> case b of {
         I j -> case gt# i j of {
            c -> case intToBool# c of {
               True -> nil;
               False -> case plus# i 1 of {
                  i1 -> let { next = CON(I i1);
                              rest = THUNK(upto next b);
                              cell = CON(Cons a rest) }
                        in cell }}}}});
`;

/** Sum with a strict accumulator: each cell is garbage once added. */
const STRICT_SUM = `
sumStrict = FUN(acc xs ->
   case xs of {
      Nil -> acc;
      Cons h t -> case plusInt acc h of {
         acc1 -> sumStrict acc1 t }});
`;

describe("deep recursion", () => {
  it("a 1,000,000-deep non-tail recursion finishes", () => {
    // deep n = 1 + deep (n - 1): every level waits in a case frame.
    const src = `deep = FUN(n -> case n of {
       0 -> 0;
       k -> case sub# k 1 of { k1 -> case deep k1 of { r -> plus# r 1 }}});
     main = THUNK(case deep 1000000 of { r -> let { b = CON(I r) } in b });\n`;
    for (const st of ["EA", "PE"] as const) {
      const r = run(src, st);
      expect(r.stdout).toBe("(I 1000000)\n");
      expect(r.stats.peakStackDepth).toBeGreaterThanOrEqual(1_000_000);
    }
  });
});

describe("bounded memory", () => {
  const n = 20_000;
  const strict = `${UPTO}${STRICT_SUM}lim = CON(I ${n});
main = THUNK(let { xs = THUNK(upto one lim) } in sumStrict zero xs);\n`;
  // The same sum after forcing the whole list first: the list stays reachable.
  const leaky = strict.replace(
    "in sumStrict zero xs",
    "in case forcelist xs of { u -> sumStrict zero xs }",
  );

  it("a list summed while it is produced keeps a constant number of objects live", () => {
    const r = run(strict, "EA", { sampleLiveHeap: true });
    expect(r.stdout).toBe(`(I ${(n * (n + 1)) / 2})\n`);
    expect(r.stats.peakLiveObjects).toBeLessThan(200);
    // The control: holding on to the list keeps every cell live.
    const l = run(leaky, "EA", { sampleLiveHeap: true });
    expect(l.stdout).toBe(`(I ${(n * (n + 1)) / 2})\n`);
    expect(l.stats.peakLiveObjects).toBeGreaterThan(n);
  });

  it("the JS garbage collector reclaims it: 300,000 elements in a 32 MB heap", () => {
    // Kept, the list would need far more than 32 MB (several objects per element).
    const dir = mkdtempSync(join(tmpdir(), "hs2stg-mem-"));
    const file = join(dir, "sum.stg");
    writeFileSync(
      file,
      `${UPTO}${STRICT_SUM}lim = CON(I 300000);
main = THUNK(let { xs = THUNK(upto one lim) } in sumStrict zero xs);\n`,
    );
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=32", "./bin/hs2stg", "run", file, "-s", "EA"],
      {
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("(I 45000150000)\n");
    expect(r.status).toBe(0);
  });

  it("a case over a call walking a list does not keep the list's head (32 MB heap)", () => {
    // `case len xs 0 of ...`: the case frame shares the activation's locals,
    // where `xs` would hold on to every cell the call has walked.
    expectListWalkIn32MB({});
  });

  it("the compiling tier walking a list the interpreter made does not keep its head (32 MB heap)", () => {
    // main's LET of the list runs interpreted (cold code), `len` compiled:
    // the interpreter's loop must not stay on the JS stack while compiled
    // code runs, since its unoptimized frame kept the list's first thunk
    // alive in a dead register (machine.ts runTier).
    expectListWalkIn32MB({ HS2STG_JIT: "1" });
  });

  it("a program outgrowing V8's heap stops with GHC's heap exhausted, exit 251", () => {
    // Every cell is kept (the list is walked twice): far beyond a 64 MB V8
    // heap. The machine's guard must stop it before V8 aborts the process.
    const dir = mkdtempSync(join(tmpdir(), "hs2stg-mem-"));
    const file = join(dir, "grow.stg");
    writeFileSync(
      file,
      `${UPTO}${STRICT_SUM}
lim = CON(I 50000000);
main = THUNK(let { xs = THUNK(upto one lim) } in
   case forcelist xs of { u -> sumStrict zero xs });\n`,
    );
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=64", "./bin/hs2stg", "run", file, "-s", "EA"],
      { encoding: "utf8" },
    );
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^[^:\n]+: Heap exhausted;\n/);
    expect(r.stderr).not.toMatch(/FATAL|JavaScript heap out of memory/);
    expect(r.status).toBe(251);
  });
});

/** `len` walks a 400,000-cell list under a 32 MB V8 heap, in both styles. */
function expectListWalkIn32MB(env: Record<string, string>): void {
  const dir = mkdtempSync(join(tmpdir(), "hs2stg-mem-"));
  const file = join(dir, "len.stg");
  writeFileSync(
    file,
    `${UPTO}
len = FUN(xs n ->
   case xs of {
      Nil -> n;
      Cons h t -> case plus# n 1 of { m -> len t m }});
lim = CON(I 400000);
main = THUNK(let { xs = THUNK(upto one lim) } in
   case len xs 0 of { n -> let { r = CON(I n) } in r });\n`,
  );
  for (const style of ["EA", "PE"]) {
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=32", "./bin/hs2stg", "run", file, "-s", style],
      { encoding: "utf8", env: { ...process.env, ...env } },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("(I 400000)\n");
    expect(r.status).toBe(0);
  }
}
