// Haskell names in the stepper's text: the machine prints miniSTG names
// (`foldlzq_GHCziList`); tokens of that shape (occurrence, `_`, a module)
// are shown as display-name.ts shows names (`GHC.List.foldl'`).
import { displayName } from "../preludes/display-name.js";

// A name may carry the printer's `_?` (unknown arity) or `_N` (known arity).
const GLOBAL_TOKEN =
  /(?<![\w$'])([A-Za-z][\w']*_[A-Z][A-Za-z0-9]*)(?=_\?|_\d+(?![\w'])|(?![\w']))/g;

/** Names decoded so far (a run shows the same few hundred again and again). */
const cache = new Map<string, string>();

export function haskellNames(text: string): string {
  return text.replace(GLOBAL_TOKEN, (tok) => {
    let d = cache.get(tok);
    if (d === undefined) cache.set(tok, (d = displayName(tok)));
    return d;
  });
}
