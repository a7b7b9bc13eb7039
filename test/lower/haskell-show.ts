// Translates what GHC's derived `show` printed (expected.stdout of a golden
// case) into the text ministg prints for the same value, for the value
// shapes the golden cases use: Int, Bool, lists, tuples, Maybe. This lets
// the ministg-dialect files be checked against real GHC output.

export function showToMinistg(text: string): string {
  let i = 0;
  const peek = () => text[i];
  const expect = (c: string) => {
    if (text[i] !== c) throw new Error(`expected ${c} at ${i} in ${text}`);
    i++;
  };
  const value = (): string => {
    const c = peek();
    if (c === "[") {
      i++;
      const items: string[] = [];
      if (peek() !== "]") {
        items.push(value());
        while (peek() === ",") {
          i++;
          items.push(value());
        }
      }
      expect("]");
      return items.reduceRight((acc, x) => `(Cons ${x} ${acc})`, "Nil");
    }
    if (c === "(") {
      i++;
      const items = [value()];
      while (peek() === ",") {
        i++;
        items.push(value());
      }
      expect(")");
      return items.length === 1
        ? items[0]!
        : `(Z${items.length}T ${items.join(" ")})`;
    }
    const num = /^-?[0-9]+/.exec(text.slice(i));
    if (num !== null) {
      i += num[0].length;
      return `(I ${num[0]})`;
    }
    const word = /^[A-Z][A-Za-z]*/.exec(text.slice(i));
    if (word === null) throw new Error(`cannot translate ${text.slice(i)}`);
    i += word[0].length;
    switch (word[0]) {
      case "True":
      case "False":
        return word[0];
      case "Nothing":
        return "Nothing_GHCziMaybe";
      case "Just":
        expect(" ");
        return `(Just_GHCziMaybe ${value()})`;
      default:
        throw new Error(`cannot translate constructor ${word[0]}`);
    }
  };
  const v = value();
  if (i !== text.length) throw new Error(`trailing text in ${text}`);
  return v;
}
