// What the generators of prelude part files share: the names the other
// prelude files define, and writing (or --check-ing) a family of generated
// files `Module<SUFFIX>`, removing the ones no longer generated.
import {
  existsSync,
  readFileSync,
  readdirSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { letGroupsAsLetrec } from "../dist/preludes/letrec-groups.js";
import { zEncode } from "../dist/lower/names.js";

/**
 * Every top-level name of the prelude files in `dir` but those `skip`
 * (file name, text) leaves out.
 */
export function definedNames(dir, skip = () => false) {
  const defined = new Set();
  for (const f of readdirSync(dir)) {
    if (!f.endsWith(".stg")) continue;
    const text = readFileSync(join(dir, f), "utf8");
    if (skip(f, text)) continue;
    for (const m of text.matchAll(/^([^\s#=][^\s=]*)\s*=/gm)) defined.add(m[1]);
  }
  return defined;
}

/**
 * Writes `texts` (file name -> text, its let groups made letrecs where
 * they may be: src/preludes/letrec-groups.ts) into `dir` and removes other files
 * ending in `suffix`; with `check`, writes nothing and returns how many
 * differ (reporting each on stderr).
 */
export function writeGenerated(dir, suffix, texts, check) {
  let differ = 0;
  for (const f of readdirSync(dir))
    if (f.endsWith(suffix) && !texts.has(f)) {
      if (check) {
        console.error(`stale: preludes/base/${f}`);
        differ++;
      } else unlinkSync(join(dir, f));
    }
  for (const [f, printed] of texts) {
    const path = join(dir, f);
    // Chains of lets as one letrec where that means the same (fewer steps).
    const text = letGroupsAsLetrec(printed, f);
    if (!check) writeFileSync(path, text);
    else if (!existsSync(path) || readFileSync(path, "utf8") !== text) {
      console.error(`differs: preludes/base/${f}`);
      differ++;
    }
  }
  return differ;
}

/**
 * Defines the candidates (name -> {module, text, needs}) whose needed names
 * are all defined, again and again until none is left that can be: each one
 * defined may make another definable. Gives module -> its bindings' texts,
 * in the order they were defined, and how many; `defined` and `candidates`
 * are updated.
 */
export function defineWhenReady(candidates, defined) {
  const made = new Map();
  let count = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, c] of candidates) {
      if (!c.needs.every((n) => defined.has(n))) continue;
      defined.add(name);
      candidates.delete(name);
      if (!made.has(c.module)) made.set(c.module, []);
      made.get(c.module).push(c.text);
      count++;
      changed = true;
    }
  }
  return { made, count };
}

/**
 * Whether prelude binding `dict` is a constructor holding variable `field`:
 * a generator must not define that field as a selection from `dict` (the
 * dictionary would be built from itself, a <<loop>>), as it can be when the
 * dictionary is written by hand.
 */
export function holdsField(dict, field) {
  const o = dict.object;
  return (
    o.kind === "CON" && o.args.some((a) => a.kind === "var" && a.name === field)
  );
}

/**
 * The occurrence names (Z-encoded) an interface's `exports:` block lists
 * (`ghc --show-iface` text): `T{K field}` exports the type, its
 * constructors and fields; `M.x` is a re-export; an operator keeps its dots
 * (`<.>`).
 */
export function exportedOccs(ifaceText) {
  const block = /^exports:\n((?:  .*\n)*)/m.exec(ifaceText)?.[1] ?? "";
  return new Set(
    block
      .split("\n")
      .flatMap((l) => l.trim().split(/[{}\s]+/))
      .filter((w) => w !== "")
      .map((w) => w.replace(/^(?:[A-Z][A-Za-z0-9_']*\.)+(?=.)/, ""))
      .map(zEncode),
  );
}
