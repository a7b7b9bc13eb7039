// Fresh names for what the pass generates (case binders, lifted functions,
// static strings): the shortest `base`, `base1`, `base2`, ... not used
// anywhere in the program, so nothing is captured and output is deterministic.

export class NameSupply {
  private readonly used: Set<string>;

  constructor(used: Iterable<string>) {
    this.used = new Set(used);
  }

  /** Marks `name` as taken (e.g. a name the pass copies in). */
  reserve(name: string): void {
    this.used.add(name);
  }

  has(name: string): boolean {
    return this.used.has(name);
  }

  fresh(base: string): string {
    let name = base;
    for (let i = 1; this.used.has(name); i++) name = `${base}${i}`;
    this.used.add(name);
    return name;
  }
}
