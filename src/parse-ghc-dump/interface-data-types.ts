// The data types a GHC interface dump (`-ddump-hi`, the text of
// `ghc --show-iface`) declares, each with its constructors in declaration
// order. STG has no data declarations, yet `dataToTag#` (derived Eq, Ord and
// Enum) needs a constructor's position in its type: this is where the
// pipeline learns it.

/** One `data` declaration: constructor names (unqualified) in order. */
export interface InterfaceDataType {
  readonly name: string;
  readonly constructors: readonly string[];
}

export interface InterfaceDataTypes {
  /** The module the interface belongs to (`Main`, `Data.Shape`). */
  readonly module: string;
  readonly types: readonly InterfaceDataType[];
}

/**
 * Reads the data declarations of an interface dump. Declarations it cannot
 * read are left out (their constructors then have no known tag), so a GHC
 * version that prints something new degrades to a clear runtime error, not a
 * wrong tag.
 */
export function interfaceDataTypes(text: string): InterfaceDataTypes {
  const lines = text.split("\n");
  const header = lines.find((l) => l.startsWith("interface "));
  const module = /^interface \S*?:(\S+)/.exec(header ?? "")?.[1] ?? "";
  const types: InterfaceDataType[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith("  data ")) continue;
    const decl = [lines[i]!];
    while (i + 1 < lines.length && /^ {4}/.test(lines[i + 1]!))
      decl.push(lines[++i]!);
    const t = readDeclaration(decl);
    if (t !== undefined) types.push(t);
  }
  return { module, types };
}

function readDeclaration(
  decl: readonly string[],
): InterfaceDataType | undefined {
  const text = decl.map((l) => l.trim()).join(" ");
  const name = /^data\s+([A-Z][\w']*)/.exec(text)?.[1];
  if (name === undefined) return undefined;
  // GADT syntax: `data G a where` then one `Con :: type` per line.
  if (/^data [^=]*\bwhere$/.test(decl[0]!.trim())) {
    const constructors = decl
      .slice(1)
      .map((l) => /^ {4}([A-Z][\w']*|\(:[^)]*\))\s+::/.exec(l)?.[1])
      .filter((c): c is string => c !== undefined)
      .map((c) => c.replace(/^\((.*)\)$/, "$1"));
    return { name, constructors };
  }
  const parts = splitTopLevel(text, "=");
  if (parts.length === 1) return { name, constructors: [] }; // empty data type
  const body = parts.slice(1).join("=");
  const constructors: string[] = [];
  for (const alt of splitTopLevel(body, "|")) {
    const con = constructorOf(alt);
    if (con === undefined) return undefined;
    constructors.push(con);
  }
  return { name, constructors };
}

/** The constructor an alternative declares: prefix, record or infix. */
function constructorOf(alt: string): string | undefined {
  let s = alt.trim();
  // An existential's `forall a b.` and its context `C a =>`.
  s = s.replace(/^forall [^.]*\.\s*/, "");
  const ctx = splitTopLevel(s, "=>");
  if (ctx.length > 1) s = ctx.slice(1).join("=>").trim();
  const tokens = topLevelTokens(s);
  const infix = tokens.find((t) => /^:[!#$%&*+./<=>?@\\^|~:-]*$/.test(t));
  if (infix !== undefined) return infix;
  const backquoted = tokens.find((t) => /^`[A-Z][\w']*`$/.test(t));
  if (backquoted !== undefined) return backquoted.slice(1, -1);
  const first = tokens[0];
  if (first === undefined) return undefined;
  const prefix = /^([A-Z][\w']*)/.exec(first)?.[1];
  if (prefix !== undefined) return prefix;
  return /^\((:[^)]*)\)$/.exec(first)?.[1];
}

const OPEN = "([{";
const CLOSE = ")]}";

/** `s` split at `sep` where no bracket is open. */
function splitTopLevel(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth--;
    else if (depth === 0 && s.startsWith(sep, i) && isolated(s, i, sep)) {
      out.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/** `sep` at i is a whole operator, not part of `==`, `|>` or `::=`. */
function isolated(s: string, i: number, sep: string): boolean {
  const sym = /[!#$%&*+./<=>?@\\^|~:-]/;
  const before = s[i - 1];
  const after = s[i + sep.length];
  return (
    (before === undefined || !sym.test(before)) &&
    (after === undefined || !sym.test(after))
  );
}

/** Whitespace-separated tokens, a bracketed group counting as one. */
function topLevelTokens(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const c of s) {
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth--;
    if (depth === 0 && /\s/.test(c)) {
      if (cur !== "") out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur !== "") out.push(cur);
  return out;
}
