{-# LANGUAGE DeriveGeneric, MagicHash, UnboxedTuples #-}
-- Clean-room Text.PrettyPrint.HughesPJ (pretty-1.1.3.6's API): the
-- unannotated interface, a newtype over the annotated document at ()
-- (as the installed interface declares it), every function the
-- annotated one under the newtype.
module Text.PrettyPrint.HughesPJ
  ( Doc,
    TextDetails (..),
    char,
    text,
    ptext,
    sizedText,
    zeroWidthText,
    int,
    integer,
    float,
    double,
    rational,
    semi,
    comma,
    colon,
    space,
    equals,
    lparen,
    rparen,
    lbrack,
    rbrack,
    lbrace,
    rbrace,
    parens,
    brackets,
    braces,
    quotes,
    doubleQuotes,
    maybeParens,
    maybeBrackets,
    maybeBraces,
    maybeQuotes,
    maybeDoubleQuotes,
    empty,
    (<>),
    (<+>),
    hcat,
    hsep,
    ($$),
    ($+$),
    vcat,
    sep,
    cat,
    fsep,
    fcat,
    nest,
    hang,
    punctuate,
    isEmpty,
    first,
    reduceDoc,
    render,
    Style (..),
    style,
    renderStyle,
    Mode (..),
    fullRender,
    -- The internals -O1 user code calls (after the installed interface's
    -- unfoldings); not part of the package's API.
    braces1, braces2, braces3, braces4, braces5, braces6, braces7,
    brackets1, brackets2, brackets3, brackets4, brackets5, brackets6, brackets7,
    colon1, colon2, colon3, comma1, comma2, comma3, equals1, equals2, equals3,
    semi1, semi2, semi3, space1, space2, space3, lparen1, lparen2, lparen3,
    doubleQuotes1, doubleQuotes2, doubleQuotes3, doubleQuotes4,
    maybeParens1, maybeParens2, maybeParens3, maybeParens4,
    maybeQuotes1, maybeQuotes2, maybeQuotes3, maybeQuotes4,
    zeroWidthText1,
    zz_zdfEqDoc1,
    zz_zdfNFDataDoc1,
    zz_zdfSemigroupDoczugo1,
    zz_zdwinteger,
    zz_zdwrational,
    docAnnotated,
    zz_zdfShowDoc1,
    zz_zdfGenericDoc1,
    zz_zdfGenericDoc2,
  )
where

import GHC.Real (Ratio ((:%)))

import Control.DeepSeq (NFData (rnf))
import Data.String (IsString (fromString))
import GHC.Generics (Generic (Rep))
import Text.PrettyPrint.Annotated.HughesPJ (AnnotDetails (..), Mode (..), Style (..), TextDetails (..), style)
import qualified Text.PrettyPrint.Annotated.HughesPJ as A
import Prelude hiding ((<>))
import qualified Prelude

infixl 6 <>

infixl 6 <+>

infixl 5 $$, $+$

newtype Doc = Doc (A.Doc ())
  deriving (Generic)

type RDoc = Doc

instance Semigroup Doc where
  (<>) = (Text.PrettyPrint.HughesPJ.<>)

instance Monoid Doc where
  mempty = empty
  mappend = (Prelude.<>)

instance IsString Doc where
  fromString = text

instance Show Doc where
  showsPrec _ doc rest =
    fullRender (mode style) (lineLength style) (ribbonsPerLine style) printer rest doc
    where
      printer (Chr c) s = c : s
      printer (Str s1) s2 = s1 ++ s2
      printer (PStr s1) s2 = s1 ++ s2

instance Eq Doc where
  a == b = render a == render b

instance NFData Doc where
  rnf (Doc d) = rnf d

lift1 :: (A.Doc () -> A.Doc ()) -> Doc -> Doc
lift1 f (Doc d) = Doc (f d)

lift2 :: (A.Doc () -> A.Doc () -> A.Doc ()) -> Doc -> Doc -> Doc
lift2 f (Doc p) (Doc q) = Doc (f p q)

liftList :: ([A.Doc ()] -> A.Doc ()) -> [Doc] -> Doc
liftList f ds = Doc (f [d | Doc d <- ds])

char :: Char -> Doc
char c = Doc (A.char c)

text :: String -> Doc
text s = Doc (A.text s)

ptext :: String -> Doc
ptext s = Doc (A.ptext s)

sizedText :: Int -> String -> Doc
sizedText n s = Doc (A.sizedText n s)

zeroWidthText :: String -> Doc
zeroWidthText s = Doc (A.zeroWidthText s)

int :: Int -> Doc
int n = Doc (A.int n)

integer :: Integer -> Doc
integer n = Doc (A.integer n)

float :: Float -> Doc
float n = Doc (A.float n)

double :: Double -> Doc
double n = Doc (A.double n)

rational :: Rational -> Doc
rational n = Doc (A.rational n)

semi, comma, colon, space, equals, lparen, rparen, lbrack, rbrack, lbrace, rbrace :: Doc
semi = Doc A.semi
comma = Doc A.comma
colon = Doc A.colon
space = Doc A.space
equals = Doc A.equals
lparen = Doc A.lparen
rparen = Doc A.rparen
lbrack = Doc A.lbrack
rbrack = Doc A.rbrack
lbrace = Doc A.lbrace
rbrace = Doc A.rbrace

parens, brackets, braces, quotes, doubleQuotes :: Doc -> Doc
parens = lift1 A.parens
brackets = lift1 A.brackets
braces = lift1 A.braces
quotes = lift1 A.quotes
doubleQuotes = lift1 A.doubleQuotes

maybeParens, maybeBrackets, maybeBraces, maybeQuotes, maybeDoubleQuotes :: Bool -> Doc -> Doc
maybeParens b = lift1 (A.maybeParens b)
maybeBrackets b = lift1 (A.maybeBrackets b)
maybeBraces b = lift1 (A.maybeBraces b)
maybeQuotes b = lift1 (A.maybeQuotes b)
maybeDoubleQuotes b = lift1 (A.maybeDoubleQuotes b)

empty :: Doc
empty = Doc A.empty

isEmpty :: Doc -> Bool
isEmpty (Doc d) = A.isEmpty d

(<>), (<+>), ($$), ($+$) :: Doc -> Doc -> Doc
(<>) = lift2 (A.<>)
(<+>) = lift2 (A.<+>)
($$) = lift2 (A.$$)
($+$) = lift2 (A.$+$)

hcat, hsep, vcat, sep, cat, fsep, fcat :: [Doc] -> Doc
hcat = liftList A.hcat
hsep = liftList A.hsep
vcat = liftList A.vcat
sep = liftList A.sep
cat = liftList A.cat
fsep = liftList A.fsep
fcat = liftList A.fcat

nest :: Int -> Doc -> Doc
nest k = lift1 (A.nest k)

hang :: Doc -> Int -> Doc -> Doc
hang (Doc d1) n (Doc d2) = Doc (A.hang d1 n d2)

punctuate :: Doc -> [Doc] -> [Doc]
punctuate (Doc p) ds = map Doc (A.punctuate p [d | Doc d <- ds])

first :: Doc -> Doc -> Doc
first = lift2 A.first

reduceDoc :: Doc -> RDoc
reduceDoc = lift1 A.reduceDoc

render :: Doc -> String
render (Doc d) = A.render d

renderStyle :: Style -> Doc -> String
renderStyle s (Doc d) = A.renderStyle s d

fullRender :: Mode -> Int -> Float -> (TextDetails -> a -> a) -> a -> Doc -> a
fullRender m len ribbons txt end (Doc d) = A.fullRender m len ribbons txt end d

-- -O1 internals --------------------------------------------------------------
-- Constants GHC's -O1 build floats out of the one-character documents (the
-- document, its AnnotDetails, its TextDetails) and the helpers the
-- unfoldings of the installed interface call.

braces1, brackets1, doubleQuotes1, maybeParens1, maybeQuotes1 :: Doc -> A.Doc ()
braces1 (Doc d) = A.braces d
brackets1 (Doc d) = A.brackets d
doubleQuotes1 (Doc d) = A.doubleQuotes d
maybeParens1 (Doc d) = A.parens d
maybeQuotes1 (Doc d) = A.quotes d

braces7, braces4, brackets7, brackets4, colon1, comma1, equals1, semi1, space1, lparen1 :: A.Doc ()
braces7 = A.char '{'
braces4 = A.char '}'
brackets7 = A.char '['
brackets4 = A.char ']'
colon1 = A.colon
comma1 = A.comma
equals1 = A.equals
semi1 = A.semi
space1 = A.space
lparen1 = A.lparen

doubleQuotes4, maybeParens2, maybeQuotes4 :: A.Doc ()
doubleQuotes4 = A.char '"'
maybeParens2 = A.rparen
maybeQuotes4 = A.char '\''

braces2, braces5, brackets2, brackets5, colon2, comma2, equals2, semi2, space2, lparen2 :: AnnotDetails ()
braces2 = NoAnnot braces3 1
braces5 = NoAnnot braces6 1
brackets2 = NoAnnot brackets3 1
brackets5 = NoAnnot brackets6 1
colon2 = NoAnnot colon3 1
comma2 = NoAnnot comma3 1
equals2 = NoAnnot equals3 1
semi2 = NoAnnot semi3 1
space2 = NoAnnot space3 1
lparen2 = NoAnnot lparen3 1

doubleQuotes2, maybeParens3, maybeQuotes2 :: AnnotDetails ()
doubleQuotes2 = NoAnnot doubleQuotes3 1
maybeParens3 = NoAnnot maybeParens4 1
maybeQuotes2 = NoAnnot maybeQuotes3 1

braces3, braces6, brackets3, brackets6, colon3, comma3, equals3, semi3, space3, lparen3 :: TextDetails
braces3 = Chr '{'
braces6 = Chr '}'
brackets3 = Chr '['
brackets6 = Chr ']'
colon3 = Chr ':'
comma3 = Chr ','
equals3 = Chr '='
semi3 = Chr ';'
space3 = Chr ' '
lparen3 = Chr '('

doubleQuotes3, maybeParens4, maybeQuotes3 :: TextDetails
doubleQuotes3 = Chr '"'
maybeParens4 = Chr ')'
maybeQuotes3 = Chr '\''

zeroWidthText1 :: String -> A.Doc ()
zeroWidthText1 = A.zeroWidthText

-- render's and show's text printer.
zz_zdfEqDoc1 :: AnnotDetails () -> String -> String
zz_zdfEqDoc1 = A.zz_zdfEqDoc1

zz_zdfNFDataDoc1 :: () -> ()
zz_zdfNFDataDoc1 u = u

-- sconcat's loop.
zz_zdfSemigroupDoczugo1 :: Doc -> [Doc] -> Doc
zz_zdfSemigroupDoczugo1 d [] = d
zz_zdfSemigroupDoczugo1 d (e : es) = d <> zz_zdfSemigroupDoczugo1 e es

zz_zdwinteger :: Integer -> (# AnnotDetails (), A.Doc () #)
zz_zdwinteger = A.zz_zdwinteger

zz_zdwrational :: Integer -> Integer -> (# AnnotDetails (), A.Doc () #)
zz_zdwrational = A.zz_zdwrational

-- The annotated document under the newtype (for HughesPJClass's workers).
docAnnotated :: Doc -> A.Doc ()
docAnnotated (Doc d) = d

zz_zdfShowDoc1 :: Doc -> ShowS
zz_zdfShowDoc1 = showsPrec 0

-- Generic's to and from of the newtype are identities at -O1.
zz_zdfGenericDoc1 :: Rep Doc x -> Rep Doc x
zz_zdfGenericDoc1 r = r

zz_zdfGenericDoc2 :: Doc -> Doc
zz_zdfGenericDoc2 d = d
