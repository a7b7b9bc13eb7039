// The interface reader and the surface rules, on a small interface written in
// the shape `ghc --show-iface` prints (GHC 9.0.2).
import { describe, expect, it } from "vitest";
import { parseIface, type ModuleIface } from "../../src/coverage/iface.js";
import { buildSurface, o1Surface } from "../../src/coverage/surface.js";

const IFACE = `interface Data.Thing 9002
  where
exports:
  helper
  mapThing
  GHC.Base.map
  Data.Other.Sum{Data.Other.Sum getSum}
  GHC.Base.Semigroup|{GHC.Base.<>}
  Thing{Thing thingSize}
  Pair{:*:}
  Sized{<+> size}
module dependencies: GHC.Base
orphans: GHC.Float
         GHC.Base
0123456789abcdef0123456789abcdef
  $fOrd[]_$s$fOrd[]1 :: [GHC.Types.Char] -> GHC.Types.Bool
  [LambdaFormInfo: LFReEntrant 1, Arity: 1]
0123456789abcdef0123456789abcdef
  $fShowThing :: GHC.Show.Show Thing
  [LambdaFormInfo: LFCon[GHC.Show.C:Show],
   Unfolding: DFun:.
              @Thing ($fShowThing_$cshowsPrec) (GHC.Show.$dmshow @Thing $fShowThing)]
0123456789abcdef0123456789abcdef
  $fShowThing_$cshowsPrec :: GHC.Types.Int -> Thing -> GHC.Show.ShowS
  [Unfolding: (\\ (d['Many] :: GHC.Types.Int) (t :: Thing) ->
               GHC.Show.showString "Thing. not.a.Name"#)]
0123456789abcdef0123456789abcdef
  helper :: GHC.Types.Int -> GHC.Types.Int
  [Arity: 1, Strictness: <S,U>,
   Unfolding: InlineRule (1, True, False)
              (\\ (x :: GHC.Types.Int) -> GHC.Num.+ @GHC.Types.Int GHC.Num.$fNumInt x x)]
0123456789abcdef0123456789abcdef
  mapThing :: (GHC.Types.Int -> GHC.Types.Int) -> Thing -> Thing
  [Arity: 2,
   Unfolding: (\\ f t -> GHC.Base.. @Thing helper $fOrd[]_$s$fOrd[]1 (GHC.Base.id))]
0123456789abcdef0123456789abcdef
  thingMsg :: GHC.Prim.Addr#
  [HasNoCafRefs, LambdaFormInfo: LFUnlifted,
   Unfolding: ("ww forall a.\\n\\
               \\   m a in output file  \\\\226libraries/Data/Thing.o\\\\153"#)]
0123456789abcdef0123456789abcdef
  $w! :: Thing -> GHC.Prim.Int# -> GHC.Types.Int
  [Arity: 2]
0123456789abcdef0123456789abcdef
  pairAt :: Thing -> GHC.Types.Int -> Pair
  [Arity: 2,
   Unfolding: InlineRule (2, True, False)
              (\\ (t :: Thing) (i :: GHC.Types.Int) ->
               case i of { GHC.Types.I# j ->
               Data.Other.$W:*: ($w! t j) (GHC.List.$w!! @GHC.Types.Int GHC.Types.[] j) })]
0123456789abcdef0123456789abcdef
  kindAt :: Thing -> GHC.Types.KindRep
  [Arity: 1,
   Unfolding: (\\ (t :: Thing) ->
               case GHC.Types.eq_sel t of co { DEFAULT ->
               GHC.Types.krep$*Arr* \`cast\` ((GHC.Types.~) <*>_N co) })]
0123456789abcdef0123456789abcdef
  thingSize :: Thing -> GHC.Types.Int
0123456789abcdef0123456789abcdef
  $dmsize :: Sized a => a -> GHC.Types.Int
0123456789abcdef0123456789abcdef
  type Sized :: * -> GHC.Types.Constraint
  class (GHC.Show.Show a, GHC.Classes.Eq a) => Sized a where
    size :: a -> GHC.Types.Int
    (<+>) :: a -> a -> a
    {-# MINIMAL (<+>) #-}
0123456789abcdef0123456789abcdef
  type Thing :: *
  data Thing = Thing {thingSize :: !GHC.Types.Int}
0123456789abcdef0123456789abcdef
  type Pair :: *
  data Pair = GHC.Types.Int :*: GHC.Types.Int
0123456789abcdef0123456789abcdef
  type role Box representational
  type Box :: * -> *
  data Box a
    = Box {-# UNPACK #-}GHC.Types.Int !a (GHC.Maybe.Maybe a) | Empty
0123456789abcdef0123456789abcdef
  type (:+:) :: forall k. (k -> *) -> (k -> *) -> k -> *
  data (:+:) f g p = (f p) :+ !(g p) | R1 (g p)
instance [safe] GHC.Show.Show [Thing] = $fShowThing
instance GHC.Show.Show [GHC.Types.Int, (,)]
  = $fShowWeird
trusted: safe
`;

describe("parseIface", () => {
  const iface: ModuleIface = parseIface(IFACE);

  it("reads exports qualified by their defining module", () => {
    expect(iface.exports.map((e) => e.name)).toEqual([
      "Data.Thing.helper",
      "Data.Thing.mapThing",
      "GHC.Base.map",
      "Data.Other.Sum",
      "GHC.Base.Semigroup",
      "Data.Thing.Thing",
      "Data.Thing.Pair",
      "Data.Thing.Sized",
    ]);
    expect(iface.exports[3]!.children).toEqual([
      "Data.Other.Sum",
      "Data.Other.getSum",
    ]);
    expect(iface.exports[4]!.children).toEqual(["GHC.Base.<>"]);
    expect(iface.exports[5]!.children).toEqual([
      "Data.Thing.Thing",
      "Data.Thing.thingSize",
    ]);
  });

  it("collects the global names an unfolding mentions, not strings or types", () => {
    expect([...iface.ids.get("mapThing")!.refs].sort()).toEqual([
      "Data.Thing.$fOrd[]_$s$fOrd[]1",
      "Data.Thing.helper",
      "GHC.Base..",
      "GHC.Base.id",
    ]);
    expect(iface.ids.get("helper")!.refs).toEqual([
      "GHC.Num.+",
      "GHC.Num.$fNumInt",
    ]);
    expect(iface.ids.get("$fShowThing_$cshowsPrec")!.refs).toEqual([
      "GHC.Show.showString",
    ]);
    // A literal GHC prints over several lines (`\n\` then `\`) names
    // nothing either: not `Thing.o` from a file name in it.
    expect(iface.ids.get("thingMsg")!.refs).toEqual([]);
    // Operator names of constructor wrappers and workers, qualified or not.
    expect([...iface.ids.get("pairAt")!.refs].sort()).toEqual([
      "Data.Other.$W:*:",
      "Data.Thing.$w!",
      "GHC.List.$w!!",
    ]);
    // GHC.Types' kind representations whole; an equality in a cast is a type
    expect([...iface.ids.get("kindAt")!.refs].sort()).toEqual([
      "GHC.Types.eq_sel",
      "GHC.Types.krep$*Arr*",
    ]);
  });

  it("reads classes, strict constructors and instances", () => {
    expect(iface.classes.get("Sized")).toEqual({
      occ: "Sized",
      superclasses: 2,
      methods: ["size", "<+>"],
    });
    expect(iface.cons.get("Thing")?.hasWrapper).toBe(true);
    expect(iface.cons.get(":*:")?.hasWrapper).toBe(false);
    expect(iface.cons.get("Box")).toMatchObject({ index: 0, fields: "us." });
    expect(iface.cons.get("Empty")).toMatchObject({ index: 1, fields: "" });
    expect(iface.cons.get(":+")).toMatchObject({ index: 0, fields: ".s" });
    expect(iface.cons.get("R1")).toMatchObject({ index: 1, fields: "." });
    expect(iface.cons.get("Thing")).toMatchObject({ index: 0, fields: "s" });
    expect(iface.instances).toEqual([
      {
        cls: "GHC.Show.Show",
        tycons: ["Data.Thing.Thing"],
        dfun: "Data.Thing.$fShowThing",
        orphan: false,
      },
      {
        cls: "GHC.Show.Show",
        tycons: ["GHC.Types.Int", "(,)"],
        dfun: "Data.Thing.$fShowWeird",
        orphan: false,
      },
    ]);
    expect(iface.orphans).toEqual(["GHC.Float", "GHC.Base"]);
  });

  // mtl's MonadWriter: the head goes on over a second line
  const LONG_HEAD = `interface Data.Long 9002
  where
exports:
  MonadW{listen tell}
0123456789abcdef0123456789abcdef
  type MonadW :: * -> (* -> *) -> GHC.Types.Constraint
  class (GHC.Base.Monoid w, GHC.Base.Monad m) =>
        MonadW w m | m -> w where
    tell :: w -> m ()
    listen :: m a -> m (a, w)
    {-# MINIMAL tell, listen #-}
0123456789abcdef0123456789abcdef
  useGen :: GHC.Types.Int
  [Unfolding: (GHC.Generics.$fGeneric1k:.:2 @(*) GHC.Generics.$fEq:~:)]
`;

  it("reads a class head written over two lines, and instance names with a type operator", () => {
    const long = parseIface(LONG_HEAD);
    expect(long.classes.get("MonadW")).toEqual({
      occ: "MonadW",
      superclasses: 2,
      methods: ["tell", "listen"],
    });
    expect([...long.ids.get("useGen")!.refs].sort()).toEqual([
      "GHC.Generics.$fEq:~:",
      "GHC.Generics.$fGeneric1k:.:2",
    ]);
  });
});

describe("buildSurface", () => {
  const prelude = parseIface(
    "interface Prelude 9002\nexports:\n  GHC.Show.Show{GHC.Show.show}\n  GHC.Types.Int\n",
  );
  const thing = parseIface(IFACE);
  const surface = buildSurface(
    "9.0.2",
    [
      { name: "base", version: "1", modules: ["Prelude"], internal: [] },
      { name: "p", version: "1", modules: ["Data.Thing"], internal: [] },
    ],
    new Map([
      ["Prelude", prelude],
      ["Data.Thing", thing],
    ]),
  );

  it("gives -O0 exports, selectors, wrappers, default methods and instances in scope", () => {
    expect(surface.o0["Data.Thing"]).toEqual([
      "Data.Other.getSum",
      "Data.Thing.$WThing",
      "Data.Thing.$dmsize",
      "Data.Thing.$fShowThing",
      "Data.Thing.$p1Sized",
      "Data.Thing.$p2Sized",
      "Data.Thing.<+>",
      "Data.Thing.helper",
      "Data.Thing.mapThing",
      "Data.Thing.size",
      "Data.Thing.thingSize",
      "GHC.Base.<>",
      "GHC.Base.map",
    ]);
  });

  it("counts instances whose class another exposed module exports, and orphans where they are visible", () => {
    // Data.Fold exports Fold (a class); Data.Lift a type and instances:
    // one of a class neither it nor the Prelude exports, and an orphan;
    // Data.Orphans an orphan instance of names it does not export.
    const fold = parseIface(
      "interface Data.Fold 9002\nexports:\n  Fold{fold}\n",
    );
    const lift = parseIface(
      [
        "interface Data.Lift 9002",
        "exports:",
        "  Lift",
        "orphans: Data.Orphans",
        "instance Data.Fold.Fold [Lift] = $fFoldLift",
        "instance [orphan] GHC.Show.Show [GHC.Types.Int]",
        "  = $fShowInt",
        "",
      ].join("\n"),
    );
    const orphans = parseIface(
      [
        "interface Data.Orphans 9002",
        "exports:",
        "instance [orphan] Data.Fold.Fold [GHC.Types.Int] = $fFoldInt",
        "instance [orphan] Data.Fold.Fold [Data.Lift.Lift] = $fFoldLift",
        "",
      ].join("\n"),
    );
    const s = buildSurface(
      "9.0.2",
      [
        { name: "base", version: "1", modules: ["Prelude"], internal: [] },
        {
          name: "q",
          version: "1",
          modules: ["Data.Fold", "Data.Lift", "Data.Orphans"],
          internal: [],
        },
      ],
      new Map([
        ["Prelude", prelude],
        ["Data.Fold", fold],
        ["Data.Lift", lift],
        ["Data.Orphans", orphans],
      ]),
    );
    expect(s.o0["Data.Lift"]).toEqual([
      "Data.Lift.$fFoldLift",
      "Data.Lift.$fShowInt",
      "Data.Orphans.$fFoldLift",
    ]);
    expect(s.o0["Data.Orphans"]).toEqual([
      "Data.Orphans.$fFoldInt",
      "Data.Orphans.$fFoldLift",
    ]);
    // (the Prelude does not import the orphans)
    expect(s.o0["Prelude"]).toEqual(["GHC.Show.show"]);
  });

  it("closes -O1 under the unfoldings", () => {
    const o1 = o1Surface(surface, "Data.Thing");
    for (const n of [
      "Data.Thing.$fShowThing_$cshowsPrec",
      "GHC.Show.$dmshow",
      "GHC.Show.showString",
      "GHC.Num.$fNumInt",
      "Data.Thing.$fOrd[]_$s$fOrd[]1",
    ])
      expect(o1.has(n)).toBe(true);
  });
});
