{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- Clean-room Text.PrettyPrint.HughesPJClass (pretty-1.1.3.6's API): the
-- Pretty class (method order pPrintPrec, pPrint, pPrintList, as the
-- installed interface declares them) with its documented defaults and
-- instances, re-exporting Text.PrettyPrint.HughesPJ.
module Text.PrettyPrint.HughesPJClass
  ( Pretty (..),
    PrettyLevel (..),
    prettyNormal,
    prettyShow,
    prettyParen,
    module Text.PrettyPrint.HughesPJ,
    -- The internals -O1 user code calls (after the installed interface's
    -- unfoldings); not part of the package's API.
    zz_prettyShow1,
    zz_zdfPrettyZLz2cUZR3, zz_zdfPrettyZLz2cUZR4,
    zz_zdfPrettyZLZR1, zz_zdfPrettyZLz2cUZR1, zz_zdfPrettyZLz2cUz2cUZR1,
    zz_zdfPrettyZLz2cUz2cUz2cUZR1, zz_zdfPrettyZLz2cUz2cUz2cUz2cUZR1,
    zz_zdfPrettyZLz2cUz2cUz2cUz2cUz2cUZR1, zz_zdfPrettyZLz2cUz2cUz2cUz2cUz2cUz2cUZR1,
    zz_zdfPrettyZLz2cUz2cUz2cUz2cUz2cUz2cUz2cUZR1,
    zz_zdfPrettyBool1, zz_zdfPrettyDouble1, zz_zdfPrettyEither1, zz_zdfPrettyFloat1,
    zz_zdfPrettyInt1, zz_zdfPrettyInteger1, zz_zdfPrettyMaybe1, zz_zdfPrettyOrdering1,
    zz_zdwzdcpPrintList, zz_zdwzdcpPrintList1, zz_zdwzdcpPrintList2, zz_zdwzdcpPrintList3,
    zz_zdwzdcpPrintList4, zz_zdwzdcpPrintList5, zz_zdwzdcpPrintList6, zz_zdwzdcpPrintList7,
    zz_zdwzdcpPrintList8, zz_zdwzdcpPrintList9, zz_zdwzdcpPrintList10, zz_zdwzdcpPrintList11,
    zz_zdwzdcpPrintList12, zz_zdwzdcpPrintList13, zz_zdwzdcpPrintList14, zz_zdwzdcpPrintList15,
    zz_zdwzdcpPrintPrec, zz_zdwzdcpPrintPrec1, zz_zdwzdcpPrintPrec2, zz_zdwzdcpPrintPrec3,
    zz_zdwzdcshowsPrec,
    zz_zdfPrettyZLZR2, zz_zdfPrettyZLZR3, zz_zdfPrettyZLZR4,
    zz_zdfPrettyZLz2cUZR2, zz_zdfPrettyZLz2cUz2cUz2cUz2cUZR2, zz_zdfPrettyZMZN1,
    zz_zdfPrettyEither2, zz_zdfPrettyEither4, zz_zdfPrettyEither5, zz_zdfPrettyEither7,
    zz_zdfPrettyEither8, zz_zdfPrettyEither9, zz_zdfPrettyEitherzudt,
    zz_zdfPrettyMaybe2, zz_zdfPrettyMaybe4, zz_zdfPrettyMaybe5, zz_zdfPrettyMaybe6,
    zz_zdfShowPrettyLevel1,
    zz_zdfPrettyZLZRzugo1, zz_zdfPrettyBoolzugo1, zz_zdfPrettyDoublezugo1, zz_zdfPrettyFloatzugo1,
    zz_zdfPrettyIntzugo1, zz_zdfPrettyIntegerzugo1, zz_zdfPrettyOrderingzugo1,
  )
where

import GHC.Exts (Int (I#), Int#)
import GHC.Real (Ratio ((:%)))
import qualified Text.PrettyPrint.Annotated.HughesPJ as A
import Text.PrettyPrint.HughesPJ (Doc)
import Text.PrettyPrint.HughesPJ (docAnnotated)
import Text.PrettyPrint.Annotated.HughesPJ (TextDetails (..))

import Text.PrettyPrint.HughesPJ
import Prelude hiding ((<>))

-- | The level of detail to print at.
newtype PrettyLevel = PrettyLevel Int
  deriving (Eq, Ord, Show)

prettyNormal :: PrettyLevel
prettyNormal = PrettyLevel 0

class Pretty a where
  pPrintPrec :: PrettyLevel -> Rational -> a -> Doc
  pPrintPrec _ _ = pPrint

  pPrint :: a -> Doc
  pPrint = pPrintPrec prettyNormal 0

  pPrintList :: PrettyLevel -> [a] -> Doc
  pPrintList l = brackets . fsep . punctuate comma . map (pPrintPrec l 0)
  {-# MINIMAL pPrintPrec | pPrint #-}

prettyShow :: Pretty a => a -> String
prettyShow = render . pPrint

prettyParen :: Bool -> Doc -> Doc
prettyParen = maybeParens

appPrec :: Rational
appPrec = 10

atPrec0 :: Pretty a => PrettyLevel -> a -> Doc
atPrec0 l = pPrintPrec l 0

instance Pretty Int where pPrint = int

instance Pretty Integer where pPrint = integer

instance Pretty Float where pPrint = float

instance Pretty Double where pPrint = double

instance Pretty () where pPrint _ = text "()"

instance Pretty Bool where pPrint = text . show

instance Pretty Ordering where pPrint = text . show

instance Pretty Char where
  pPrint = char
  pPrintList _ = text . show

instance Pretty a => Pretty (Maybe a) where
  pPrintPrec _ _ Nothing = text "Nothing"
  pPrintPrec l p (Just x) = prettyParen (p > appPrec) (text "Just" <+> pPrintPrec l (appPrec + 1) x)

instance (Pretty a, Pretty b) => Pretty (Either a b) where
  pPrintPrec l p (Left x) = prettyParen (p > appPrec) (text "Left" <+> pPrintPrec l (appPrec + 1) x)
  pPrintPrec l p (Right x) = prettyParen (p > appPrec) (text "Right" <+> pPrintPrec l (appPrec + 1) x)

instance Pretty a => Pretty [a] where
  pPrintPrec l _ = pPrintList l

tuple :: [Doc] -> Doc
tuple = parens . fsep . punctuate comma

instance (Pretty a, Pretty b) => Pretty (a, b) where
  pPrintPrec l _ (a, b) = tuple [atPrec0 l a, atPrec0 l b]

instance (Pretty a, Pretty b, Pretty c) => Pretty (a, b, c) where
  pPrintPrec l _ (a, b, c) = tuple [atPrec0 l a, atPrec0 l b, atPrec0 l c]

instance (Pretty a, Pretty b, Pretty c, Pretty d) => Pretty (a, b, c, d) where
  pPrintPrec l _ (a, b, c, d) = tuple [atPrec0 l a, atPrec0 l b, atPrec0 l c, atPrec0 l d]

instance (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e) => Pretty (a, b, c, d, e) where
  pPrintPrec l _ (a, b, c, d, e) = tuple [atPrec0 l a, atPrec0 l b, atPrec0 l c, atPrec0 l d, atPrec0 l e]

instance (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f) => Pretty (a, b, c, d, e, f) where
  pPrintPrec l _ (a, b, c, d, e, f) =
    tuple [atPrec0 l a, atPrec0 l b, atPrec0 l c, atPrec0 l d, atPrec0 l e, atPrec0 l f]

instance (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f, Pretty g) => Pretty (a, b, c, d, e, f, g) where
  pPrintPrec l _ (a, b, c, d, e, f, g) =
    tuple [atPrec0 l a, atPrec0 l b, atPrec0 l c, atPrec0 l d, atPrec0 l e, atPrec0 l f, atPrec0 l g]

instance (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f, Pretty g, Pretty h) => Pretty (a, b, c, d, e, f, g, h) where
  pPrintPrec l _ (a, b, c, d, e, f, g, h) =
    tuple [atPrec0 l a, atPrec0 l b, atPrec0 l c, atPrec0 l d, atPrec0 l e, atPrec0 l f, atPrec0 l g, atPrec0 l h]

-- -O1 internals --------------------------------------------------------------
-- Workers of GHC's -O1 build: pPrintList and the tuples' pPrintPrec return
-- the three operands of their top-level horizontal composition unboxed;
-- `$fPrettyX1` is X's pPrintList under the newtype.

unDoc :: Doc -> A.Doc ()
unDoc = docAnnotated

parts :: Doc -> (# A.Doc (), Bool, A.Doc () #)
parts d = case A.besideParts (unDoc d) of (p, g, q) -> (# p, g, q #)

zz_prettyShow1 :: A.AnnotDetails () -> String -> String
zz_prettyShow1 = A.zz_zdfEqDoc1

zz_zdfPrettyZLz2cUZR3 :: Rational
zz_zdfPrettyZLz2cUZR3 = 0

zz_zdfPrettyZLz2cUZR4 :: Integer
zz_zdfPrettyZLz2cUZR4 = 0

list1 :: Pretty a => PrettyLevel -> [a] -> A.Doc ()
list1 l xs = unDoc (pPrintList l xs)

zz_zdfPrettyZLZR1 :: PrettyLevel -> [()] -> A.Doc ()
zz_zdfPrettyZLZR1 = list1
zz_zdfPrettyZLz2cUZR1 :: (Pretty a, Pretty b) => PrettyLevel -> [(a, b)] -> A.Doc ()
zz_zdfPrettyZLz2cUZR1 = list1
zz_zdfPrettyZLz2cUz2cUZR1 :: (Pretty a, Pretty b, Pretty c) => PrettyLevel -> [(a, b, c)] -> A.Doc ()
zz_zdfPrettyZLz2cUz2cUZR1 = list1
zz_zdfPrettyZLz2cUz2cUz2cUZR1 :: (Pretty a, Pretty b, Pretty c, Pretty d) => PrettyLevel -> [(a, b, c, d)] -> A.Doc ()
zz_zdfPrettyZLz2cUz2cUz2cUZR1 = list1
zz_zdfPrettyZLz2cUz2cUz2cUz2cUZR1 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e) => PrettyLevel -> [(a, b, c, d, e)] -> A.Doc ()
zz_zdfPrettyZLz2cUz2cUz2cUz2cUZR1 = list1
zz_zdfPrettyZLz2cUz2cUz2cUz2cUz2cUZR1 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f) => PrettyLevel -> [(a, b, c, d, e, f)] -> A.Doc ()
zz_zdfPrettyZLz2cUz2cUz2cUz2cUz2cUZR1 = list1
zz_zdfPrettyZLz2cUz2cUz2cUz2cUz2cUz2cUZR1 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f, Pretty g) => PrettyLevel -> [(a, b, c, d, e, f, g)] -> A.Doc ()
zz_zdfPrettyZLz2cUz2cUz2cUz2cUz2cUz2cUZR1 = list1
zz_zdfPrettyZLz2cUz2cUz2cUz2cUz2cUz2cUz2cUZR1 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f, Pretty g, Pretty h) => PrettyLevel -> [(a, b, c, d, e, f, g, h)] -> A.Doc ()
zz_zdfPrettyZLz2cUz2cUz2cUz2cUz2cUz2cUz2cUZR1 = list1
zz_zdfPrettyBool1 :: PrettyLevel -> [Bool] -> A.Doc ()
zz_zdfPrettyBool1 = list1
zz_zdfPrettyDouble1 :: PrettyLevel -> [Double] -> A.Doc ()
zz_zdfPrettyDouble1 = list1
zz_zdfPrettyEither1 :: (Pretty a, Pretty b) => PrettyLevel -> [Either a b] -> A.Doc ()
zz_zdfPrettyEither1 = list1
zz_zdfPrettyFloat1 :: PrettyLevel -> [Float] -> A.Doc ()
zz_zdfPrettyFloat1 = list1
zz_zdfPrettyInt1 :: PrettyLevel -> [Int] -> A.Doc ()
zz_zdfPrettyInt1 = list1
zz_zdfPrettyInteger1 :: PrettyLevel -> [Integer] -> A.Doc ()
zz_zdfPrettyInteger1 = list1
zz_zdfPrettyMaybe1 :: Pretty a => PrettyLevel -> [Maybe a] -> A.Doc ()
zz_zdfPrettyMaybe1 = list1
zz_zdfPrettyOrdering1 :: PrettyLevel -> [Ordering] -> A.Doc ()
zz_zdfPrettyOrdering1 = list1

type Parts = (# A.Doc (), Bool, A.Doc () #)

listParts :: Pretty a => [a] -> Parts
listParts xs = parts (pPrintList prettyNormal xs)

levelParts :: Pretty a => PrettyLevel -> [a] -> Parts
levelParts l xs = parts (pPrintList l xs)

zz_zdwzdcpPrintList :: [()] -> Parts
zz_zdwzdcpPrintList = listParts
zz_zdwzdcpPrintList1 :: (Pretty a, Pretty b) => PrettyLevel -> [(a, b)] -> Parts
zz_zdwzdcpPrintList1 = levelParts
zz_zdwzdcpPrintList2 :: (Pretty a, Pretty b, Pretty c) => PrettyLevel -> [(a, b, c)] -> Parts
zz_zdwzdcpPrintList2 = levelParts
zz_zdwzdcpPrintList3 :: (Pretty a, Pretty b, Pretty c, Pretty d) => PrettyLevel -> [(a, b, c, d)] -> Parts
zz_zdwzdcpPrintList3 = levelParts
zz_zdwzdcpPrintList4 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e) => PrettyLevel -> [(a, b, c, d, e)] -> Parts
zz_zdwzdcpPrintList4 = levelParts
zz_zdwzdcpPrintList5 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f) => PrettyLevel -> [(a, b, c, d, e, f)] -> Parts
zz_zdwzdcpPrintList5 = levelParts
zz_zdwzdcpPrintList6 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f, Pretty g) => PrettyLevel -> [(a, b, c, d, e, f, g)] -> Parts
zz_zdwzdcpPrintList6 = levelParts
zz_zdwzdcpPrintList7 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f, Pretty g, Pretty h) => PrettyLevel -> [(a, b, c, d, e, f, g, h)] -> Parts
zz_zdwzdcpPrintList7 = levelParts
zz_zdwzdcpPrintList8 :: [Bool] -> Parts
zz_zdwzdcpPrintList8 = listParts
zz_zdwzdcpPrintList9 :: [Double] -> Parts
zz_zdwzdcpPrintList9 = listParts
zz_zdwzdcpPrintList10 :: (Pretty a, Pretty b) => PrettyLevel -> [Either a b] -> Parts
zz_zdwzdcpPrintList10 = levelParts
zz_zdwzdcpPrintList11 :: [Float] -> Parts
zz_zdwzdcpPrintList11 = listParts
zz_zdwzdcpPrintList12 :: [Int] -> Parts
zz_zdwzdcpPrintList12 = listParts
zz_zdwzdcpPrintList13 :: [Integer] -> Parts
zz_zdwzdcpPrintList13 = listParts
zz_zdwzdcpPrintList14 :: Pretty a => PrettyLevel -> [Maybe a] -> Parts
zz_zdwzdcpPrintList14 = levelParts
zz_zdwzdcpPrintList15 :: [Ordering] -> Parts
zz_zdwzdcpPrintList15 = listParts

zz_zdwzdcpPrintPrec :: (Pretty a, Pretty b) => PrettyLevel -> a -> b -> Parts
zz_zdwzdcpPrintPrec l a b = parts (pPrintPrec l 0 (a, b))

zz_zdwzdcpPrintPrec1 :: (Pretty a, Pretty b, Pretty c) => PrettyLevel -> a -> b -> c -> Parts
zz_zdwzdcpPrintPrec1 l a b c = parts (pPrintPrec l 0 (a, b, c))

zz_zdwzdcpPrintPrec2 :: (Pretty a, Pretty b, Pretty c, Pretty d) => PrettyLevel -> a -> b -> c -> d -> Parts
zz_zdwzdcpPrintPrec2 l a b c d = parts (pPrintPrec l 0 (a, b, c, d))

zz_zdwzdcpPrintPrec3 :: (Pretty a, Pretty b) => PrettyLevel -> Integer -> Integer -> Either a b -> Doc
zz_zdwzdcpPrintPrec3 l n d e = pPrintPrec l (n :% d) e

zz_zdwzdcshowsPrec :: Int# -> PrettyLevel -> ShowS
zz_zdwzdcshowsPrec d l = showsPrec (I# d) l

-- Floated constants of the -O1 build (named after the instance they came
-- from): the one-character documents, "()", "Just", "Nothing", "Left",
-- "Right" and their widths, and the precedences 10 and 11.
zz_zdfPrettyZLZR2, zz_zdfPrettyZLz2cUZR2, zz_zdfPrettyZLz2cUz2cUz2cUz2cUZR2, zz_zdfPrettyZMZN1 :: A.Doc ()
zz_zdfPrettyZLZR2 = A.char '['
zz_zdfPrettyZLz2cUZR2 = A.char '('
zz_zdfPrettyZLz2cUz2cUz2cUz2cUZR2 = A.char '(' A.<> A.char ')'
zz_zdfPrettyZMZN1 = A.char '[' A.<> A.char ']'

zz_zdfPrettyZLZR3, zz_zdfPrettyMaybe5 :: Doc
zz_zdfPrettyZLZR3 = text "()"
zz_zdfPrettyMaybe5 = text "Nothing"

zz_zdfPrettyZLZR4, zz_zdfPrettyEither2, zz_zdfPrettyEither5, zz_zdfPrettyMaybe2, zz_zdfPrettyMaybe6 :: TextDetails
zz_zdfPrettyZLZR4 = Str "()"
zz_zdfPrettyEither2 = Str "Left"
zz_zdfPrettyEither5 = Str "Right"
zz_zdfPrettyMaybe2 = Str "Just"
zz_zdfPrettyMaybe6 = Str "Nothing"

zz_zdfPrettyEither4, zz_zdfPrettyEither7, zz_zdfPrettyMaybe4 :: Int
zz_zdfPrettyEither4 = length "Left"
zz_zdfPrettyEither7 = length "Right"
zz_zdfPrettyMaybe4 = length "Just"

zz_zdfPrettyEither8 :: Rational
zz_zdfPrettyEither8 = 11

zz_zdfPrettyEither9, zz_zdfPrettyEitherzudt :: Integer
zz_zdfPrettyEither9 = 1
zz_zdfPrettyEitherzudt = 10

zz_zdfShowPrettyLevel1 :: PrettyLevel -> ShowS
zz_zdfShowPrettyLevel1 = showsPrec 0

-- pPrintList's loops: each element at precedence 0, under the newtype.
docsAt0 :: Pretty a => [a] -> [A.Doc ()]
docsAt0 = map (unDoc . pPrintPrec prettyNormal 0)

zz_zdfPrettyZLZRzugo1 :: [()] -> [A.Doc ()]
zz_zdfPrettyZLZRzugo1 = docsAt0
zz_zdfPrettyBoolzugo1 :: [Bool] -> [A.Doc ()]
zz_zdfPrettyBoolzugo1 = docsAt0
zz_zdfPrettyDoublezugo1 :: [Double] -> [A.Doc ()]
zz_zdfPrettyDoublezugo1 = docsAt0
zz_zdfPrettyFloatzugo1 :: [Float] -> [A.Doc ()]
zz_zdfPrettyFloatzugo1 = docsAt0
zz_zdfPrettyIntzugo1 :: [Int] -> [A.Doc ()]
zz_zdfPrettyIntzugo1 = docsAt0
zz_zdfPrettyIntegerzugo1 :: [Integer] -> [A.Doc ()]
zz_zdfPrettyIntegerzugo1 = docsAt0
zz_zdfPrettyOrderingzugo1 :: [Ordering] -> [A.Doc ()]
zz_zdfPrettyOrderingzugo1 = docsAt0
