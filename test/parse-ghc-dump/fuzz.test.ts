// Mutated real dumps: the parser either succeeds or throws our LocatedError
// (with a position inside the file), never anything else.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LocatedError } from "../../src/errors.js";
import { parseGhcDump } from "../../src/parse-ghc-dump/index.js";

const DIR = join(import.meta.dirname, "..", "fixtures", "dumps");
const dumps = readdirSync(DIR)
  .filter((f) => f.includes(".dump-stg"))
  .map((f) => readFileSync(join(DIR, f), "utf8"));

/** Top-level chunks (bindings, Rec groups) of every fixture, banner removed. */
const chunks = dumps.flatMap((d) =>
  d
    .split(/\n\n+/)
    .filter((c) => !c.includes("===================="))
    .map((c) => c + "\n"),
);
const BANNER = "\n==================== Final STG: ====================\n";

type Mutation =
  | { kind: "deleteChar"; at: number }
  | { kind: "insertChar"; at: number; ch: string }
  | { kind: "swapChars"; at: number; other: number }
  | { kind: "deleteToken"; at: number }
  | { kind: "duplicateToken"; at: number }
  | { kind: "insertToken"; at: number; token: string }
  | { kind: "deleteLine"; at: number }
  | { kind: "duplicateLine"; at: number }
  | { kind: "swapLines"; at: number; other: number };

// Tokens of the grammar, inserted where they do not belong.
const TOKENS = [
  "let {",
  "let-no-escape {",
  "} in",
  "case",
  "of",
  "Rec {",
  "end Rec }",
  "\\r [",
  "\\u []",
  "{}",
  "->",
  "__DEFAULT ->",
  ";",
  "=",
  "::",
  "[GblId]",
  "CCCS",
  "GHC.Types.I#!",
  "'\\''#",
  '"a\\\\195"#',
  "1.5e3##",
  "-7#8",
  "x<TagProper>",
  "src<A.hs:1:1>",
  "__ffi_static_ccall_unsafe main:f ::",
  "==================== Final STG: ====================",
  "[1 of 2] Compiling A ( A.hs, A.o )",
];

// Characters that matter to the grammar, plus some that never occur.
const CHARS = [..."{}[];,()\"'#\\ \n=-:!<>_.$aZ09\t\u00e9\u0000"];

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("deleteChar" as const), at: fraction }),
  fc.record({
    kind: fc.constant("insertChar" as const),
    at: fraction,
    ch: fc.constantFrom(...CHARS),
  }),
  fc.record({
    kind: fc.constant("swapChars" as const),
    at: fraction,
    other: fraction,
  }),
  fc.record({ kind: fc.constant("deleteToken" as const), at: fraction }),
  fc.record({ kind: fc.constant("duplicateToken" as const), at: fraction }),
  fc.record({
    kind: fc.constant("insertToken" as const),
    at: fraction,
    token: fc.constantFrom(...TOKENS),
  }),
  fc.record({ kind: fc.constant("deleteLine" as const), at: fraction }),
  fc.record({ kind: fc.constant("duplicateLine" as const), at: fraction }),
  fc.record({
    kind: fc.constant("swapLines" as const),
    at: fraction,
    other: fraction,
  }),
) as fc.Arbitrary<Mutation>;

function tokenAround(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
  let e = at;
  while (e < text.length && !/\s/.test(text[e]!)) e++;
  return [s, e];
}

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  switch (m.kind) {
    case "deleteChar":
      return text.slice(0, at) + text.slice(at + 1);
    case "insertChar":
      return text.slice(0, at) + m.ch + text.slice(at);
    case "swapChars": {
      const b = Math.floor(m.other * text.length);
      const cs = [...text];
      [cs[at], cs[b]] = [cs[b]!, cs[at]!];
      return cs.join("");
    }
    case "insertToken":
      return `${text.slice(0, at)} ${m.token} ${text.slice(at)}`;
    case "deleteToken":
    case "duplicateToken": {
      const [s, e] = tokenAround(text, at);
      const tok = text.slice(s, e);
      return (
        text.slice(0, s) +
        (m.kind === "deleteToken" ? "" : `${tok} ${tok}`) +
        text.slice(e)
      );
    }
    case "deleteLine":
    case "duplicateLine":
    case "swapLines": {
      const lines = text.split("\n");
      const i = Math.floor(m.at * lines.length);
      if (m.kind === "deleteLine") lines.splice(i, 1);
      else if (m.kind === "duplicateLine") lines.splice(i, 0, lines[i]!);
      else {
        const j = Math.floor(m.other * lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      return lines.join("\n");
    }
  }
}

/** Parses; returns "ok" or "error", and fails the property on anything else. */
function parseOrLocatedError(text: string): "ok" | "error" {
  try {
    parseGhcDump(text, "fuzz.dump");
    return "ok";
  } catch (err) {
    if (!(err instanceof LocatedError)) throw err;
    const lines = text.split("\n").length;
    if (
      err.loc.file !== "fuzz.dump" ||
      err.loc.line < 1 ||
      err.loc.line > lines ||
      err.loc.column < 1
    )
      throw new Error(`bad location ${JSON.stringify(err.loc)}`, {
        cause: err,
      });
    if (
      !err.message.startsWith(`fuzz.dump:${err.loc.line}:${err.loc.column}: `)
    )
      throw new Error(`bad message ${err.message}`, { cause: err });
    return "error";
  }
}

describe("fuzzing with mutated real dumps", () => {
  it("has material", () => {
    expect(chunks.length).toBeGreaterThan(100);
  });

  it("succeeds or throws LocatedError on mutated bindings", () => {
    const outcomes = { ok: 0, error: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: chunks.length - 1 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (start, count, mutations) => {
          const text = BANNER + chunks.slice(start, start + count).join("\n");
          outcomes[parseOrLocatedError(mutations.reduce(mutate, text))]++;
        },
      ),
      { numRuns: 1500, seed: 4242 },
    );
    // Both outcomes occur, so the mutations are neither all harmless nor all fatal.
    expect(outcomes.ok).toBeGreaterThan(50);
    expect(outcomes.error).toBeGreaterThan(50);
  });

  it("succeeds or throws LocatedError on whole mutated dumps", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: dumps.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        (i, mutations) => {
          parseOrLocatedError(mutations.reduce(mutate, dumps[i]!));
        },
      ),
      { numRuns: 30, seed: 99 },
    );
  });

  it("handles truncation at every kind of place", () => {
    const text = dumps[0]!.slice(0, 6000);
    for (let cut = 0; cut < text.length; cut += 37)
      parseOrLocatedError(text.slice(0, cut));
  });
});
