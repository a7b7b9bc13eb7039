// Dumps GHC printed with -dsuppress-uniques or -dsuppress-all cannot be
// converted faithfully: without uniques two different locals may print the
// same (`let { sat = ... } in let { sat = THUNK(... sat ...) }` then means
// something else), and -dsuppress-all also drops module prefixes, so
// `GHC.Classes.==` prints as `==`. Such dumps are recognised and refused
// with the flag to drop, before they are parsed.
import { UserError } from "../errors.js";

export type Suppression =
  "-dsuppress-all" | "-dsuppress-uniques" | "-dsuppress-module-prefixes";

/** Which suppression flag printed `text`, if any. */
export function suppressionOf(text: string): Suppression | undefined {
  // Not a dump at all (no banner): the parser says so, with its position.
  if (!text.includes("= Final STG: =")) return undefined;
  const lines = text.split(/\r?\n/);
  // Top-level bindings start in column 1: `Main.f [Occ=...] :: T` normally,
  // `f = \r [x]` under -dsuppress-all (no type, no info, no module).
  const tops = lines.filter((l) => /^[^\s=]+( \[[^\]]*\])?( ::| =)/.test(l));
  if (tops.length === 0) return undefined;
  const typed = tops.some((l) => /::/.test(l));
  const qualified = tops.some((l) => /^(\$?[A-Z][\w']*\.)+\S/.test(l));
  if (!typed && !qualified && !/\[GblId/.test(text)) return "-dsuppress-all";
  if (!qualified) return "-dsuppress-module-prefixes";
  // Local binders: lambda parameters and let-bound names. GHC prints every
  // one with a unique (`sat_s1CI`, `ds_d1aB`) unless uniques are suppressed.
  const locals: string[] = [];
  for (const m of text.matchAll(/\\[rus] \[([^\]]*)\]/g))
    locals.push(...m[1]!.split(/\s+/).filter((n) => n !== ""));
  for (const m of text.matchAll(/^\s+([a-z_$][\w'$#]*)(?: \[[^\]]*\])? ::/gm))
    locals.push(m[1]!);
  const named = locals.filter((n) => n !== "_" && !n.startsWith("["));
  if (named.length >= 2 && named.every((n) => !/_[A-Za-z0-9]{2,}$/.test(n)))
    return "-dsuppress-uniques";
  return undefined;
}

/** Throws when `text` was printed with a suppression flag. */
export function refuseSuppressedDump(text: string, file: string): void {
  const flag = suppressionOf(text);
  if (flag === undefined) return;
  const why = {
    "-dsuppress-all":
      "it has no types, binder information or module prefixes (`GHC.Classes.==` prints as `==`)",
    "-dsuppress-module-prefixes":
      "its names have no module prefixes (`GHC.Classes.==` prints as `==`)",
    "-dsuppress-uniques":
      "its local names have no uniques, so different binders print the same (`sat`, `sat`)",
  }[flag];
  throw new UserError(
    `${file}: this dump was printed with ${flag}: ${why}; hs2stg needs GHC's full names: dump again without ${flag}` +
      (flag === "-dsuppress-all"
        ? " (the other -dsuppress flags are fine except -dsuppress-uniques and -dsuppress-module-prefixes)"
        : ""),
  );
}
