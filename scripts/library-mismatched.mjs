// Names our clean-room Haskell libraries (libraries/time, libraries/directory)
// define under the real package's name with another type: code read from
// the real package's interface that calls one of them would pass it the
// wrong arguments, so the generators never take such code. (Found by
// comparing `ghc --show-iface` of our compiled modules with the installed
// ones; keep in step when a library source changes.)
import { globalName } from "../dist/lower/names.js";

export const MISMATCHED = new Map([
  [
    globalName("Data.Time.Format.Format.Class", "formatNumber"),
    "ours takes Show, Ord and Num dictionaries; time's takes one ShowPadded dictionary",
  ],
]);
