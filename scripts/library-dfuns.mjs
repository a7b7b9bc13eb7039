// An instance dictionary no prelude file defines, built from its DFun
// unfolding: `DFun: @a (v :: C a). @(T a) f1 (f2 @a v) ...` is the class's
// constructor over the fields (each applied to the dictionary arguments
// where the unfolding applies it). Used by gen-o1-library-core (which runs
// last and whose files gen-o1-library-names does not read), so the methods
// it or the other generators define are never selected back out of the
// dictionary built from them (containers' `$fFoldableMaybeS`).
import {
  constructorName,
  globalName,
  splitQualified,
} from "../dist/lower/names.js";

/**
 * `{ text, needs }` for dictionary function `name` (`$fCT` of module
 * `mod`) of class `cls` (qualified) with `facts` ({ superclasses, methods })
 * and the interface's `dfunFields` and the DFun's `type`, or null when a
 * field is not a plain id or the class has no constructor (one method, no
 * superclass: a newtype).
 */
export function dictionaryFromDFun(name, cls, facts, fields, type) {
  const n = facts.superclasses + facts.methods.length;
  if (n < 2 || fields.length !== n || fields.some((f) => f === null))
    return null;
  const dicts = dictArgs(type);
  const c = splitQualified(cls);
  const con = constructorName(c.module, `C:${c.occ}`);
  const ids = fields.map((f) => {
    const q = splitQualified(f.id);
    return globalName(q.module, q.occ);
  });
  const needs = [...new Set(ids)];
  if (dicts === 0) {
    if (fields.some((f) => f.applied)) return null;
    return {
      text: `${name} = CON(${con} ${ids.join(" ")});`,
      needs,
    };
  }
  const ds = Array.from({ length: dicts }, (_, i) => `d${i + 1}`).join(" ");
  const binds = [];
  const args = fields.map((f, i) => {
    if (!f.applied) return ids[i];
    binds.push(`f${i} = THUNK(${ids[i]} ${ds})`);
    return `f${i}`;
  });
  binds.push(`r = CON(${con} ${args.join(" ")})`);
  return {
    text: `${name} = FUN(${ds} ->\n  let {\n    ${binds.join(";\n    ")}\n  } in r);`,
    needs,
  };
}

// How many dictionary arguments the DFun takes: the constraints of its
// type's context (`forall a b. (Eq a, Eq b) => Eq (T a b)`).
function dictArgs(type) {
  const t = type.replace(/^forall [^.]*\. /, "");
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && t.startsWith("=>", i)) {
      const ctx = t.slice(0, i).trim();
      if (!(ctx.startsWith("(") && ctx.endsWith(")"))) return 1;
      let n = 1;
      let d = 0;
      for (const c of ctx.slice(1, -1)) {
        if (c === "(") d++;
        else if (c === ")") d--;
        else if (c === "," && d === 0) n++;
      }
      return n;
    }
  }
  return 0;
}
