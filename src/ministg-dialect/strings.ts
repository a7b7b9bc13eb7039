// String literals in the ministg dialect. An Addr# literal becomes a static
// list of its byte codes (`Cons 104 (Cons 105 Nil)`), the representation the
// support library's Addr# functions use; a literal GHC unpacks at once
// (`unpackCString# "hi"#`) becomes a static list of `C n` cells, as the
// prelude function would have built. Equal literals share one list.
import type { Atom, Binding } from "../ministg/ast.js";
import type { NameSupply } from "./fresh.js";

const int = (value: number): Atom => ({
  kind: "lit",
  lit: { kind: "int", value: BigInt(value) },
});
const v = (name: string): Atom => ({ kind: "var", name });

export class StaticStrings {
  private readonly byteLists = new Map<string, string>();
  private readonly charLists = new Map<string, string>();
  private readonly charCells = new Map<number, string>();
  private nil: string | undefined;
  /** The generated top-level bindings, in the order made. */
  readonly bindings: Binding[] = [];

  constructor(private readonly names: NameSupply) {}

  /** The static byte list of an Addr# literal. */
  bytes(bytes: readonly number[]): string {
    const key = bytes.join(",");
    let name = this.byteLists.get(key);
    if (name === undefined) {
      name = this.list("str", bytes.map(int));
      this.byteLists.set(key, name);
    }
    return name;
  }

  /** The static list of `C c` cells for these code points. */
  chars(codes: readonly number[]): string {
    const key = codes.join(",");
    let name = this.charLists.get(key);
    if (name === undefined) {
      name = this.list(
        "chars",
        codes.map((c) => v(this.charCell(c))),
      );
      this.charLists.set(key, name);
    }
    return name;
  }

  private charCell(code: number): string {
    let name = this.charCells.get(code);
    if (name === undefined) {
      name = this.names.fresh(`chr${code}`);
      this.bindings.push({
        name,
        object: { kind: "CON", con: "C", args: [int(code)] },
      });
      this.charCells.set(code, name);
    }
    return name;
  }

  private list(base: string, elems: readonly Atom[]): string {
    if (this.nil === undefined) {
      this.nil = this.names.fresh("emptyList");
      this.bindings.push({
        name: this.nil,
        object: { kind: "CON", con: "Nil", args: [] },
      });
    }
    if (elems.length === 0) return this.nil;
    const head = this.names.fresh(base);
    const cells = elems.map((_, i) =>
      i === 0 ? head : this.names.fresh(`${head}_${i}`),
    );
    elems.forEach((e, i) => {
      const tail = i + 1 < cells.length ? cells[i + 1]! : this.nil!;
      this.bindings.push({
        name: cells[i]!,
        object: { kind: "CON", con: "Cons", args: [e, v(tail)] },
      });
    });
    return head;
  }
}

/** `unpackCString#`: one character per byte, up to the first 0 byte. */
export function latin1Chars(bytes: readonly number[]): number[] {
  const end = bytes.indexOf(0);
  return [...(end < 0 ? bytes : bytes.slice(0, end))];
}

/**
 * `unpackCStringUtf8#`: UTF-8 decoded up to the first 0 byte (GHC writes
 * NUL as C0 80), decoding exactly as preludes/base/GHC.CString.stg does.
 */
export function utf8Chars(bytes: readonly number[]): number[] {
  const out: number[] = [];
  const at = (i: number) => bytes[i] ?? 0;
  const cont = (i: number) => at(i) & 63;
  let i = 0;
  for (;;) {
    const b0 = at(i);
    if (b0 === 0) return out;
    if (b0 < 128) {
      out.push(b0);
      i += 1;
    } else if (b0 < 224) {
      out.push(((b0 & 31) << 6) | cont(i + 1));
      i += 2;
    } else if (b0 < 240) {
      out.push(((b0 & 15) << 12) | (cont(i + 1) << 6) | cont(i + 2));
      i += 3;
    } else {
      out.push(
        ((b0 & 7) << 18) |
          (cont(i + 1) << 12) |
          (cont(i + 2) << 6) |
          cont(i + 3),
      );
      i += 4;
    }
  }
}
