// The interpreter's final value, read back from the text it prints
// (RunOutcome "value", ministg's format: `(Cons (I 1) Nil)`) into a tree, so
// that it can be shown another way (render-value.ts). Iterative: a long list
// nests as deeply as it is long.

export type ValueNode =
  /** A constructor with its fields (none for a nullary one). */
  | { readonly kind: "con"; readonly name: string; readonly args: ValueNode[] }
  /** An unboxed number as printed (`5`, `-3`, `2.5`, `1e+21`, `NaN`). */
  | { readonly kind: "lit"; readonly text: string }
  /** An Addr# byte string, in its printed form (`"hi"`). */
  | { readonly kind: "bytes"; readonly text: string }
  /** Something without a value to show: `<function>`, `<pap>`, `<thunk>`, … */
  | { readonly kind: "opaque"; readonly text: string };

type Token =
  | { readonly kind: "open" }
  | { readonly kind: "close" }
  | { readonly kind: "atom"; readonly text: string }
  | { readonly kind: "bytes"; readonly text: string };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === " " || c === "\n" || c === "\t") {
      i++;
    } else if (c === "(") {
      out.push({ kind: "open" });
      i++;
    } else if (c === ")") {
      out.push({ kind: "close" });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out.push({ kind: "bytes", text: text.slice(i, j + 1) });
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && !" \n\t()".includes(text[j]!)) j++;
      out.push({ kind: "atom", text: text.slice(i, j) });
      i = j;
    }
  }
  return out;
}

function leaf(text: string): ValueNode {
  if (text.startsWith("<")) return { kind: "opaque", text };
  if (/^-?[0-9]/.test(text) || /^-?(NaN|Infinity)$/.test(text))
    return { kind: "lit", text };
  return { kind: "con", name: text, args: [] };
}

/** Parses the interpreter's value text; throws on text it does not print. */
export function parseValueText(text: string): ValueNode {
  const tokens = tokenize(text);
  // Constructors being read, innermost last.
  const open: Array<{ name: string; args: ValueNode[] }> = [];
  let result: ValueNode | undefined;
  const emit = (node: ValueNode): void => {
    if (open.length > 0) open[open.length - 1]!.args.push(node);
    else if (result === undefined) result = node;
    else throw new Error(`unexpected text after the value: ${text}`);
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    switch (t.kind) {
      case "open": {
        const name = tokens[k + 1];
        if (name?.kind !== "atom")
          throw new Error(`a constructor name must follow '(': ${text}`);
        open.push({ name: name.text, args: [] });
        k++;
        break;
      }
      case "close": {
        const con = open.pop();
        if (con === undefined) throw new Error(`unbalanced ')': ${text}`);
        emit({ kind: "con", name: con.name, args: con.args });
        break;
      }
      case "atom":
        emit(leaf(t.text));
        break;
      case "bytes":
        emit({ kind: "bytes", text: t.text });
        break;
      default: {
        const never: never = t;
        throw new Error(`unknown token ${String(never)}`);
      }
    }
  }
  if (open.length > 0 || result === undefined)
    throw new Error(`incomplete value text: ${text}`);
  return result;
}
