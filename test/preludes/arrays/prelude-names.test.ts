// The Data.Array prelude files define GHC's names exactly: a misspelt
// Z-encoding (`rangeSize` must be `rangeSizze`) would leave GHC's references
// undefined.
import { describe, expect, it } from "vitest";
import { loadBasePrelude } from "../../../src/preludes/base.js";
import { decodeName, zEncode } from "../../../src/lower/names.js";

const FILES = new Set(
  [
    "GHC.Ix.stg",
    "GHC.Arr.stg",
    "Data.Foldable+Array.stg",
    "Data.Traversable+Array.stg",
    "Data.Array.Base.stg",
    "Data.Array.ST.stg",
    "Data.Array.Base+Unboxed.stg",
    "Data.Array.IO.Internals.stg",
  ].map((f) => `preludes/base/${f}`),
);

describe("Data.Array prelude names", () => {
  const index = loadBasePrelude();
  const mine = [...index.definitions].filter(([, d]) => FILES.has(d.file));

  it("defines what Data.Array's users call", () => {
    const names = new Set(mine.map(([n]) => n));
    for (const n of [
      "array_GHCziArr",
      "listArray_GHCziArr",
      "zn_GHCziArr", // (!)
      "zszs_GHCziArr", // (//)
      "bounds_GHCziArr",
      "elems_GHCziArr",
      "indices_GHCziArr",
      "assocs_GHCziArr",
      "accumArray_GHCziArr",
      "accum_GHCziArr",
      "ixmap_GHCziArr",
      "zdfShowArray_GHCziArr",
      "zdfEqArray_GHCziArr",
      "zdfOrdArray_GHCziArr",
      "zdfFunctorArray_GHCziArr",
      "zdfFoldableArray_DataziFoldable",
      "zdfTraversableArray_DataziTraversable",
      "zdfMArraySTArrayeST0_DataziArrayziBase",
      "zdfMArrayIOArrayeIO_DataziArrayziBase",
      "zdfIArrayArraye_DataziArrayziBase",
      "readArray_DataziArrayziBase",
      "writeArray_DataziArrayziBase",
      "newArray_DataziArrayziBase",
      "newListArray_DataziArrayziBase",
      "getBounds_DataziArrayziBase",
      "getElems_DataziArrayziBase",
      "freezze_DataziArrayziBase",
      "thaw_DataziArrayziBase",
      "runSTArray_DataziArrayziST",
      "runSTUArray_DataziArrayziST",
      "zdfIArrayUArrayInt_DataziArrayziBase",
      "zdfMArraySTUArrayBoolST_DataziArrayziBase",
      "zdfMArrayIOUArrayIntIO_DataziArrayziIOziInternals",
      "zdfShowUArray_DataziArrayziBase",
      "zn_DataziArrayziBase",
      "range_GHCziIx",
      "index_GHCziIx",
      "inRange_GHCziIx",
      "rangeSizze_GHCziIx",
      "zddmindex_GHCziIx",
      "zddmrangeSizze_GHCziIx",
      "zddmunsafeRangeSizze_GHCziIx",
      "zdfIxInt_GHCziIx",
      "zdfIxChar_GHCziIx",
      "zdfIxInteger_GHCziIx",
      "zdfIxBool_GHCziIx",
      "zdfIxZLZR_GHCziIx", // Ix ()
      "zdfIxZLz2cUZR_GHCziIx", // Ix (a, b)
      "zdfIxZLz2cUz2cUZR_GHCziIx", // Ix (a, b, c)
    ]) {
      expect(names, n).toContain(n);
    }
  });

  it("are the Z-encoding of the Haskell names they decode to", () => {
    const wrong: string[] = [];
    for (const [name] of mine) {
      const hs = decodeName(name);
      const dot = hs.lastIndexOf(".", hs.length - 2);
      const [mod, occ] = [hs.slice(0, dot), hs.slice(dot + 1)];
      if (`${zEncode(occ)}_${zEncode(mod)}` !== name)
        wrong.push(`${name} (${hs})`);
    }
    expect(wrong).toEqual([]);
  });
});
