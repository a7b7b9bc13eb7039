#!/usr/bin/env node
// Fails when the modules of src/ import each other in a cycle (what
// `npx madge --circular --extensions ts src` reports, without installing
// it). Every relative import counts: static, `import type`, `export ... from`
// and dynamic `import("...")`, since a type-only cycle still ties two
// modules together. Run by `npm run lint`; docs/architecture.md says why
// stages import one way only.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "src");

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith(".ts") ? [p] : [];
  });
}

// The sources are prettier-formatted: every import or re-export statement
// starts a line and ends with `from "...";`.
const STATIC = /^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/gm;
const DYNAMIC = /\bimport\(\s*"([^"]+)"\s*\)/g;

function importsOf(file) {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(STATIC), ...text.matchAll(DYNAMIC)].map(
    (m) => m[1],
  );
  return specs
    .filter((s) => s.startsWith("."))
    .map((s) => resolve(dirname(file), s.replace(/\.js$/, ".ts")));
}

const files = tsFiles(root);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

// Tarjan's strongly connected components: each component of more than one
// module (or a module importing itself) is a cycle.
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
let next = 0;
function visit(v) {
  index.set(v, next);
  low.set(v, next);
  next++;
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v)) {
    if (!graph.has(w)) continue;
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) {
      low.set(v, Math.min(low.get(v), index.get(w)));
    }
  }
  if (low.get(v) !== index.get(v)) return;
  const component = [];
  let w;
  do {
    w = stack.pop();
    onStack.delete(w);
    component.push(w);
  } while (w !== v);
  if (component.length > 1 || graph.get(v).includes(v)) cycles.push(component);
}
for (const f of files) if (!index.has(f)) visit(f);

if (cycles.length === 0) {
  console.log(
    `No import cycle among the ${files.length} modules of ${relative(process.cwd(), root) || "."}.`,
  );
} else {
  console.error(
    `${cycles.length} import cycle(s) in ${relative(process.cwd(), root)}:`,
  );
  for (const c of cycles) {
    console.error("  " + c.map((f) => relative(root, f)).join(", "));
  }
  process.exit(1);
}
