// Removes source positions so that ASTs can be compared structurally (a
// parsed program against a generated one, or before and after printing).

import type { Program } from "../ast.js";

/** A deep copy of `p` with every `pos` field removed. */
export function stripPositions(p: Program): Program {
  return strip(p) as Program;
}

function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (k !== "pos") out[k] = strip(x);
  return out;
}
