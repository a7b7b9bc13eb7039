// The final value printed as ministg prints it: constructors with their
// evaluated fields, nested ones in parentheses; anything unevaluated as
// `<thunk>`, `<function>`, `<pap>`, `<blackhole>`, `<error>`. Iterative, so
// long lists print without deep JS recursion. A structure that contains
// itself (ministg would print forever) prints `<cycle>` where it recurs.

import { bytesText } from "../syntax/literal-text.js";
import type { ConInfo } from "./code.js";
import { isArray } from "../primops/array.js";
import { showDouble } from "../primops/float-text.js";
import {
  ADDR,
  BLACKHOLE,
  CON,
  ERROR,
  FUN,
  PAP,
  THUNK,
  addrOffset,
  valueAt,
  valueCount,
  valuesOf,
  type Obj,
  type Value,
} from "./values.js";

/** An unboxed value as ministg prints a literal (`show` of the number). */
export function literalValueText(v: Value): string {
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return String(v);
  if (v.tag === ADDR)
    return isArray(v)
      ? `<array ${v.env.length}>`
      : bytesText(Array.from((v.info as Uint8Array).subarray(addrOffset(v))));
  return "<object>";
}

function leafText(o: Obj): string | undefined {
  switch (o.tag) {
    case FUN:
      return "<function>";
    case PAP:
      return "<pap>";
    case THUNK:
      return "<thunk>";
    case BLACKHOLE:
      return "<blackhole>";
    case ERROR:
      return "<error>";
    case ADDR:
      return literalValueText(o);
    case CON:
      return valueCount(o) === 0 ? (o.info as ConInfo).name : boxedFloat(o);
    default:
      return "<object>";
  }
}

/**
 * A boxed Double or Float (`D d`, `F f`) with its payload as a Double literal
 * (`(D 3.0)`, `(D 1.0e-2)`): the number alone would print as an Int (`3`).
 * The text is GHC's `show` of the payload as a Double, which reads back exactly.
 */
function boxedFloat(o: Obj): string | undefined {
  const name = (o.info as ConInfo).name;
  const x = valueAt(o, 0);
  if ((name !== "D" && name !== "F") || valueCount(o) !== 1) return undefined;
  return typeof x === "number" ? `(${name} ${showDouble(x)})` : undefined;
}

type Task = Value | { close: Obj };

export function printValue(root: Value): string {
  const out: string[] = [];
  const open = new Set<Obj>();
  // Work list, last item first; `close` ends a parenthesised constructor.
  const work: Task[] = [root];
  let first = true;
  while (work.length > 0) {
    const t = work.pop()!;
    if (typeof t === "object" && "close" in t) {
      out.push(")");
      open.delete(t.close);
      continue;
    }
    if (!first) out.push(" ");
    first = false;
    if (typeof t !== "object") {
      out.push(literalValueText(t));
      continue;
    }
    const leaf = leafText(t);
    if (leaf !== undefined) {
      out.push(leaf);
      continue;
    }
    if (open.has(t)) {
      out.push("<cycle>");
      continue;
    }
    open.add(t);
    out.push("(" + (t.info as ConInfo).name);
    work.push({ close: t });
    const fields = valuesOf(t);
    for (let i = fields.length - 1; i >= 0; i--) work.push(fields[i]!);
  }
  return out.join("");
}
