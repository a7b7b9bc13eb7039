{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- Clean-room Text.PrettyPrint.Annotated.HughesPJClass (pretty-1.1.3.6's API): the
-- Pretty class (method order pPrintPrec, pPrint, pPrintList, as the
-- installed interface declares them) with its documented defaults and
-- instances, re-exporting Text.PrettyPrint.Annotated.HughesPJ (documents of any annotation type).
module Text.PrettyPrint.Annotated.HughesPJClass
  ( Pretty (..),
    PrettyLevel (..),
    prettyNormal,
    prettyShow,
    prettyParen,
    module Text.PrettyPrint.Annotated.HughesPJ,
    -- The internals -O1 user code calls (after the installed interface's
    -- unfoldings); not part of the package's API.
    zz_zdfPrettyZLz2cUZR4, zz_zdfPrettyZLz2cUZR5,
    zz_zdwzdcpPrintList, zz_zdwzdcpPrintList1, zz_zdwzdcpPrintList2, zz_zdwzdcpPrintList3,
    zz_zdwzdcpPrintList4, zz_zdwzdcpPrintList5, zz_zdwzdcpPrintList6, zz_zdwzdcpPrintList7,
    zz_zdwzdcpPrintList8, zz_zdwzdcpPrintList9, zz_zdwzdcpPrintList10, zz_zdwzdcpPrintList11,
    zz_zdwzdcpPrintList12, zz_zdwzdcpPrintList13, zz_zdwzdcpPrintList14, zz_zdwzdcpPrintList15,
    zz_zdwzdcpPrintPrec, zz_zdwzdcpPrintPrec1, zz_zdwzdcpPrintPrec2, zz_zdwzdcpPrintPrec3,
    zz_zdwzdcshowsPrec,
    zz_zdfPrettyZLZR1, zz_zdfPrettyZLZR2, zz_zdfPrettyZLZR3, zz_zdfPrettyZLZR4, zz_zdfPrettyZLZR5,
    zz_zdfPrettyZLz2cUZR1, zz_zdfPrettyZLz2cUZR2, zz_zdfPrettyZLz2cUZR3,
    zz_zdfPrettyZLz2cUz2cUz2cUz2cUZR1, zz_zdfPrettyZMZN1,
    zz_zdfPrettyEither1, zz_zdfPrettyEither2, zz_zdfPrettyEither3, zz_zdfPrettyEither5,
    zz_zdfPrettyEither6, zz_zdfPrettyEither7, zz_zdfPrettyEither9, zz_zdfPrettyEither10,
    zz_zdfPrettyEitherzudt,
    zz_zdfPrettyMaybe1, zz_zdfPrettyMaybe2, zz_zdfPrettyMaybe3, zz_zdfPrettyMaybe5, zz_zdfPrettyMaybe6,
    zz_zdfShowPrettyLevel1,
  )
where

import GHC.Exts (Int (I#), Int#)
import GHC.Real (Ratio ((:%)))
import qualified Text.PrettyPrint.Annotated.HughesPJ as A

import Text.PrettyPrint.Annotated.HughesPJ hiding (zz_zdwzdcshowsPrec)
import Prelude hiding ((<>))

-- | The level of detail to print at.
newtype PrettyLevel = PrettyLevel Int
  deriving (Eq, Ord, Show)

prettyNormal :: PrettyLevel
prettyNormal = PrettyLevel 0

class Pretty a where
  pPrintPrec :: PrettyLevel -> Rational -> a -> Doc ann
  pPrintPrec _ _ = pPrint

  pPrint :: a -> Doc ann
  pPrint = pPrintPrec prettyNormal 0

  pPrintList :: PrettyLevel -> [a] -> Doc ann
  pPrintList l = brackets . fsep . punctuate comma . map (pPrintPrec l 0)
  {-# MINIMAL pPrintPrec | pPrint #-}

prettyShow :: Pretty a => a -> String
prettyShow = render . pPrint

prettyParen :: Bool -> Doc ann -> Doc ann
prettyParen = maybeParens

appPrec :: Rational
appPrec = 10

atPrec0 :: Pretty a => PrettyLevel -> a -> Doc ann
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

tuple :: [Doc ann] -> Doc ann
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
-- and the floated constants (named after the instance they came from).

type Parts ann = (# Doc ann, Bool, Doc ann #)

parts :: Doc ann -> Parts ann
parts d = case A.besideParts d of (p, g, q) -> (# p, g, q #)

listParts :: Pretty a => [a] -> Parts ann
listParts xs = parts (pPrintList prettyNormal xs)

levelParts :: Pretty a => PrettyLevel -> [a] -> Parts ann
levelParts l xs = parts (pPrintList l xs)

zz_zdwzdcpPrintList :: [()] -> Parts ann
zz_zdwzdcpPrintList = listParts
zz_zdwzdcpPrintList1 :: (Pretty a, Pretty b) => PrettyLevel -> [(a, b)] -> Parts ann
zz_zdwzdcpPrintList1 = levelParts
zz_zdwzdcpPrintList2 :: (Pretty a, Pretty b, Pretty c) => PrettyLevel -> [(a, b, c)] -> Parts ann
zz_zdwzdcpPrintList2 = levelParts
zz_zdwzdcpPrintList3 :: (Pretty a, Pretty b, Pretty c, Pretty d) => PrettyLevel -> [(a, b, c, d)] -> Parts ann
zz_zdwzdcpPrintList3 = levelParts
zz_zdwzdcpPrintList4 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e) => PrettyLevel -> [(a, b, c, d, e)] -> Parts ann
zz_zdwzdcpPrintList4 = levelParts
zz_zdwzdcpPrintList5 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f) => PrettyLevel -> [(a, b, c, d, e, f)] -> Parts ann
zz_zdwzdcpPrintList5 = levelParts
zz_zdwzdcpPrintList6 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f, Pretty g) => PrettyLevel -> [(a, b, c, d, e, f, g)] -> Parts ann
zz_zdwzdcpPrintList6 = levelParts
zz_zdwzdcpPrintList7 :: (Pretty a, Pretty b, Pretty c, Pretty d, Pretty e, Pretty f, Pretty g, Pretty h) => PrettyLevel -> [(a, b, c, d, e, f, g, h)] -> Parts ann
zz_zdwzdcpPrintList7 = levelParts
zz_zdwzdcpPrintList8 :: [Bool] -> Parts ann
zz_zdwzdcpPrintList8 = listParts
zz_zdwzdcpPrintList9 :: [Double] -> Parts ann
zz_zdwzdcpPrintList9 = listParts
zz_zdwzdcpPrintList10 :: (Pretty a, Pretty b) => PrettyLevel -> [Either a b] -> Parts ann
zz_zdwzdcpPrintList10 = levelParts
zz_zdwzdcpPrintList11 :: [Float] -> Parts ann
zz_zdwzdcpPrintList11 = listParts
zz_zdwzdcpPrintList12 :: [Int] -> Parts ann
zz_zdwzdcpPrintList12 = listParts
zz_zdwzdcpPrintList13 :: [Integer] -> Parts ann
zz_zdwzdcpPrintList13 = listParts
zz_zdwzdcpPrintList14 :: Pretty a => PrettyLevel -> [Maybe a] -> Parts ann
zz_zdwzdcpPrintList14 = levelParts
zz_zdwzdcpPrintList15 :: [Ordering] -> Parts ann
zz_zdwzdcpPrintList15 = listParts

zz_zdwzdcpPrintPrec :: (Pretty a, Pretty b) => PrettyLevel -> a -> b -> Parts ann
zz_zdwzdcpPrintPrec l a b = parts (pPrintPrec l 0 (a, b))

zz_zdwzdcpPrintPrec1 :: (Pretty a, Pretty b, Pretty c) => PrettyLevel -> a -> b -> c -> Parts ann
zz_zdwzdcpPrintPrec1 l a b c = parts (pPrintPrec l 0 (a, b, c))

zz_zdwzdcpPrintPrec2 :: (Pretty a, Pretty b, Pretty c, Pretty d) => PrettyLevel -> a -> b -> c -> d -> Parts ann
zz_zdwzdcpPrintPrec2 l a b c d = parts (pPrintPrec l 0 (a, b, c, d))

zz_zdwzdcpPrintPrec3 :: (Pretty a, Pretty b) => PrettyLevel -> Integer -> Integer -> Either a b -> Doc ann
zz_zdwzdcpPrintPrec3 l n d e = pPrintPrec l (n :% d) e

zz_zdwzdcshowsPrec :: Int# -> PrettyLevel -> ShowS
zz_zdwzdcshowsPrec d l = showsPrec (I# d) l

zz_zdfPrettyZLz2cUZR4 :: Rational
zz_zdfPrettyZLz2cUZR4 = 0

zz_zdfPrettyZLz2cUZR5, zz_zdfPrettyEither10, zz_zdfPrettyEitherzudt :: Integer
zz_zdfPrettyZLz2cUZR5 = 0
zz_zdfPrettyEither10 = 1
zz_zdfPrettyEitherzudt = 10

zz_zdfPrettyEither9 :: Rational
zz_zdfPrettyEither9 = 11

zz_zdfPrettyZLZR1, zz_zdfPrettyZLZR4, zz_zdfPrettyZLz2cUZR1, zz_zdfPrettyZLz2cUz2cUz2cUz2cUZR1, zz_zdfPrettyZMZN1 :: Doc ann
zz_zdfPrettyZLZR1 = char '['
zz_zdfPrettyZLZR4 = text "()"
zz_zdfPrettyZLz2cUZR1 = char '('
zz_zdfPrettyZLz2cUz2cUz2cUz2cUZR1 = char '(' <> char ')'
zz_zdfPrettyZMZN1 = char '[' <> char ']'

zz_zdfPrettyEither1, zz_zdfPrettyEither2, zz_zdfPrettyEither5, zz_zdfPrettyEither6 :: Doc ann
zz_zdfPrettyEither1 = parens (text "Left")
zz_zdfPrettyEither2 = text "Left"
zz_zdfPrettyEither5 = parens (text "Right")
zz_zdfPrettyEither6 = text "Right"

zz_zdfPrettyMaybe1, zz_zdfPrettyMaybe2, zz_zdfPrettyMaybe5 :: Doc ann
zz_zdfPrettyMaybe1 = parens (text "Just")
zz_zdfPrettyMaybe2 = text "Just"
zz_zdfPrettyMaybe5 = text "Nothing"

zz_zdfPrettyZLZR2, zz_zdfPrettyZLz2cUZR2 :: A.AnnotDetails ann
zz_zdfPrettyZLZR2 = A.NoAnnot zz_zdfPrettyZLZR3 1
zz_zdfPrettyZLz2cUZR2 = A.NoAnnot zz_zdfPrettyZLz2cUZR3 1

zz_zdfPrettyZLZR3, zz_zdfPrettyZLZR5, zz_zdfPrettyZLz2cUZR3, zz_zdfPrettyEither3, zz_zdfPrettyEither7, zz_zdfPrettyMaybe3, zz_zdfPrettyMaybe6 :: TextDetails
zz_zdfPrettyZLZR3 = Chr '['
zz_zdfPrettyZLZR5 = Str "()"
zz_zdfPrettyZLz2cUZR3 = Chr '('
zz_zdfPrettyEither3 = Str "Left"
zz_zdfPrettyEither7 = Str "Right"
zz_zdfPrettyMaybe3 = Str "Just"
zz_zdfPrettyMaybe6 = Str "Nothing"

zz_zdfShowPrettyLevel1 :: PrettyLevel -> ShowS
zz_zdfShowPrettyLevel1 = showsPrec 0
