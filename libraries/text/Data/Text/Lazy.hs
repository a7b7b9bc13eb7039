{-# LANGUAGE BangPatterns, TypeFamilies, MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas -fno-warn-orphans #-}
-- | Clean-room text-1.2.5.0 Data.Text.Lazy: lazy text, a list of strict
-- chunks. Functions that rebuild text stream characters through a lazy
-- String and rechunk as text does (a chunk holds characters while two
-- code units remain of defaultChunkSize), so infinite and large texts work
-- lazily; counts are Int64.
module Data.Text.Lazy
  ( Text,
    pack,
    unpack,
    singleton,
    empty,
    fromChunks,
    toChunks,
    toStrict,
    fromStrict,
    foldrChunks,
    foldlChunks,
    cons,
    snoc,
    append,
    uncons,
    unsnoc,
    head,
    last,
    tail,
    init,
    null,
    length,
    compareLength,
    map,
    intercalate,
    intersperse,
    transpose,
    reverse,
    replace,
    toCaseFold,
    toLower,
    toUpper,
    toTitle,
    justifyLeft,
    justifyRight,
    center,
    foldl,
    foldl',
    foldl1,
    foldl1',
    foldr,
    foldr1,
    concat,
    concatMap,
    any,
    all,
    maximum,
    minimum,
    scanl,
    scanl1,
    scanr,
    scanr1,
    mapAccumL,
    mapAccumR,
    repeat,
    replicate,
    cycle,
    iterate,
    unfoldr,
    unfoldrN,
    take,
    takeEnd,
    drop,
    dropEnd,
    takeWhile,
    takeWhileEnd,
    dropWhile,
    dropWhileEnd,
    dropAround,
    strip,
    stripStart,
    stripEnd,
    splitAt,
    span,
    breakOn,
    breakOnEnd,
    break,
    group,
    groupBy,
    inits,
    tails,
    splitOn,
    split,
    chunksOf,
    lines,
    words,
    unlines,
    unwords,
    isPrefixOf,
    isSuffixOf,
    isInfixOf,
    stripPrefix,
    stripSuffix,
    commonPrefixes,
    filter,
    find,
    elem,
    breakOnAll,
    partition,
    index,
    count,
    zip,
    zipWith,
    -- the package's internals GHC's -O1 callers use (named by the generator)
    zz_emptyError,
    zz_impossibleError,
    zz_unpackCStringzh,
    zz_zdfShowText1,
    zz_zdfShowText2,
    zz_zdwrepeat,
    zz_zdwunfold,
    zz_breakOn1,
    zz_breakOnEndzurev,
    zz_commonPrefixeszuzdszdwgo,
    zz_compareText,
    zz_dropEndzugo,
    zz_dropEndzuzdsdropChunk,
    zz_takeEndzuzdstakeChunk,
    zz_equal,
    zz_fromChunkszugo1,
    zz_initszuinitszq,
    zz_splitAtzuzdszdwsplitAt,
    zz_transpose1,
    zz_zdfReadTextzugo1,
    zz_zdwbreak,
    zz_zdwdropzq,
    zz_zdwsplitAtWord,
    zz_breakOnAll2,
    zz_zdfEqTextzuzdsequal,
    zz_zdwbreakOn,
    zz_zdwgo,
    zz_zdwgo1,
    zz_zdwgo2,
    zz_zdwgo3,
    zz_zdwouter,
    zz_cycle1,
    zz_scanr2,
    zz_zdfSemigroupTextzugo1,
    zz_zdfDataText13,
    zz_zdwzdcfromListN,
    zz_zdfIsListTextzuouter,
    zz_zdfIsListTextzuzdszdwinner,
    zz_zdfDataTextzuouter,
    zz_zdfDataTextzuouter1,
    zz_zdfDataTextzuouter2,
    zz_zdfDataTextzuouter3,
    zz_zdfDataTextzuouter4,
    zz_zdfDataTextzuouter5,
    zz_zdfDataTextzuzdszdwinner,
    zz_zdfDataTextzuzdszdwinner1,
    zz_zdfDataTextzuzdszdwinner2,
    zz_zdfDataTextzuzdszdwinner3,
    zz_zdfDataTextzuzdszdwinner4,
    zz_zdfDataTextzuzdszdwinner5,
  )
where

import Control.DeepSeq (NFData (..))
import Data.Data (Data (..), Constr, DataType, mkConstr, mkDataType, constrIndex, Fixity (Prefix))
import Control.Exception (ErrorCall (..), throw)
import Data.Char (isSpace)
import Data.Text.Internal.Fusion.Common (streamError)
import Data.Text.Internal.Lazy.Search (indices)
import GHC.Exts (Addr#, ByteArray#, Char (..), Char#, Int (..), Int#)
import qualified Data.Text.Array as A
import qualified Data.Text.Show as Show
import Data.Int (Int64)
import qualified Data.List as L
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (Semigroup (..))
import Data.String (IsString (..))
import qualified Data.Text as T
import qualified Data.Text.Internal as TI
import Data.Text.Internal.Chars (fromCharsN, unitsOf)
import Data.Text.Internal.Lazy
import Data.Binary (Binary (..))
import Data.Binary.Builder (Builder)
import Data.Binary.Hs2stg (putW)
import Data.Text.Internal.Lazy.Utf8 (decodeUtf8Lazy', encodeUtf8Lazy)
import qualified GHC.Exts as Exts
import Text.Printf (PrintfArg (..), formatString)
import Prelude hiding (all, any, break, concat, concatMap, cycle, drop, dropWhile, elem, filter, foldl, foldl1, foldr, foldr1, head, init, iterate, last, length, lines, map, maximum, minimum, null, repeat, replicate, reverse, scanl, scanl1, scanr, scanr1, span, splitAt, tail, take, takeWhile, unlines, unwords, words, zip, zipWith)
import qualified Prelude as P

-- | text's: the UTF-8 bytes as a lazy ByteString (its length, then the
-- bytes); a decoding error fails with the exception shown.
instance Binary Text where
  put t = put (encodeUtf8Lazy t)
  get = do
    bs <- get
    case decodeUtf8Lazy' bs of
      Left e -> fail (P.show e)
      Right t -> return t

instance NFData Text where
  rnf Empty = ()
  rnf (Chunk _ ts) = rnf ts

instance Eq Text where
  a == b = unpack a == unpack b

instance Ord Text where
  compare a b = compare (unpack a) (unpack b)

instance Show Text where
  showsPrec p t = showsPrec p (unpack t)

instance Read Text where
  readsPrec p s = [(pack x, r) | (x, r) <- readsPrec p s]

instance Semigroup Text where
  (<>) = append
  sconcat (t :| ts) = concat (t : ts)
  stimes n t
    | n < 0 = error "Data.Text.Lazy.stimes: given number is negative!"
    | otherwise = replicate (fromIntegral n) t

instance Monoid Text where
  mempty = Empty
  mappend = append
  mconcat = concat

instance IsString Text where
  fromString = pack

instance Exts.IsList Text where
  type Item Text = Char
  fromList = pack
  toList = unpack

instance PrintfArg Text where
  formatArg t = formatString (unpack t)

-- | text's error on an empty argument, with the call stack of text's own
-- `error` call.
emptyError :: String -> a
emptyError fun =
  throw
    ( ErrorCallWithLocation
        ("Data.Text.Lazy." ++ fun ++ ": empty input")
        "CallStack (from HasCallStack):\n  error, called at libraries/text/src/Data/Text/Lazy.hs:1757:18 in text-1.2.5.0:Data.Text.Lazy"
    )

-- Conversions -----------------------------------------------------------------

-- | Chunks of the characters (made safe), lazily: a chunk takes characters
-- while at least two code units of defaultChunkSize remain.
pack :: String -> Text
pack = packChars . P.map TI.safe

packChars :: String -> Text
packChars [] = Empty
packChars cs0 = fillChunk Nothing 0 cs0

-- | A chunk's characters after its first u code units (`done`, when some
-- are written already), then the chunks of the rest.
fillChunk :: Maybe T.Text -> Int -> String -> Text
fillChunk done u0 = go u0 []
  where
    go !u acc (c : cs)
      | u + 2 <= defaultChunkSize = go (u + unitsOf c) (c : acc) cs
    go u acc rest =
      let new = fromCharsN (u - u0) (P.reverse acc)
       in Chunk (maybe new (`T.append` new) done) (packChars rest)

-- The loops of text's lazy unstream, which GHC specialises to a list of
-- characters already made safe once per caller (pack in the Data
-- instance's methods, IsList's fromListN): `outer` packs the list;
-- `$s$winner s i cs cap marr` goes on with a chunk whose first i code units
-- are written in marr (of capacity cap).

-- | `outer`: the characters (already safe) as chunks.
unstreamOuter :: String -> Text
unstreamOuter = packChars

unstreamInner :: Exts.State# Exts.RealWorld -> Int# -> String -> Int# -> Exts.MutableByteArray# Exts.RealWorld -> (# Exts.State# Exts.RealWorld, Text #)
unstreamInner s i cs _cap m = case Exts.unsafeFreezeByteArray# m s of
  (# s1, arr #) -> (# s1, fillChunk (Just (TI.Text (A.Array arr) 0 (I# i))) (I# i) cs #)

zz_zdfIsListTextzuouter, zz_zdfDataTextzuouter, zz_zdfDataTextzuouter1, zz_zdfDataTextzuouter2, zz_zdfDataTextzuouter3, zz_zdfDataTextzuouter4, zz_zdfDataTextzuouter5 :: String -> Text
zz_zdfIsListTextzuouter = unstreamOuter
zz_zdfDataTextzuouter = unstreamOuter
zz_zdfDataTextzuouter1 = unstreamOuter
zz_zdfDataTextzuouter2 = unstreamOuter
zz_zdfDataTextzuouter3 = unstreamOuter
zz_zdfDataTextzuouter4 = unstreamOuter
zz_zdfDataTextzuouter5 = unstreamOuter

zz_zdfIsListTextzuzdszdwinner, zz_zdfDataTextzuzdszdwinner, zz_zdfDataTextzuzdszdwinner1, zz_zdfDataTextzuzdszdwinner2, zz_zdfDataTextzuzdszdwinner3, zz_zdfDataTextzuzdszdwinner4, zz_zdfDataTextzuzdszdwinner5 :: Exts.State# Exts.RealWorld -> Int# -> String -> Int# -> Exts.MutableByteArray# Exts.RealWorld -> (# Exts.State# Exts.RealWorld, Text #)
zz_zdfIsListTextzuzdszdwinner = unstreamInner
zz_zdfDataTextzuzdszdwinner = unstreamInner
zz_zdfDataTextzuzdszdwinner1 = unstreamInner
zz_zdfDataTextzuzdszdwinner2 = unstreamInner
zz_zdfDataTextzuzdszdwinner3 = unstreamInner
zz_zdfDataTextzuzdszdwinner4 = unstreamInner
zz_zdfDataTextzuzdszdwinner5 = unstreamInner

-- | IsList's fromListN worker (the length unused): pack.
zz_zdwzdcfromListN :: String -> Text
zz_zdwzdcfromListN = pack

unpack :: Text -> String
unpack t = foldrChunks (\c rest -> T.unpack c ++ rest) [] t

singleton :: Char -> Text
singleton c = Chunk (T.singleton c) Empty

fromChunks :: [T.Text] -> Text
fromChunks = P.foldr chunk Empty

toChunks :: Text -> [T.Text]
toChunks = foldrChunks (:) []

toStrict :: Text -> T.Text
toStrict = T.concat . toChunks

fromStrict :: T.Text -> Text
fromStrict t = chunk t Empty

-- Basic interface ---------------------------------------------------------------

cons :: Char -> Text -> Text
cons c t = Chunk (T.singleton c) t

infixr 5 `cons`

snoc :: Text -> Char -> Text
snoc t c = append t (singleton c)

append :: Text -> Text -> Text
append a b = foldrChunks Chunk b a

uncons :: Text -> Maybe (Char, Text)
uncons Empty = Nothing
uncons (Chunk c cs) = case T.uncons c of
  Just (x, rest) -> Just (x, chunk rest cs)
  Nothing -> uncons cs

unsnoc :: Text -> Maybe (Text, Char)
unsnoc Empty = Nothing
unsnoc t = Just (init t, last t)

head :: Text -> Char
head Empty = streamError "head" "Empty stream"
head (Chunk c _) = T.head c

last :: Text -> Char
last Empty = emptyError "last"
last (Chunk c Empty) = T.last c
last (Chunk _ cs) = last cs

tail :: Text -> Text
tail Empty = emptyError "tail"
tail (Chunk c cs) = chunk (T.tail c) cs

init :: Text -> Text
init Empty = emptyError "init"
init (Chunk c Empty) = chunk (T.init c) Empty
init (Chunk c cs) = Chunk c (init cs)

null :: Text -> Bool
null Empty = True
null _ = False

length :: Text -> Int64
length = foldlChunks (\n c -> n + fromIntegral (T.length c)) 0

compareLength :: Text -> Int64 -> Ordering
compareLength t n = go t 0
  where
    go Empty k = compare k n
    go (Chunk c cs) k
      | k' > n = GT
      | otherwise = go cs k'
      where
        k' = k + fromIntegral (T.length c)

-- Transformations ---------------------------------------------------------------

viaList :: (String -> String) -> Text -> Text
viaList f = pack . f . unpack

map :: (Char -> Char) -> Text -> Text
map f = viaList (P.map f)

intercalate :: Text -> [Text] -> Text
intercalate s = concat . L.intersperse s

intersperse :: Char -> Text -> Text
intersperse c = viaList (L.intersperse c)

transpose :: [Text] -> [Text]
transpose ts = P.map pack (L.transpose (P.map unpack ts))

reverse :: Text -> Text
reverse = viaList P.reverse

replace :: Text -> Text -> Text -> Text
replace needle rep hay
  | null needle = emptyError "replace"
  | otherwise = intercalate rep (splitOn needle hay)

-- | A strict function that maps each character independently, applied
-- chunk by chunk (lazily).
perChunk :: (T.Text -> T.Text) -> Text -> Text
perChunk f = foldrChunks (\c rest -> chunk (f c) rest) Empty

toCaseFold :: Text -> Text
toCaseFold = perChunk T.toCaseFold

toLower :: Text -> Text
toLower = perChunk T.toLower

toUpper :: Text -> Text
toUpper = perChunk T.toUpper

toTitle :: Text -> Text
toTitle t = fromStrict (T.toTitle (toStrict t))

justifyLeft :: Int64 -> Char -> Text -> Text
justifyLeft k c t
  | len >= k = t
  | otherwise = append t (replicateChar (k - len) c)
  where
    len = length t

justifyRight :: Int64 -> Char -> Text -> Text
justifyRight k c t
  | len >= k = t
  | otherwise = append (replicateChar (k - len) c) t
  where
    len = length t

center :: Int64 -> Char -> Text -> Text
center k c t
  | len >= k = t
  | otherwise = concat [replicateChar l c, t, replicateChar r c]
  where
    len = length t
    d = k - len
    r = d `div` 2
    l = d - r

replicateChar :: Int64 -> Char -> Text
replicateChar n c = pack (L.genericReplicate n c)

-- Folds ------------------------------------------------------------------

foldl :: (a -> Char -> a) -> a -> Text -> a
foldl f z t = P.foldl f z (unpack t)

foldl' :: (a -> Char -> a) -> a -> Text -> a
foldl' f z t = L.foldl' f z (unpack t)

foldl1 :: (Char -> Char -> Char) -> Text -> Char
foldl1 f t = if null t then streamError "foldl1" "Internal error" else P.foldl1 f (unpack t)

foldl1' :: (Char -> Char -> Char) -> Text -> Char
foldl1' f t = if null t then streamError "foldl1" "Internal error" else L.foldl1' f (unpack t)

foldr :: (Char -> a -> a) -> a -> Text -> a
foldr f z t = P.foldr f z (unpack t)

foldr1 :: (Char -> Char -> Char) -> Text -> Char
foldr1 f t = if null t then streamError "foldr1" "Internal error" else P.foldr1 f (unpack t)

concat :: [Text] -> Text
concat = P.foldr append Empty

concatMap :: (Char -> Text) -> Text -> Text
concatMap f = concat . P.map f . unpack

any :: (Char -> Bool) -> Text -> Bool
any p = P.any p . unpack

all :: (Char -> Bool) -> Text -> Bool
all p = P.all p . unpack

maximum :: Text -> Char
maximum t = if null t then streamError "maximum" "Internal error" else P.maximum (unpack t)

minimum :: Text -> Char
minimum t = if null t then streamError "minimum" "Internal error" else P.minimum (unpack t)

scanl :: (Char -> Char -> Char) -> Char -> Text -> Text
scanl f z = viaList (P.scanl f z)

scanl1 :: (Char -> Char -> Char) -> Text -> Text
scanl1 f = viaList (P.scanl1 f)

scanr :: (Char -> Char -> Char) -> Char -> Text -> Text
scanr f z = viaList (P.scanr f z)

scanr1 :: (Char -> Char -> Char) -> Text -> Text
scanr1 f = viaList (P.scanr1 f)

mapAccumL :: (a -> Char -> (a, Char)) -> a -> Text -> (a, Text)
mapAccumL f z t = case L.mapAccumL f z (unpack t) of (a, cs) -> (a, pack cs)

mapAccumR :: (a -> Char -> (a, Char)) -> a -> Text -> (a, Text)
mapAccumR f z t = case L.mapAccumR f z (unpack t) of (a, cs) -> (a, pack cs)

repeat :: Char -> Text
repeat c = let t = Chunk (T.replicate smallChunkSize (T.singleton c)) t in t

replicate :: Int64 -> Text -> Text
replicate n t
  | n <= 0 || null t = Empty
  | otherwise = concat (L.genericReplicate n t)

cycle :: Text -> Text
cycle Empty = emptyError "cycle"
cycle t = let t' = foldrChunks Chunk t' t in t'

iterate :: (Char -> Char) -> Char -> Text
iterate f c = pack (P.iterate f c)

unfoldr :: (a -> Maybe (Char, a)) -> a -> Text
unfoldr f s = pack (L.unfoldr f s)

unfoldrN :: Int64 -> (a -> Maybe (Char, a)) -> a -> Text
unfoldrN n f s = pack (L.genericTake n (L.unfoldr f s))

-- Substrings ------------------------------------------------------------------

take :: Int64 -> Text -> Text
take n t
  | n <= 0 = Empty
  | otherwise = case t of
      Empty -> Empty
      Chunk c cs
        | n < len -> Chunk (T.take (fromIntegral n) c) Empty
        | otherwise -> Chunk c (take (n - len) cs)
        where
          len = fromIntegral (T.length c)

drop :: Int64 -> Text -> Text
drop n t
  | n <= 0 = t
  | otherwise = case t of
      Empty -> Empty
      Chunk c cs
        | n < len -> Chunk (T.drop (fromIntegral n) c) cs
        | otherwise -> drop (n - len) cs
        where
          len = fromIntegral (T.length c)

splitAt :: Int64 -> Text -> (Text, Text)
splitAt n t = (take n t, drop n t)

takeEnd :: Int64 -> Text -> Text
takeEnd n t
  | n <= 0 = Empty
  | otherwise = drop (length t - n) t

dropEnd :: Int64 -> Text -> Text
dropEnd n t
  | n <= 0 = t
  | otherwise = take (length t - n) t

takeWhile :: (Char -> Bool) -> Text -> Text
takeWhile _ Empty = Empty
takeWhile p (Chunk c cs) = case T.span p c of
  (a, b)
    | T.null b -> chunk a (takeWhile p cs)
    | otherwise -> chunk a Empty

dropWhile :: (Char -> Bool) -> Text -> Text
dropWhile _ Empty = Empty
dropWhile p (Chunk c cs) = case T.dropWhile p c of
  b
    | T.null b -> dropWhile p cs
    | otherwise -> Chunk b cs

takeWhileEnd :: (Char -> Bool) -> Text -> Text
takeWhileEnd p = reverse . takeWhile p . reverse

dropWhileEnd :: (Char -> Bool) -> Text -> Text
dropWhileEnd p t = fromStrict (T.dropWhileEnd p (toStrict t))

dropAround :: (Char -> Bool) -> Text -> Text
dropAround p = dropWhile p . dropWhileEnd p

strip :: Text -> Text
strip = dropAround isSpace

stripStart :: Text -> Text
stripStart = dropWhile isSpace

stripEnd :: Text -> Text
stripEnd = dropWhileEnd isSpace

span :: (Char -> Bool) -> Text -> (Text, Text)
span p t = (takeWhile p t, dropWhile p t)

break :: (Char -> Bool) -> Text -> (Text, Text)
break p = span (not . p)

-- | The String split at the first occurrence of a non-empty needle.
breakList :: String -> String -> (String, String)
breakList pat = go
  where
    go [] = ([], [])
    go s@(c : cs)
      | pat `L.isPrefixOf` s = ([], s)
      | otherwise = let (a, b) = go cs in (c : a, b)

breakOn :: Text -> Text -> (Text, Text)
breakOn pat src
  | null pat = emptyError "breakOn"
  | otherwise = case breakList (unpack pat) (unpack src) of (a, b) -> (pack a, pack b)

breakOnEnd :: Text -> Text -> (Text, Text)
breakOnEnd pat src
  | null pat = emptyError "breakOn"
  | otherwise = case T.breakOnEnd (toStrict pat) (toStrict src) of (a, b) -> (fromStrict a, fromStrict b)

breakOnAll :: Text -> Text -> [(Text, Text)]
breakOnAll pat src
  | null pat = emptyError "breakOnAll"
  | otherwise = [(fromStrict a, fromStrict b) | (a, b) <- T.breakOnAll (toStrict pat) (toStrict src)]

groupBy :: (Char -> Char -> Bool) -> Text -> [Text]
groupBy eq t = P.map pack (L.groupBy eq (unpack t))

group :: Text -> [Text]
group = groupBy (==)

inits :: Text -> [Text]
inits t = P.map pack (L.inits (unpack t))

tails :: Text -> [Text]
tails Empty = [Empty]
tails t = t : tails (tail t)

-- | Through strict text (the array search), so the pieces come when the
-- whole text has been read.
splitOn :: Text -> Text -> [Text]
splitOn pat src
  | null pat = emptyError "splitOn"
  | otherwise = P.map fromStrict (T.splitOn (toStrict pat) (toStrict src))

split :: (Char -> Bool) -> Text -> [Text]
split p t = P.map pack (go (unpack t))
  where
    go s = case P.break p s of
      (a, []) -> [a]
      (a, _ : rest) -> a : go rest

chunksOf :: Int64 -> Text -> [Text]
chunksOf k t
  | k <= 0 || null t = []
  | otherwise = case splitAt k t of (a, b) -> a : chunksOf k b

lines :: Text -> [Text]
lines t = P.map pack (P.lines (unpack t))

words :: Text -> [Text]
words t = P.map pack (P.words (unpack t))

unlines :: [Text] -> Text
unlines = concat . P.concatMap (\l -> [l, singleton '\n'])

unwords :: [Text] -> Text
unwords = intercalate (singleton ' ')

-- Predicates ---------------------------------------------------------------

isPrefixOf :: Text -> Text -> Bool
isPrefixOf a b = unpack a `L.isPrefixOf` unpack b

isSuffixOf :: Text -> Text -> Bool
isSuffixOf a b = toStrict a `T.isSuffixOf` toStrict b

isInfixOf :: Text -> Text -> Bool
isInfixOf a b = unpack a `L.isInfixOf` unpack b

stripPrefix :: Text -> Text -> Maybe Text
stripPrefix p t = fmap pack (L.stripPrefix (unpack p) (unpack t))

stripSuffix :: Text -> Text -> Maybe Text
stripSuffix p t = fmap fromStrict (T.stripSuffix (toStrict p) (toStrict t))

-- | Unlike the strict one, Just with an empty prefix when both texts are
-- non-empty (as text-1.2.5.0's lazy commonPrefixes).
commonPrefixes :: Text -> Text -> Maybe (Text, Text, Text)
commonPrefixes a b = go [] (unpack a) (unpack b)
  where
    go [] xs ys | P.null xs || P.null ys = Nothing
    go acc (x : xs) (y : ys) | x == y = go (x : acc) xs ys
    go acc xs ys = Just (pack (P.reverse acc), pack xs, pack ys)

-- Searching ------------------------------------------------------------------

filter :: (Char -> Bool) -> Text -> Text
filter p = viaList (P.filter p)

find :: (Char -> Bool) -> Text -> Maybe Char
find p = L.find p . unpack

elem :: Char -> Text -> Bool
elem c = P.elem c . unpack

partition :: (Char -> Bool) -> Text -> (Text, Text)
partition p t = (filter p t, filter (not . p) t)

index :: Text -> Int64 -> Char
index t n
  | n < 0 = streamError "index" "Negative index"
  | otherwise = case drop n t of
      Empty -> streamError "index" "Index too large"
      Chunk c _ -> T.head c

count :: Text -> Text -> Int64
count pat src
  | null pat = emptyError "count"
  | otherwise = fromIntegral (T.count (toStrict pat) (toStrict src))

-- Zipping -------------------------------------------------------------------

zip :: Text -> Text -> [(Char, Char)]
zip a b = P.zip (unpack a) (unpack b)

zipWith :: (Char -> Char -> Char) -> Text -> Text -> Text
zipWith f a b = pack (P.zipWith f (unpack a) (unpack b))

-- Internals -O1 callers use -------------------------------------------------------
-- text-1.2.5.0's names and types (interface file); what each computes is
-- read off its -O1 call sites.

box :: ByteArray# -> Int# -> Int# -> T.Text
box a o l = TI.Text (A.Array a) (I# o) (I# l)

zz_emptyError :: String -> a
zz_emptyError = emptyError

zz_impossibleError :: String -> a
zz_impossibleError fun = P.error ("Data.Text.Lazy." ++ fun ++ ": impossible case")

-- | A string literal, decoded as UTF-8 and stored as is (see
-- Data.Text.Show.unpackCString#), in chunks.
zz_unpackCStringzh :: Addr# -> Text
zz_unpackCStringzh a = packChars (T.unpack (Show.unpackCString# a))

zz_zdfShowText1 :: Text -> String -> [Char]
zz_zdfShowText1 t r = showsPrec 0 (unpack t) r

-- | The closing quote show puts after the characters.
zz_zdfShowText2 :: [Char]
zz_zdfShowText2 = "\""

zz_zdwrepeat :: Char# -> Text
zz_zdwrepeat c = repeat (C# c)

-- | The characters of a text from code unit i of its first chunk.
zz_zdwunfold :: Text -> Int# -> [Char]
zz_zdwunfold Empty _ = []
zz_zdwunfold (Chunk c cs) i = T.unpack (dropUnits (I# i) c) ++ unpack cs

dropUnits :: Int -> T.Text -> T.Text
dropUnits k (TI.Text a o l) = TI.Text a (o + k) (l - k)

-- | breakOn with an empty pattern.
zz_breakOn1 :: (Text, Text)
zz_breakOn1 = emptyError "breakOn"

-- | The reverse of a text before an accumulated one.
zz_breakOnEndzurev :: Text -> Text -> Text
zz_breakOnEndzurev acc t = append (reverse t) acc

-- | The common prefix of two non-empty texts, each given as its first
-- chunk (unpacked) and the rest: the SECOND text first (as GHC's
-- specialisation orders them), after the prefix chunks already found
-- (reversed).
zz_commonPrefixeszuzdszdwgo :: [T.Text] -> ByteArray# -> Int# -> Int# -> Text -> ByteArray# -> Int# -> Int# -> Text -> (# Text, Text, Text #)
zz_commonPrefixeszuzdszdwgo acc b bo bl bs a ao al as =
  case commonPrefixes ta tb of
    Just (p, x, y) -> (# append done p, x, y #)
    Nothing -> (# done, ta, tb #)
  where
    ta = Chunk (box a ao al) as
    tb = Chunk (box b bo bl) bs
    done = fromChunks (P.reverse acc)

zz_compareText :: Text -> Text -> Ordering
zz_compareText = compare

zz_equal :: Text -> Text -> Bool
zz_equal = (==)

-- | The chunks of a text.
zz_dropEndzugo :: Text -> [T.Text]
zz_dropEndzugo = toChunks

-- | The text of reversed chunks without its last n characters.
zz_dropEndzuzdsdropChunk :: [T.Text] -> Int# -> Text
zz_dropEndzuzdsdropChunk rev n = dropEnd (fromIntegral (I# n)) (fromChunks (P.reverse rev))

-- | The last n characters of the text of reversed chunks, before acc.
zz_takeEndzuzdstakeChunk :: [T.Text] -> Text -> Int# -> Text
zz_takeEndzuzdstakeChunk rev acc n = append (takeEnd (fromIntegral (I# n)) (fromChunks (P.reverse rev))) acc

zz_fromChunkszugo1 :: [T.Text] -> Text
zz_fromChunkszugo1 = fromChunks

-- | The non-empty prefixes of a text.
zz_initszuinitszq :: Text -> [Text]
zz_initszuinitszq t = P.tail (inits t)

zz_splitAtzuzdszdwsplitAt :: Text -> Int# -> (# Text, Text #)
zz_splitAtzuzdszdwsplitAt t n = case splitAt (fromIntegral (I# n)) t of (a, b) -> (# a, b #)

-- | $wgo2: commonPrefixes' loop, the prefix chunks found so far reversed
-- in the list.
zz_zdwgo2 :: Text -> Text -> [T.Text] -> (# Text, Text, Text #)
zz_zdwgo2 ta tb acc = case commonPrefixes ta tb of
  Just (p, x, y) -> (# append done p, x, y #)
  Nothing -> (# done, ta, tb #)
  where
    done = fromChunks (P.reverse acc)

-- | $wgo3: scanr1's text but its last character (init of a chunk, unboxed,
-- before the rest).
zz_zdwgo3 :: ByteArray# -> Int# -> Int# -> Text -> Text
zz_zdwgo3 a o l rest = init (Chunk (box a o l) rest)

-- | $wouter: transpose's packing of one column (as strict text's).
zz_zdwouter :: Exts.MutableByteArray# Exts.RealWorld -> Int# -> [Char] -> Int# -> Exts.State# Exts.RealWorld -> (# Exts.State# Exts.RealWorld, T.Text #)
zz_zdwouter = T.zz_zdwouter

-- | sconcat's loop: a text before the rest.
zz_zdfSemigroupTextzugo1 :: Text -> [Text] -> Text
zz_zdfSemigroupTextzugo1 t ts = sconcat (t :| ts)

-- | cycle of the empty text.
zz_cycle1 :: Text
zz_cycle1 = emptyError "cycle"
{-# NOINLINE zz_cycle1 #-}

-- | scanr1's last character of an empty chunk (strict text's last).
zz_scanr2 :: Char
zz_scanr2 = T.zz_emptyError "last"
{-# NOINLINE zz_scanr2 #-}

zz_transpose1 :: String -> Text
zz_transpose1 = pack

zz_zdfReadTextzugo1 :: [(String, String)] -> [(Text, String)]
zz_zdfReadTextzugo1 xs = [(pack x, r) | (x, r) <- xs]

zz_zdwbreak :: (Char -> Bool) -> Text -> (# Text, Text #)
zz_zdwbreak p t = case break p t of (a, b) -> (# a, b #)

zz_zdwdropzq :: Int# -> Text -> Text
zz_zdwdropzq n t = drop (fromIntegral (I# n)) t

-- | The text split after n code units.
zz_zdwsplitAtWord :: Int64 -> Text -> (# Text, Text #)
zz_zdwsplitAtWord n t = case splitAtUnits n t of (a, b) -> (# a, b #)

splitAtUnits :: Int64 -> Text -> (Text, Text)
splitAtUnits _ Empty = (Empty, Empty)
splitAtUnits n (Chunk c@(TI.Text _ _ l) cs)
  | n <= 0 = (Empty, Chunk c cs)
  | n < fromIntegral l = let k = fromIntegral n in (Chunk (takeUnits k c) Empty, Chunk (dropUnits k c) cs)
  | otherwise = let (a, b) = splitAtUnits (n - fromIntegral l) cs in (Chunk c a, b)

takeUnits :: Int -> T.Text -> T.Text
takeUnits k (TI.Text a o _) = TI.Text a o k

-- | breakOnAll with an empty pattern.
zz_breakOnAll2 :: [(Text, Text)]
zz_breakOnAll2 = emptyError "breakOnAll"

-- | Equality of a text given as its first chunk (unpacked) and the rest.
zz_zdfEqTextzuzdsequal :: ByteArray# -> Int# -> Int# -> Text -> Text -> Bool
zz_zdfEqTextzuzdsequal a o l rest other = Chunk (box a o l) rest == other

zz_zdwbreakOn :: Text -> Text -> (# Text, Text #)
zz_zdwbreakOn pat src = case breakOn pat src of (a, b) -> (# a, b #)

-- | breakOnAll's loop: n code units consumed, the prefix so far, the rest,
-- and the occurrences' code unit positions (Search.indices).
zz_zdwgo :: Int# -> Text -> Text -> [Int64] -> [(Text, Text)]
zz_zdwgo n0 acc0 t0 is0 = go (fromIntegral (I# n0)) acc0 t0 is0
  where
    go _ _ _ [] = []
    go n acc t (i : is) =
      let (a, b) = splitAtUnits (i - n) t
          acc' = append acc a
       in (acc', b) : go i acc' b is

-- ------------------------------------------------------------------ Data
-- An abstract type seen through pack, as text documents it.
instance Data Text where
  gfoldl f z txt = z pack `f` unpack txt
  toConstr _ = packConstr
  gunfold k z c = case constrIndex c of
    1 -> k (z pack)
    _ -> zz_zdfDataText13
  dataTypeOf _ = textDataType

-- | gunfold on a constructor index but 1: the failure GHC floats out of
-- the instance as `$fDataText13`.
zz_zdfDataText13 :: a
zz_zdfDataText13 =
  throw
    ( ErrorCallWithLocation
        "Data.Text.Lazy.Text.gunfold"
        "CallStack (from HasCallStack):\n  error, called at libraries/text/src/Data/Text/Lazy.hs:383:10 in text-1.2.5.0:Data.Text.Lazy"
    )

packConstr :: Constr
packConstr = mkConstr textDataType "pack" [] Prefix

textDataType :: DataType
textDataType = mkDataType "Data.Text.Lazy.Text" [packConstr]

-- Binary's putList worker's loop (-O1): each lazy Text put in turn, the
-- Put's pair unboxed.
zz_zdwgo1 :: [Text] -> (# (), Builder #)
zz_zdwgo1 ts = putW (mapM_ put ts)
