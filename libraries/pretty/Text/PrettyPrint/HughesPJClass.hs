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
  )
where

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
