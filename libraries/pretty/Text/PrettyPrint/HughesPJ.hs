{-# LANGUAGE DeriveGeneric #-}
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
  )
where

import Control.DeepSeq (NFData (rnf))
import Data.String (IsString (fromString))
import GHC.Generics (Generic)
import Text.PrettyPrint.Annotated.HughesPJ (Mode (..), Style (..), TextDetails (..), style)
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
