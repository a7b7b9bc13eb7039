// `npm run build`, after tsc: writes dist/prelude-index.bin, the index of
// preludes/base that runs from dist/ use (src/preludes/prelude-index.ts), so
// that the first run after a build does not parse every prelude file.
import { shipBasePreludeIndex } from "../dist/preludes/base.js";
import {
  SHIPPED_DEFINITIONS,
  SHIPPED_INDEX,
} from "../dist/preludes/prelude-index.js";

shipBasePreludeIndex(SHIPPED_INDEX, SHIPPED_DEFINITIONS);
