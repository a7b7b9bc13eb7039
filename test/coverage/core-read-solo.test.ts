// GHC 9.0.2 prints ghc-prim's boxed 1-tuple `Solo e` as `(e)`, and an
// expression in parentheses only as an argument or a cast's operand. The
// Core reader (src/coverage/core-read.ts) takes a group alone where nothing
// is parenthesised (a body, a scrutinee, a right-hand side) as a Solo, and
// a group under a cast as one only when the coercion may start from Solo
// (then it does not read the unfolding). The texts are from base's
// interface files (Data.Data, GHC.Base, GHC.Read).
import { describe, expect, it } from "vitest";
import { readCore, type Core } from "../../src/coverage/core-read.js";

const read = (text: string): Core | null =>
  readCore(`[Unfolding: ${text}]`, "M", new Set(["lvl"]));

const local = (name: string): Core => ({ kind: "local", name });
const solo = (field: Core): Core => ({
  kind: "app",
  fn: { kind: "con", module: null, occ: "Solo" },
  args: [field],
});

/** The body under the lambdas (and the case alternative) of an unfolding. */
function body(c: Core | null): Core {
  let e = c;
  while (e !== null && e.kind === "lam") e = e.body;
  if (e !== null && e.kind === "case") e = e.alts[0]!.body;
  if (e === null) throw new Error("unread");
  return e;
}

describe("core-read: Solo's (e)", () => {
  it("reads `(x)` of a variable as Solo x", () => {
    expect(body(read(`(\\ @a (a1['Many] :: a) -> (a1))`))).toEqual(
      solo(local("a1")),
    );
  });

  it("reads a group alone in an alternative as Solo, an argument as a parenthesis", () => {
    const fmap = read(
      `(\\ @a @b (f['Many] :: a -> b) (ds['Many] :: Solo a) ->
        case ds of wild { Solo a1 -> (f a1) })`,
    );
    expect(body(fmap)).toEqual(
      solo({ kind: "app", fn: local("f"), args: [local("a1")] }),
    );
    const arg = read(
      `(\\ (f['Many] :: b -> c) (g['Many] :: a -> b) (x['Many] :: a) -> f (g x))`,
    );
    expect(body(arg)).toEqual({
      kind: "app",
      fn: local("f"),
      args: [{ kind: "app", fn: local("g"), args: [local("x")] }],
    });
  });

  it("keeps a negative literal's parentheses and the unfolding's own", () => {
    const e = body(read(`(\\ (f['Many] :: Int# -> Int) -> f (-1#))`));
    expect(e).toMatchObject({ kind: "app", args: [{ kind: "lit" }] });
    expect(read(`(\\ (x['Many] :: a) -> x)`)).toMatchObject({ kind: "lam" });
  });

  it("reads a group under a cast from another type as a parenthesis", () => {
    // the coercion names Solo, but it starts from a function type: the
    // group is not a Solo
    const ql = read(
      `(\\ (o['Many] :: r -> r' -> r) (r1['Many] :: r) (x['Many] :: r') ->
        (o r1 x) \`cast\` (<r -> r>_R %<'Many>_N ->_R Sym (Data.Functor.Const.N:Const[0] <*>_N <r>_R <Solo a>_P)))`,
    );
    expect(body(ql)).toEqual({
      kind: "app",
      fn: local("o"),
      args: [local("r1"), local("x")],
    });
  });

  it("leaves a group under a cast that may start from Solo", () => {
    // gmapT's `(f6 @a $dData a1) |> Sym (N:Identity <Solo a>)` is Solo
    // (f6 a1), gmapQl's `(o r1 (f6 a1)) |> Sym (N:Const <r> <Solo a>)` is
    // not: only the types tell
    const gmapT = read(
      `(\\ @a (f6['Many] :: forall b. b -> b) (x0['Many] :: Solo a) ->
        case x0 of wild { Solo a1 ->
        (f6 @a a1) \`cast\` (Sym (Data.Functor.Identity.N:Identity[0] <Solo a>_R)) })`,
    );
    expect(gmapT).toBeNull();
  });
});
