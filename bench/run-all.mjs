// `npm run bench`: runs every bench/*.bench.mjs (in name order) and prints
// one table. A bench module exports (as `default` or as `run`)
//   async (ctx: { root: string; args: string[]; log }) => Row[] | void
// with Row = { bench, variant?, steps?, wallMs, cpuMs?, note? }; rows go
// into the table, a bench that returns nothing prints its own report with
// `log`. Benches use the built code in dist/ (npm run bench builds first).
// `npm run bench -- NAME...` keeps only rows whose bench name contains NAME;
// `--full` asks benches for their full-size runs.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const args = process.argv.slice(2);

const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.mjs"))
  .sort();

const rows = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(here, f)).href);
  const fn = typeof mod.default === "function" ? mod.default : mod.run;
  if (typeof fn !== "function") {
    console.log(`${f}: exports neither a default function nor run(); skipped`);
    continue;
  }
  console.log(`== ${f}`);
  const got = await fn({ root, args, log: console.log });
  if (Array.isArray(got)) rows.push(...got);
}

const fmt = (n, d = 0) =>
  n === undefined
    ? ""
    : n.toLocaleString("en-US", {
        maximumFractionDigits: d,
        minimumFractionDigits: d,
      });
const table = [
  [
    "bench",
    "variant",
    "steps",
    "wall ms",
    "cpu ms",
    "Msteps/s wall",
    "Msteps/s cpu",
    "note",
  ],
];
for (const r of rows) {
  table.push([
    r.bench,
    r.variant ?? "",
    fmt(r.steps),
    fmt(r.wallMs, 1),
    fmt(r.cpuMs, 1),
    r.steps !== undefined ? fmt(r.steps / r.wallMs / 1000, 2) : "",
    r.steps !== undefined && r.cpuMs !== undefined
      ? fmt(r.steps / r.cpuMs / 1000, 2)
      : "",
    r.note ?? "",
  ]);
}
console.log("== results");
const widths = table[0].map((_, i) =>
  Math.max(...table.map((row) => row[i].length)),
);
for (const row of table)
  console.log(
    row
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd(),
  );
