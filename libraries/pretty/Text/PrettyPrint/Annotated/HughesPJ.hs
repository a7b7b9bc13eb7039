{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
{-# LANGUAGE BangPatterns, DeriveGeneric, MagicHash, UnboxedTuples #-}
-- Clean-room Text.PrettyPrint.Annotated.HughesPJ (pretty-1.1.3.6's API),
-- written from the package documentation, from the design of the
-- Hughes/Peyton Jones pretty printer ("The Design of a Pretty-printing
-- Library") and from `ghc --show-iface` of the installed interface (the
-- Doc constructors with their field strictness and unpacking, the
-- instance list). -fno-omit-interface-pragmas makes GHC honour the
-- UNPACK pragmas at -O0, so our constructors have the installed layout
-- (NoAnnot and Nest hold an Int#) that -O1 user code builds and matches.
module Text.PrettyPrint.Annotated.HughesPJ
  ( Doc,
    TextDetails (..),
    AnnotDetails (..),
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
    annotate,
    isEmpty,
    first,
    reduceDoc,
    render,
    renderSpans,
    Span (..),
    renderDecorated,
    renderDecoratedM,
    Style (..),
    style,
    renderStyle,
    Mode (..),
    fullRender,
    fullRenderAnn,
    -- The internals -O1 user code calls (after the installed interface's
    -- unfoldings and rules); not part of the package's API.
    sep1,
    fill1,
    mkNest,
    nonEmptySet,
    spaceText,
    hcat1,
    hsep1,
    vcat1,
    colon1, colon2, comma1, comma2, equals1, equals2, semi1, semi2,
    lparen1, lparen2, rparen1, rparen2, lbrack1, lbrack2, rbrack1, rbrack2,
    lbrace1, lbrace2, rbrace1, rbrace2, space1,
    quotes1, quotes2, quotes3, doubleQuotes1, doubleQuotes2, doubleQuotes3,
    renderSpans1, renderSpans_spanPrinter, renderDecorated1, renderDecoratedM1,
    zz_zdwsep1,
    zz_zdwfill1,
    zz_zdwmkNest,
    zz_zdwreduceHorizz,
    zz_zdwreduceVert,
    zz_catzuzdszdwsep1,
    zz_vcatzuzdspolyzugo1,
    zz_reduceDoczuzdsreduceDoc,
    zz_reduceDoczuzdsreduceDoc1,
    zz_annotatezuzdsbeside,
    zz_zdfEqDoc1,
    zz_zdfEqDoc2,
    zz_zdwinteger,
    zz_zdwrational,
    zz_zdwrenderSpans,
    zz_zdwspanPrinter,
    zz_zdwzdcshowsPrec,
    zz_zdwzdcshowsPrec1,
    zz_zdwzdcshowsPrec2,
    zz_zdwzdcshowsPrec3,
    zz_zdwzdczeze,
    zz_zdfSemigroupDoc1,
    besideParts,
    zz_zdfShowTextDetails1,
    zz_zdfShowStyle1,
    zz_zdfShowDoc1,
    zz_zdfShowAnnotDetails11,
    zz_zdfNFDataAnnotDetailszugo,
    renderSpans2,
    renderDecorated2,
    zz_zdfGenericDoc1,
    zz_zdfGenericMode1,
    zz_zdfGenericStyle1,
    zz_zdfGenericTextDetails1,
  )
where

import GHC.Exts (Float (F#), Int (I#), Int#, float2Int#)
import GHC.Real (Ratio ((:%)))

import Control.DeepSeq (NFData (rnf))
import Data.String (IsString (fromString))
import GHC.Generics (Generic (Rep, from))
import Prelude hiding ((<>))
import qualified Prelude

infixl 6 <>

infixl 6 <+>

infixl 5 $$, $+$

-- | The pieces of text a document is made of.
data TextDetails
  = Chr {-# UNPACK #-} !Char
  | Str String
  | PStr String
  deriving (Show, Eq, Generic)

-- | Text with its width, or the start/end of an annotated region.
data AnnotDetails a
  = AnnotStart
  | NoAnnot !TextDetails {-# UNPACK #-} !Int
  | AnnotEnd a
  deriving (Show, Eq)

instance Functor AnnotDetails where
  fmap _ AnnotStart = AnnotStart
  fmap _ (NoAnnot d n) = NoAnnot d n
  fmap f (AnnotEnd a) = AnnotEnd (f a)

-- | A document: a set of layouts. Only Empty, NilAbove, TextBeside, Nest,
-- Union and NoDoc occur in a reduced document (RDoc); Beside and Above
-- are the unreduced horizontal and vertical compositions (the Bool says
-- "with a space" resp. "no overlap").
data Doc a
  = Empty
  | NilAbove (Doc a)
  | TextBeside !(AnnotDetails a) (Doc a)
  | Nest {-# UNPACK #-} !Int (Doc a)
  | Union (Doc a) (Doc a)
  | NoDoc
  | Beside (Doc a) Bool (Doc a)
  | Above (Doc a) Bool (Doc a)
  deriving (Generic)

type RDoc = Doc

instance Semigroup (Doc a) where
  (<>) = (Text.PrettyPrint.Annotated.HughesPJ.<>)

instance Monoid (Doc a) where
  mempty = empty
  mappend = (Prelude.<>)

instance IsString (Doc a) where
  fromString = text

instance Show (Doc a) where
  showsPrec _ doc rest =
    fullRender (mode style) (lineLength style) (ribbonsPerLine style) txtPrinter rest doc

instance Eq (Doc a) where
  a == b = render a == render b

instance Functor Doc where
  fmap _ Empty = Empty
  fmap f (NilAbove d) = NilAbove (fmap f d)
  fmap f (TextBeside s d) = TextBeside (fmap f s) (fmap f d)
  fmap f (Nest k d) = Nest k (fmap f d)
  fmap f (Union p q) = Union (fmap f p) (fmap f q)
  fmap _ NoDoc = NoDoc
  fmap f (Beside p g q) = Beside (fmap f p) g (fmap f q)
  fmap f (Above p g q) = Above (fmap f p) g (fmap f q)

instance NFData a => NFData (AnnotDetails a) where
  rnf AnnotStart = ()
  rnf (NoAnnot d n) = rnf d `seq` rnf n
  rnf (AnnotEnd a) = rnf a

instance NFData a => NFData (Doc a) where
  rnf Empty = ()
  rnf (NilAbove d) = rnf d
  rnf (TextBeside s d) = rnf s `seq` rnf d
  rnf (Nest k d) = rnf k `seq` rnf d
  rnf (Union p q) = rnf p `seq` rnf q
  rnf NoDoc = ()
  rnf (Beside p g q) = rnf p `seq` rnf g `seq` rnf q
  rnf (Above p g q) = rnf p `seq` rnf g `seq` rnf q

instance NFData TextDetails where
  rnf (Chr c) = rnf c
  rnf (Str s) = rnf s
  rnf (PStr s) = rnf s

-- Atoms --------------------------------------------------------------------

annotSize :: AnnotDetails a -> Int
annotSize (NoAnnot _ n) = n
annotSize _ = 0

char :: Char -> Doc a
char c = TextBeside (NoAnnot (Chr c) 1) Empty

text :: String -> Doc a
text s = case length s of n -> TextBeside (NoAnnot (Str s) n) Empty

ptext :: String -> Doc a
ptext s = case length s of n -> TextBeside (NoAnnot (PStr s) n) Empty

-- | Text with a given width (which need not be its length).
sizedText :: Int -> String -> Doc a
sizedText n s = TextBeside (NoAnnot (Str s) n) Empty

zeroWidthText :: String -> Doc a
zeroWidthText = sizedText 0

int :: Int -> Doc a
int n = text (show n)

integer :: Integer -> Doc a
integer n = text (show n)

float :: Float -> Doc a
float n = text (show n)

double :: Double -> Doc a
double n = text (show n)

rational :: Rational -> Doc a
rational n = text (show n)

spaceText, nlText :: AnnotDetails a
spaceText = NoAnnot (Chr ' ') 1
nlText = NoAnnot (Chr '\n') 1

semi, comma, colon, space, equals, lparen, rparen, lbrack, rbrack, lbrace, rbrace :: Doc a
semi = char ';'
comma = char ','
colon = char ':'
space = TextBeside spaceText Empty
equals = char '='
lparen = char '('
rparen = char ')'
lbrack = char '['
rbrack = char ']'
lbrace = char '{'
rbrace = char '}'

parens, brackets, braces, quotes, doubleQuotes :: Doc a -> Doc a
parens d = char '(' <> d <> char ')'
brackets d = char '[' <> d <> char ']'
braces d = char '{' <> d <> char '}'
quotes d = char '\'' <> d <> char '\''
doubleQuotes d = char '"' <> d <> char '"'

maybeParens, maybeBrackets, maybeBraces, maybeQuotes, maybeDoubleQuotes :: Bool -> Doc a -> Doc a
maybeParens b = if b then parens else id
maybeBrackets b = if b then brackets else id
maybeBraces b = if b then braces else id
maybeQuotes b = if b then quotes else id
maybeDoubleQuotes b = if b then doubleQuotes else id

-- | Wraps a document in an annotation.
annotate :: a -> Doc a -> Doc a
annotate a d =
  TextBeside AnnotStart (beside (reduceDoc d) False (TextBeside (AnnotEnd a) Empty))

-- Structure ----------------------------------------------------------------

empty :: Doc a
empty = Empty

isEmpty :: Doc a -> Bool
isEmpty Empty = True
isEmpty _ = False

nest :: Int -> Doc a -> Doc a
nest k d = mkNest k (reduceDoc d)

hang :: Doc a -> Int -> Doc a -> Doc a
hang d1 n d2 = sep [d1, nest n d2]

punctuate :: Doc a -> [Doc a] -> [Doc a]
punctuate _ [] = []
punctuate p (d : ds) = go d ds
  where
    go x [] = [x]
    go x (y : ys) = (x <> p) : go y ys

-- Smart constructors keeping reduced documents in normal form.
mkNest :: Int -> Doc a -> Doc a
mkNest !k d = case d of
  Nest k' d' -> mkNest (k + k') d'
  NoDoc -> NoDoc
  Empty -> Empty
  _ | k == 0 -> d
    | otherwise -> Nest k d

mkUnion :: Doc a -> Doc a -> Doc a
mkUnion Empty _ = Empty
mkUnion p q = Union p q

(<>) :: Doc a -> Doc a -> Doc a
p <> q = besideOf p False q

(<+>) :: Doc a -> Doc a -> Doc a
p <+> q = besideOf p True q

($$) :: Doc a -> Doc a -> Doc a
p $$ q = aboveOf p False q

($+$) :: Doc a -> Doc a -> Doc a
p $+$ q = aboveOf p True q

besideOf :: Doc a -> Bool -> Doc a -> Doc a
besideOf p _ Empty = p
besideOf Empty _ q = q
besideOf p g q = Beside p g q

aboveOf :: Doc a -> Bool -> Doc a -> Doc a
aboveOf p _ Empty = p
aboveOf Empty _ q = q
aboveOf p g q = Above p g q

-- The list combinators skip empty documents but do not look at the rest
-- of the list before building (so an infinite vcat renders lazily): a
-- trailing empty document stays as the right operand of the last
-- composition, which reduces to the same layouts.
hcat :: [Doc a] -> Doc a
hcat = joinDocs (\p q -> Beside p False q)

hsep :: [Doc a] -> Doc a
hsep = joinDocs (\p q -> Beside p True q)

vcat :: [Doc a] -> Doc a
vcat = joinDocs (\p q -> Above p False q)

joinDocs :: (Doc a -> Doc a -> Doc a) -> [Doc a] -> Doc a
joinDocs _ [] = Empty
joinDocs op (Empty : ds) = joinDocs op ds
joinDocs op (d : ds) = op d (joinDocs op ds)

-- | First layout of p if it has one, else q.
first :: Doc a -> Doc a -> Doc a
first p q = if nonEmptySet p then p else q

nonEmptySet :: Doc a -> Bool
nonEmptySet NoDoc = False
nonEmptySet (Union _ _) = True
nonEmptySet Empty = True
nonEmptySet (NilAbove _) = True
nonEmptySet (TextBeside _ p) = nonEmptySet p
nonEmptySet (Nest _ p) = nonEmptySet p
nonEmptySet (Beside {}) = error "nonEmptySet Beside"
nonEmptySet (Above {}) = error "nonEmptySet Above"

-- Reduction ----------------------------------------------------------------

-- | Turns the top-level Beside/Above compositions into layouts.
reduceDoc :: Doc a -> RDoc a
reduceDoc (Beside p g q) = beside p g (reduceDoc q)
reduceDoc (Above p g q) = above p g (reduceDoc q)
reduceDoc d = d

-- beside p g q: p beside the reduced q (with a space when g).
beside :: Doc a -> Bool -> RDoc a -> RDoc a
beside d g q = case d of
  NoDoc -> NoDoc
  Union p1 p2 -> Union (beside p1 g q) (beside p2 g q)
  Empty -> q
  Nest k p -> let !r = beside p g q in Nest k r
  Beside p1 g1 q1
    | g1 == g -> let !r = beside q1 g q in beside p1 g1 r
    | otherwise -> beside (reduceDoc d) g q
  Above {} -> let !r = reduceDoc d in beside r g q
  NilAbove p -> let !r = beside p g q in NilAbove r
  TextBeside s p -> TextBeside s (if isEmpty p then nilBeside g q else beside p g q)

-- The text of q after an empty last line: its nesting is lost.
nilBeside :: Bool -> RDoc a -> RDoc a
nilBeside _ Empty = Empty
nilBeside g (Nest _ p) = nilBeside g p
nilBeside g p = if g then TextBeside spaceText p else p

-- above p g q: p above the reduced q (no overlap when g).
above :: Doc a -> Bool -> RDoc a -> RDoc a
above (Above p g1 q1) g2 q2 = above p g1 (above q1 g2 q2)
above p@(Beside {}) g q = aboveNest (reduceDoc p) g 0 (reduceDoc q)
above p g q = aboveNest p g 0 (reduceDoc q)

-- aboveNest p g k q: p above (nest (-k) q).
aboveNest :: RDoc a -> Bool -> Int -> RDoc a -> RDoc a
aboveNest d g !k q = case d of
  NoDoc -> NoDoc
  Union p1 p2 -> Union (aboveNest p1 g k q) (aboveNest p2 g k q)
  Empty -> mkNest k q
  Nest k1 p -> Nest k1 (aboveNest p g (k - k1) q)
  NilAbove p -> NilAbove (aboveNest p g k q)
  TextBeside s p ->
    let !k1 = k - annotSize s
     in TextBeside s (if isEmpty p then nilAboveNest g k1 q else aboveNest p g k1 q)
  Above {} -> error "aboveNest Above"
  Beside {} -> error "aboveNest Beside"

-- nilAboveNest g k q: an empty line above (nest (-k) q); without g the
-- first line of q may share the line when it starts to the right.
nilAboveNest :: Bool -> Int -> RDoc a -> RDoc a
nilAboveNest g !k q = case q of
  Empty -> Empty
  Nest k1 q' -> nilAboveNest g (k + k1) q'
  _
    | not g && k > 0 -> TextBeside (NoAnnot (Str (indent k)) k) q
    | otherwise -> NilAbove (mkNest k q)

-- sep and cat --------------------------------------------------------------

sep :: [Doc a] -> Doc a
sep = sepX True

cat :: [Doc a] -> Doc a
cat = sepX False

sepX :: Bool -> [Doc a] -> Doc a
sepX _ [] = empty
sepX g (p : ps) = sep1 g (reduceDoc p) 0 ps

-- sep1 g p k ys: sep (p : map (nest k) ys), all horizontal or all vertical.
sep1 :: Bool -> RDoc a -> Int -> [Doc a] -> RDoc a
sep1 g d !k ys = case d of
  NoDoc -> NoDoc
  Union p q -> Union (sep1 g p k ys) (aboveNest q False k (reduceDoc (vcat ys)))
  Empty -> mkNest k (sepX g ys)
  Nest n p -> Nest n (sep1 g p (k - n) ys)
  NilAbove p -> NilAbove (aboveNest p False k (reduceDoc (vcat ys)))
  TextBeside s p -> TextBeside s (sepNB g p (k - annotSize s) ys)
  Above {} -> error "sep1 Above"
  Beside {} -> error "sep1 Beside"

-- After the first line's text: either everything on one line, or the rest
-- below.
sepNB :: Bool -> Doc a -> Int -> [Doc a] -> Doc a
sepNB g (Nest _ p) k ys = sepNB g p k ys
sepNB g Empty k ys =
  oneLiner (nilBeside g (reduceDoc (if g then hsep ys else hcat ys)))
    `mkUnion` nilAboveNest False k (reduceDoc (vcat ys))
sepNB g p k ys = sep1 g p k ys

-- fsep and fcat ------------------------------------------------------------

fsep :: [Doc a] -> Doc a
fsep = fill True

fcat :: [Doc a] -> Doc a
fcat = fill False

fill :: Bool -> [Doc a] -> RDoc a
fill _ [] = empty
fill g (p : ps) = fill1 g (reduceDoc p) 0 ps

-- fill1 g p k ys: fill (p : map (nest k) ys), as many per line as fit.
fill1 :: Bool -> RDoc a -> Int -> [Doc a] -> Doc a
fill1 g d !k ys = case d of
  NoDoc -> NoDoc
  Union p q -> Union (fill1 g p k ys) (aboveNest q False k (fill g ys))
  Empty -> mkNest k (fill g ys)
  Nest n p -> Nest n (fill1 g p (k - n) ys)
  NilAbove p -> NilAbove (aboveNest p False k (fill g ys))
  TextBeside s p -> TextBeside s (fillNB g p (k - annotSize s) ys)
  Above {} -> error "fill1 Above"
  Beside {} -> error "fill1 Beside"

fillNB :: Bool -> Doc a -> Int -> [Doc a] -> Doc a
fillNB g d !k ys = case d of
  Nest _ p -> fillNB g p k ys
  Empty -> case ys of
    [] -> Empty
    Empty : ys' -> fillNB g Empty k ys'
    y : ys' -> fillNBE g k y ys'
  _ -> fill1 g d k ys

-- The next item on this line, or a new line for the rest.
fillNBE :: Bool -> Int -> Doc a -> [Doc a] -> Doc a
fillNBE g k y ys =
  nilBeside g (fill1 g (elideNest (oneLiner (reduceDoc y))) k' ys)
    `mkUnion` nilAboveNest False k (fill g (y : ys))
  where
    k' = if g then k - 1 else k

elideNest :: Doc a -> Doc a
elideNest (Nest _ d) = d
elideNest d = d

-- The layouts of a reduced document that fit on one line.
oneLiner :: Doc a -> Doc a
oneLiner d = case d of
  NoDoc -> NoDoc
  Empty -> Empty
  NilAbove _ -> NoDoc
  TextBeside s p -> TextBeside s (oneLiner p)
  Nest k p -> Nest k (oneLiner p)
  Union p _ -> oneLiner p
  Above {} -> error "oneLiner Above"
  Beside {} -> error "oneLiner Beside"

-- Rendering ----------------------------------------------------------------

data Mode
  = PageMode
  | ZigZagMode
  | LeftMode
  | OneLineMode
  deriving (Eq, Show, Generic)

data Style = Style
  { mode :: Mode,
    lineLength :: Int,
    ribbonsPerLine :: Float
  }
  deriving (Show, Eq, Generic)

-- | PageMode, 100 columns, 1.5 ribbons per line.
style :: Style
style = Style {lineLength = 100, ribbonsPerLine = 1.5, mode = PageMode}

render :: Doc a -> String
render = fullRender (mode style) (lineLength style) (ribbonsPerLine style) txtPrinter ""

renderStyle :: Style -> Doc a -> String
renderStyle s = fullRender (mode s) (lineLength s) (ribbonsPerLine s) txtPrinter ""

txtPrinter :: TextDetails -> String -> String
txtPrinter (Chr c) s = c : s
txtPrinter (Str s1) s2 = s1 ++ s2
txtPrinter (PStr s1) s2 = s1 ++ s2

fullRender :: Mode -> Int -> Float -> (TextDetails -> a -> a) -> a -> Doc b -> a
fullRender m len ribbons txt = fullRenderAnn m len ribbons annTxt
  where
    annTxt (NoAnnot s _) r = txt s r
    annTxt _ r = r

fullRenderAnn :: Mode -> Int -> Float -> (AnnotDetails b -> a -> a) -> a -> Doc b -> a
fullRenderAnn OneLineMode _ _ txt end doc = easyDisplay spaceText (\_ q -> q) txt end (reduceDoc doc)
fullRenderAnn LeftMode _ _ txt end doc = easyDisplay nlText first txt end (reduceDoc doc)
fullRenderAnn m len ribbons txt end doc =
  display m len ribbonLen txt end (best bestLen ribbonLen (reduceDoc doc))
  where
    ribbonLen = roundRibbon (fromIntegral len / ribbons)
    bestLen = case m of
      ZigZagMode -> maxBound
      _ -> len

-- round as the installed (-O1) build computes it: through the machine's
-- float-to-int conversion, which gives minBound for an infinite, NaN or
-- out-of-range ratio (ribbonsPerLine 0), where Integer rounding would
-- give 0 or wrap around.
roundRibbon :: Float -> Int
roundRibbon x@(F# f)
  | isNaN x || isInfinite x || abs x >= 9.2233715e18 = I# (float2Int# f)
  | otherwise = round x

-- One layout without regard to width: a choice picks the layout of each
-- union, line breaks print as the given text.
easyDisplay ::
  AnnotDetails b ->
  (Doc b -> Doc b -> Doc b) ->
  (AnnotDetails b -> a -> a) ->
  a ->
  Doc b ->
  a
easyDisplay nl choose txt end = lay
  where
    lay d = case d of
      NoDoc -> error "easyDisplay: NoDoc"
      Union p q -> lay (choose p q)
      Nest _ p -> lay p
      Empty -> end
      NilAbove p -> nl `txt` lay p
      TextBeside s p -> s `txt` lay p
      Above {} -> error "easyDisplay Above"
      Beside {} -> error "easyDisplay Beside"

indent :: Int -> String
indent !n = replicate n ' '

-- Prints a document free of unions.
display :: Mode -> Int -> Int -> (AnnotDetails b -> a -> a) -> a -> Doc b -> a
display m !pageWidth !ribbonWidth txt end doc = lay 0 doc
  where
    gapWidth = pageWidth - ribbonWidth
    shift = gapWidth `quot` 2
    lay !k d = case d of
      Nest k1 p -> lay (k + k1) p
      Empty -> end
      NilAbove p -> nlText `txt` lay k p
      TextBeside s p -> case m of
        ZigZagMode
          | k >= gapWidth ->
            nlText `txt` (NoAnnot (Str (replicate shift '/')) shift `txt` (nlText `txt` lay1 (k - shift) s p))
          | k < 0 ->
            nlText `txt` (NoAnnot (Str (replicate shift '\\')) shift `txt` (nlText `txt` lay1 (k + shift) s p))
        _ -> lay1 k s p
      Above {} -> error "display lay Above"
      Beside {} -> error "display lay Beside"
      NoDoc -> error "display lay NoDoc"
      Union {} -> error "display lay Union"
    lay1 !k s !p =
      let !r = k + annotSize s
       in NoAnnot (Str (indent k)) k `txt` (s `txt` lay2 r p)
    lay2 !k d = case d of
      NilAbove p -> nlText `txt` lay k p
      TextBeside s p -> s `txt` lay2 (k + annotSize s) p
      Nest _ p -> lay2 k p
      Empty -> end
      Above {} -> error "display lay2 Above"
      Beside {} -> error "display lay2 Beside"
      NoDoc -> error "display lay2 NoDoc"
      Union {} -> error "display lay2 Union"

-- Chooses, at every union, the first layout whose first line fits in the
-- page width and the ribbon (text on the line, indentation excluded).
best :: Int -> Int -> RDoc a -> RDoc a
best lineLen ribbon = get lineLen
  where
    get !w d = case d of
      Empty -> Empty
      NoDoc -> NoDoc
      NilAbove p -> NilAbove (get w p)
      TextBeside s p -> TextBeside s (get1 w (annotSize s) p)
      Nest k p -> Nest k (get (w - k) p)
      Union p q -> nicest w ribbon 0 (get w p) (get w q)
      Above {} -> error "best get Above"
      Beside {} -> error "best get Beside"
    get1 !w !sl d = case d of
      Empty -> Empty
      NoDoc -> NoDoc
      NilAbove p -> NilAbove (get (w - sl) p)
      TextBeside s p -> TextBeside s (get1 w (sl + annotSize s) p)
      Nest _ p -> get1 w sl p
      Union p q -> nicest w ribbon sl (get1 w sl p) (get1 w sl q)
      Above {} -> error "best get1 Above"
      Beside {} -> error "best get1 Beside"

nicest :: Int -> Int -> Int -> Doc a -> Doc a -> Doc a
nicest !w !r !sl p q = if fits (min w r - sl) p then p else q

-- Whether the first line fits in n columns.
fits :: Int -> Doc a -> Bool
fits n _ | n < 0 = False
fits _ NoDoc = False
fits _ Empty = True
fits _ (NilAbove _) = True
fits n (TextBeside s p) = fits (n - annotSize s) p
fits _ (Above {}) = error "fits Above"
fits _ (Beside {}) = error "fits Beside"
fits _ (Union {}) = error "fits Union"
fits _ (Nest {}) = error "fits Nest"

-- Annotated rendering ------------------------------------------------------

-- | Where an annotated region is in the rendered text.
data Span a = Span
  { spanStart :: {-# UNPACK #-} !Int,
    spanLength :: {-# UNPACK #-} !Int,
    spanAnnotation :: a
  }
  deriving (Show, Eq)

instance Functor Span where
  fmap f (Span s l a) = Span s l (f a)

-- The state of renderSpans, built from the end of the text: the number of
-- characters so far, the open regions, the finished spans, the text.
data Spans a = Spans
  { sOffset :: {-# UNPACK #-} !Int,
    sStack :: [Int -> Span a],
    sSpans :: [Span a],
    sOutput :: String
  }

renderSpans :: Doc ann -> (String, [Span ann])
renderSpans doc = (sOutput final, map fromStart (sSpans final))
  where
    final =
      fullRenderAnn (mode style) (lineLength style) (ribbonsPerLine style) renderSpans_spanPrinter renderSpans1 doc
    total = sOffset final
    fromStart sp = sp {spanStart = total - spanStart sp}

renderDecorated :: (ann -> String) -> (ann -> String) -> Doc ann -> String
renderDecorated open close doc = fst (fullRenderAnn (mode style) (lineLength style) (ribbonsPerLine style) step ("", []) doc)
  where
    step d (out, stack) = case d of
      AnnotStart -> case stack of
        a : rest -> (open a ++ out, rest)
        [] -> error "renderDecorated: stack underflow"
      AnnotEnd a -> (close a ++ out, a : stack)
      NoAnnot s _ -> (txtPrinter s out, stack)

renderDecoratedM ::
  Monad m =>
  (ann -> m r) ->
  (ann -> m r) ->
  (String -> m r) ->
  m r ->
  Doc ann ->
  m r
renderDecoratedM open close str end doc =
  fst (fullRenderAnn (mode style) (lineLength style) (ribbonsPerLine style) step (end, []) doc)
  where
    step d (out, stack) = case d of
      AnnotStart -> case stack of
        a : rest -> (open a >> out, rest)
        [] -> error "renderDecoratedM: stack underflow"
      AnnotEnd a -> (close a >> out, a : stack)
      NoAnnot s _ -> (str (txtPrinter s "") >> out, stack)

-- -O1 internals --------------------------------------------------------------
-- GHC's -O1 build of pretty splits functions into workers taking unboxed
-- Ints ($wsep1), floats constants out (colon1 = the AnnotDetails of ':')
-- and specialises by rules (cat_$s$wsep1 g p k ys: $wsep1 on a non-empty
-- list); user code compiled at -O1 calls them by these names. Each is
-- defined here from its type and from the unfolding or rule that uses it.

data IsEmpty = IsEmpty | NotEmpty

-- hcat/hsep/vcat are (snd of) $wreduceHoriz/$wreduceVert of hcat1/hsep1/
-- vcat1 in the unfoldings; ours compose the same way.
hcat1, hsep1, vcat1 :: [Doc a] -> Doc a
hcat1 = hcat
hsep1 = hsep
vcat1 = vcat

emptiness :: Doc a -> IsEmpty
emptiness d = if isEmpty d then IsEmpty else NotEmpty

zz_zdwreduceHorizz, zz_zdwreduceVert :: Doc a -> (# IsEmpty, Doc a #)
zz_zdwreduceHorizz d = (# emptiness d, d #)
zz_zdwreduceVert d = (# emptiness d, d #)

zz_vcatzuzdspolyzugo1 :: Doc a -> [Doc a] -> Doc a
zz_vcatzuzdspolyzugo1 d ds = vcat1 (d : ds)

zz_zdwsep1 :: Bool -> RDoc a -> Int# -> [Doc a] -> RDoc a
zz_zdwsep1 g p k ys = sep1 g p (I# k) ys

zz_catzuzdszdwsep1 :: Doc a -> [Doc a] -> Int# -> Doc a -> Bool -> RDoc a
zz_catzuzdszdwsep1 y ys k p g = sep1 g p (I# k) (y : ys)

zz_zdwfill1 :: Bool -> RDoc a -> Int# -> [Doc a] -> Doc a
zz_zdwfill1 g p k ys = fill1 g p (I# k) ys

zz_zdwmkNest :: Int# -> Doc a -> Doc a
zz_zdwmkNest k d = mkNest (I# k) d

zz_reduceDoczuzdsreduceDoc :: Doc a -> Bool -> Doc a -> RDoc a
zz_reduceDoczuzdsreduceDoc p g q = reduceDoc (Above p g q)

zz_reduceDoczuzdsreduceDoc1 :: Doc a -> Bool -> Doc a -> RDoc a
zz_reduceDoczuzdsreduceDoc1 p g q = reduceDoc (Beside p g q)

zz_annotatezuzdsbeside :: Doc a -> Doc a -> RDoc a
zz_annotatezuzdsbeside q p = beside p False q

-- The text printer of render and show (annotations print nothing).
zz_zdfEqDoc1 :: AnnotDetails a -> String -> String
zz_zdfEqDoc1 (NoAnnot s _) r = txtPrinter s r
zz_zdfEqDoc1 _ r = r

zz_zdfEqDoc2 :: Float
zz_zdfEqDoc2 = 1.5

zz_zdwinteger :: Integer -> (# AnnotDetails a, Doc a #)
zz_zdwinteger n = case integer n of
  TextBeside s d -> (# s, d #)
  _ -> error "integer"

zz_zdwrational :: Integer -> Integer -> (# AnnotDetails a, Doc a #)
zz_zdwrational n d = case rational (n :% d) of
  TextBeside s r -> (# s, r #)
  _ -> error "rational"

colon1, comma1, equals1, semi1, lparen1, rparen1, lbrack1, rbrack1, lbrace1, rbrace1 :: AnnotDetails a
colon1 = NoAnnot colon2 1
comma1 = NoAnnot comma2 1
equals1 = NoAnnot equals2 1
semi1 = NoAnnot semi2 1
lparen1 = NoAnnot lparen2 1
rparen1 = NoAnnot rparen2 1
lbrack1 = NoAnnot lbrack2 1
rbrack1 = NoAnnot rbrack2 1
lbrace1 = NoAnnot lbrace2 1
rbrace1 = NoAnnot rbrace2 1

colon2, comma2, equals2, semi2, lparen2, rparen2, lbrack2, rbrack2, lbrace2, rbrace2, space1 :: TextDetails
colon2 = Chr ':'
comma2 = Chr ','
equals2 = Chr '='
semi2 = Chr ';'
lparen2 = Chr '('
rparen2 = Chr ')'
lbrack2 = Chr '['
rbrack2 = Chr ']'
lbrace2 = Chr '{'
rbrace2 = Chr '}'
space1 = Chr ' '

quotes1, doubleQuotes1 :: Doc a
quotes1 = TextBeside quotes2 Empty
doubleQuotes1 = TextBeside doubleQuotes2 Empty

quotes2, doubleQuotes2 :: AnnotDetails a
quotes2 = NoAnnot quotes3 1
doubleQuotes2 = NoAnnot doubleQuotes3 1

quotes3, doubleQuotes3 :: TextDetails
quotes3 = Chr '\''
doubleQuotes3 = Chr '"'

renderSpans1 :: Spans ann
renderSpans1 = Spans 0 [] [] ""

renderSpans_spanPrinter :: AnnotDetails a -> Spans a -> Spans a
renderSpans_spanPrinter d (Spans off stack spans out) = case d of
  NoAnnot s n -> Spans (off + n) stack spans (txtPrinter s out)
  AnnotEnd a -> Spans off ((\start -> Span start (start - off) a) : stack) spans out
  AnnotStart -> case stack of
    open : rest -> Spans off rest (open off : spans) out
    [] -> error "renderSpans: stack underflow"

zz_zdwspanPrinter ::
  AnnotDetails a -> Int# -> [Int -> Span a] -> [Span a] -> String -> (# Int#, [Int -> Span a], [Span a], String #)
zz_zdwspanPrinter d off stack spans out = case renderSpans_spanPrinter d (Spans (I# off) stack spans out) of
  Spans (I# off') stack' spans' out' -> (# off', stack', spans', out' #)

zz_zdwrenderSpans :: Doc ann -> (# String, [Span ann] #)
zz_zdwrenderSpans d = case renderSpans d of (s, sp) -> (# s, sp #)

renderDecorated1 :: ([Char], [ann])
renderDecorated1 = ("", [])

renderDecoratedM1 :: (m r, [ann])
renderDecoratedM1 = error "renderDecoratedM: stack underflow"

zz_zdwzdcshowsPrec :: Int# -> TextDetails -> String -> String
zz_zdwzdcshowsPrec d t = showsPrec (I# d) t

zz_zdwzdcshowsPrec1 :: Mode -> String -> String
zz_zdwzdcshowsPrec1 m = showsPrec 0 m

zz_zdwzdcshowsPrec2 :: Show a => Int# -> Int# -> Int# -> a -> ShowS
zz_zdwzdcshowsPrec2 d s l a = showsPrec (I# d) (Span (I# s) (I# l) a)

zz_zdwzdcshowsPrec3 :: Int# -> Mode -> Int -> Float -> ShowS
zz_zdwzdcshowsPrec3 d m l r = showsPrec (I# d) (Style m l r)

zz_zdwzdczeze :: Mode -> Int -> Float -> Mode -> Int -> Float -> Bool
zz_zdwzdczeze m l r m' l' r' = Style m l r == Style m' l' r'

zz_zdfSemigroupDoc1 :: Doc a -> [Doc a] -> Doc a
zz_zdfSemigroupDoc1 d ds = sconcatDocs d ds
  where
    sconcatDocs x [] = x
    sconcatDocs x (y : ys) = x <> sconcatDocs y ys

-- The operands of a horizontal composition (for the workers of
-- HughesPJClass, which return them unboxed).
besideParts :: Doc a -> (Doc a, Bool, Doc a)
besideParts (Beside p g q) = (p, g, q)
besideParts d = (d, False, Empty)

zz_zdfShowTextDetails1 :: TextDetails -> ShowS
zz_zdfShowTextDetails1 = showsPrec 0

zz_zdfShowStyle1 :: Style -> ShowS
zz_zdfShowStyle1 = showsPrec 0

zz_zdfShowDoc1 :: Doc a -> ShowS
zz_zdfShowDoc1 = showsPrec 0

zz_zdfShowAnnotDetails11 :: String -> String
zz_zdfShowAnnotDetails11 s = "AnnotStart" ++ s

zz_zdfNFDataAnnotDetailszugo :: [Char] -> ()
zz_zdfNFDataAnnotDetailszugo = rnf

-- The failures of unbalanced annotations (which documents built with
-- annotate never have).
renderSpans2 :: Spans a
renderSpans2 = error "renderSpans: stack underflow"

renderDecorated2 :: ([Char], [ann])
renderDecorated2 = error "renderDecorated: stack underflow"

-- Generic's `from` of each type (the -O1 build's name for the method).
zz_zdfGenericDoc1 :: Doc a -> Rep (Doc a) x
zz_zdfGenericDoc1 = from

zz_zdfGenericMode1 :: Mode -> Rep Mode x
zz_zdfGenericMode1 = from

zz_zdfGenericStyle1 :: Style -> Rep Style x
zz_zdfGenericStyle1 = from

zz_zdfGenericTextDetails1 :: TextDetails -> Rep TextDetails x
zz_zdfGenericTextDetails1 = from
