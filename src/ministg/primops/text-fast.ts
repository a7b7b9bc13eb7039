// Text built in one step where the prelude took one per chunk
// (docs/primops.md, "Text fast paths"): what it builds is fully evaluated
// in GHC too (show of an Int has no thunks in it), and the list it ends
// with is only referenced, never forced.
import { groupTable, int, type PrimOpTable } from "./table.js";

const { ops, def } = groupTable();
/** This group's primops, in definition order (../primops.ts lists the groups). */
export const textFastPrimOps: PrimOpTable = ops;

const G = "Text fast paths";

// GHC.Show's itos: the decimal digits of an Int# (a '-' first when
// negative), consed onto s, as unpackAppendCString# of intToString# built
// them in several steps.
def(
  G,
  "intDigitsAppend#",
  2,
  "intDigitsAppend# n s: the decimal text of n (a '-' first when negative) as evaluated cells, then s (not forced)",
  (n, s, _c, ctx) => {
    const text = String(int(n, "intDigitsAppend#"));
    let r = s;
    for (let i = text.length - 1; i >= 0; i--)
      r = ctx.mkCons(ctx.mkChar(text.charCodeAt(i)), r);
    return r;
  },
);
