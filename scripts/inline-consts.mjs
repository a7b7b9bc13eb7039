// `npm run build`, after tsc: in dist/'s modules, replaces each reference to
// a top-level numeric constant (`export const OP_LET = 3;`, imported or the
// module's own) with its value, as the bundle (scripts/bundle.mjs, rolldown)
// already does. V8 reads an imported binding through its module cell, with a
// hole check (the binding's temporal dead zone) that TurboFan keeps: the fast
// engine's loop read some 190 of them, its switches on `code.op` and `mode`
// compared against loaded values rather than constants, and its compiled
// code and compile time grew with every check. Runs from dist/ (the tests'
// and benchmarks' in-memory pipeline, bin/hs2stg without the bundle) took
// some 20% more CPU than the same code bundled (docs/machine.md, session 16).
//
// The value is padded with spaces to the name's length, so that columns (and
// the source maps) stay right; a value longer than its name, a name bound
// again anywhere in the module (a parameter, a local), a shorthand property
// (`{ FUN }`) and export lists keep the reference. Without rolldown (its
// parser) the modules stay as tsc wrote them, which run the same.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// An argument names another build's dist/ (a saved one of bench/ab-engine.mjs).
const dist = resolve(process.argv[2] ?? join(root, "dist"));

let parseAst;
try {
  ({ parseAst } = await import("rolldown/parseAst"));
} catch {
  console.log("inline-consts: rolldown is not installed; modules unchanged");
  process.exit(0);
}

/** Every .js module under dir, but the bundle. */
function modules(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== join(dist, "bundle")) out.push(...modules(p));
    } else if (e.name.endsWith(".js")) out.push(p);
  }
  return out;
}

/** The number a constant initializer stands for, or undefined. */
function evaluate(n) {
  if (n.type === "Literal")
    return typeof n.value === "number" ? n.value : undefined;
  if (n.type === "UnaryExpression" && n.operator === "-") {
    const v = evaluate(n.argument);
    return v === undefined ? undefined : -v;
  }
  if (n.type === "BinaryExpression") {
    const a = evaluate(n.left);
    const b = evaluate(n.right);
    if (a === undefined || b === undefined) return undefined;
    switch (n.operator) {
      case "<<":
        return a << b;
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      default:
        return undefined;
    }
  }
  return undefined;
}

/** The text a value is written as: a safe integer only (no -0, no float formatting). */
function literal(v) {
  if (!Number.isSafeInteger(v) || Object.is(v, -0)) return undefined;
  return v < 0 ? `(${v})` : String(v);
}

/** The module's top-level `const NAME = <number>` declarations: name -> text. */
function constantsOf(ast) {
  const out = new Map();
  for (let s of ast.body) {
    if (s.type === "ExportNamedDeclaration" && s.declaration) s = s.declaration;
    if (s.type !== "VariableDeclaration" || s.kind !== "const") continue;
    for (const d of s.declarations) {
      if (d.id.type !== "Identifier" || d.init == null) continue;
      const v = evaluate(d.init);
      const text = v === undefined ? undefined : literal(v);
      if (text !== undefined) out.set(d.id.name, { text, decl: d.id });
    }
  }
  return out;
}

/** Calls f(node, parent) on every node below n. */
function walk(n, parent, f) {
  if (n === null || typeof n !== "object") return;
  if (Array.isArray(n)) {
    for (const x of n) walk(x, parent, f);
    return;
  }
  if (typeof n.type !== "string") return;
  f(n, parent);
  for (const k in n) {
    if (k === "type" || k === "start" || k === "end" || k === "range") continue;
    const v = n[k];
    if (v !== null && typeof v === "object") walk(v, n, f);
  }
}

/** Names a pattern binds. */
function bound(p, out) {
  if (p == null) return;
  switch (p.type) {
    case "Identifier":
      out.push(p);
      break;
    case "ObjectPattern":
      for (const q of p.properties)
        bound(q.type === "RestElement" ? q.argument : q.value, out);
      break;
    case "ArrayPattern":
      for (const q of p.elements) bound(q, out);
      break;
    case "RestElement":
      bound(p.argument, out);
      break;
    case "AssignmentPattern":
      bound(p.left, out);
      break;
  }
}

const files = modules(dist);
const asts = new Map();
for (const f of files) {
  const text = readFileSync(f, "utf8");
  try {
    asts.set(f, { text, ast: parseAst(text, { sourceType: "module" }, f) });
  } catch {
    // Left as it is.
  }
}
const constants = new Map();
for (const [f, { ast }] of asts) constants.set(f, constantsOf(ast));

let total = 0;
for (const [f, { text, ast }] of asts) {
  // name -> value text: the module's own constants, then its imports of others'.
  const values = new Map();
  const own = constants.get(f);
  const decls = new Set();
  for (const [name, c] of own) {
    values.set(name, c.text);
    decls.add(c.decl);
  }
  for (const s of ast.body) {
    if (s.type !== "ImportDeclaration" || !s.source.value.startsWith("."))
      continue;
    const theirs = constants.get(resolve(dirname(f), s.source.value));
    if (theirs === undefined) continue;
    for (const sp of s.specifiers) {
      if (sp.type !== "ImportSpecifier") continue;
      const c = theirs.get(sp.imported.name ?? sp.imported.value);
      if (c !== undefined) values.set(sp.local.name, c.text);
    }
  }
  if (values.size === 0) continue;
  // A name bound again anywhere in the module keeps its references.
  const binders = [];
  walk(ast, null, (n) => {
    if (n.type === "VariableDeclarator") bound(n.id, binders);
    else if (
      n.type === "FunctionDeclaration" ||
      n.type === "FunctionExpression" ||
      n.type === "ArrowFunctionExpression"
    ) {
      if (n.id) binders.push(n.id);
      for (const p of n.params) bound(p, binders);
    } else if (n.type === "ClassDeclaration" || n.type === "ClassExpression") {
      if (n.id) binders.push(n.id);
    } else if (n.type === "CatchClause") bound(n.param, binders);
  });
  for (const b of binders)
    if (!decls.has(b) && values.has(b.name)) values.delete(b.name);
  const edits = [];
  walk(ast, null, (n, parent) => {
    if (n.type !== "Identifier" || !values.has(n.name)) return;
    if (parent === null || decls.has(n)) return;
    switch (parent.type) {
      case "MemberExpression":
        if (parent.property === n && !parent.computed) return;
        break;
      case "Property":
      case "MethodDefinition":
      case "PropertyDefinition":
        if (parent.key === n && !parent.computed) return;
        if (parent.shorthand) return;
        break;
      case "ImportSpecifier":
      case "ExportSpecifier":
      case "ImportDefaultSpecifier":
      case "ImportNamespaceSpecifier":
      case "LabeledStatement":
      case "BreakStatement":
      case "ContinueStatement":
        return;
    }
    const v = values.get(n.name);
    if (v.length > n.name.length) return;
    if (text.slice(n.start, n.end) !== n.name) return; // offsets not as expected
    edits.push({ start: n.start, end: n.end, text: v.padEnd(n.name.length) });
  });
  if (edits.length === 0) continue;
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  writeFileSync(f, out);
  total += edits.length;
}
console.log(`inline-consts: ${total} references to numeric constants inlined`);
