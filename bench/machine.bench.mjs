// The miniSTG machine on three programs of ours (bench/programs/): nfib
// (calls and boxed arithmetic), lazysum (a lazy list consumed by a strict
// fold) and queens (N queens with lazily built lists), in both evaluation
// styles. Each program is loaded fresh for every run (a run updates its
// top-level thunks); a first run warms up the JIT and is not reported.
// Wall time suffers when the machine is shared; CPU time less so.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Program, default size, size with --full (the `size` binding). */
const PROGRAMS = [
  ["nfib", 27, 30],
  ["lazysum", 1_000_000, 10_000_000],
  ["queens", 9, 10],
];

export default async function machineBench({ root, args }) {
  const { parseStgFile, loadBindings, runCompiled } = await import(
    join(root, "dist/ministg/run-stg.js")
  );
  const { linkWithPrelude } = await import(
    join(root, "dist/ministg/prelude.js")
  );
  const full = args.includes("--full");
  const only = args.filter((a) => !a.startsWith("--"));
  const rows = [];
  for (const [name, size, fullSize] of PROGRAMS) {
    if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
    const file = join(root, "bench/programs", `${name}.stg`);
    const text = readFileSync(file, "utf8");
    const n = full ? fullSize : size;
    const load = (k) => {
      // A later binding of `size` overrides the file's.
      const program = parseStgFile(`${text}\nsize = CON(I ${k});\n`, file);
      return loadBindings(linkWithPrelude(program, file, true), {
        annotate: false,
      });
    };
    for (const style of ["EA", "PE"]) {
      runCompiled(load(Math.min(n, name === "queens" ? 6 : 15)), {
        style,
        gc: true,
        callStack: false,
        annotate: false,
      });
      const prog = load(n);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const { outcome, stats } = runCompiled(prog, {
        style,
        gc: true,
        callStack: false,
        annotate: false,
      });
      const wallMs = performance.now() - t0;
      const cu = process.cpuUsage(c0);
      rows.push({
        bench: `${name} ${n}`,
        variant: style,
        steps: stats.steps,
        wallMs,
        cpuMs: (cu.user + cu.system) / 1000,
        note: outcome.kind === "value" ? `= ${outcome.text}` : outcome.kind,
      });
    }
  }
  return rows;
}
