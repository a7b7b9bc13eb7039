{-# LANGUAGE BangPatterns, TypeFamilies #-}
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
  )
where

import Data.Char (isSpace)
import Data.Int (Int64)
import qualified Data.List as L
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (Semigroup (..))
import Data.String (IsString (..))
import qualified Data.Text as T
import qualified Data.Text.Internal as TI
import Data.Text.Internal.Chars (fromCharsN, unitsOf)
import Data.Text.Internal.Lazy
import qualified GHC.Exts as Exts
import Text.Printf (PrintfArg (..), formatString)
import Prelude hiding (all, any, break, concat, concatMap, cycle, drop, dropWhile, elem, filter, foldl, foldl1, foldr, foldr1, head, init, iterate, last, length, lines, map, maximum, minimum, null, repeat, replicate, reverse, scanl, scanl1, scanr, scanr1, span, splitAt, tail, take, takeWhile, unlines, unwords, words, zip, zipWith)
import qualified Prelude as P

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

emptyError :: String -> a
emptyError fun = P.error ("Data.Text.Lazy." ++ fun ++ ": empty input")

-- Conversions -----------------------------------------------------------------

-- | Chunks of the characters (made safe), lazily: a chunk takes characters
-- while at least two code units of defaultChunkSize remain.
pack :: String -> Text
pack = packChars . P.map TI.safe

packChars :: String -> Text
packChars [] = Empty
packChars cs = case takeChunk 0 cs of
  (n, rest) -> Chunk (fromCharsN n (P.take (charsIn n cs) cs)) (packChars rest)
  where
    -- (code units taken, rest)
    takeChunk !u xs@(c : cs')
      | u + 2 <= defaultChunkSize = takeChunk (u + unitsOf c) cs'
      | otherwise = (u, xs)
    takeChunk u [] = (u, [])
    -- how many characters make n code units
    charsIn n = go 0 0
      where
        go !k !u (c : xs) | u < n = go (k + 1) (u + unitsOf c) xs
        go k _ _ = k

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
head Empty = emptyError "head"
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

-- | A strict function applied chunk by chunk, then rechunked.
perChunk :: (T.Text -> T.Text) -> Text -> Text
perChunk f = viaList (P.concatMap (T.unpack . f) . P.map T.singleton)

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
foldl1 f t = if null t then emptyError "foldl1" else P.foldl1 f (unpack t)

foldl1' :: (Char -> Char -> Char) -> Text -> Char
foldl1' f t = if null t then emptyError "foldl1'" else L.foldl1' f (unpack t)

foldr :: (Char -> a -> a) -> a -> Text -> a
foldr f z t = P.foldr f z (unpack t)

foldr1 :: (Char -> Char -> Char) -> Text -> Char
foldr1 f t = if null t then emptyError "foldr1" else P.foldr1 f (unpack t)

concat :: [Text] -> Text
concat = P.foldr append Empty

concatMap :: (Char -> Text) -> Text -> Text
concatMap f = concat . P.map f . unpack

any :: (Char -> Bool) -> Text -> Bool
any p = P.any p . unpack

all :: (Char -> Bool) -> Text -> Bool
all p = P.all p . unpack

maximum :: Text -> Char
maximum t = if null t then emptyError "maximum" else P.maximum (unpack t)

minimum :: Text -> Char
minimum t = if null t then emptyError "minimum" else P.minimum (unpack t)

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
  | null pat = emptyError "breakOnEnd"
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

splitOn :: Text -> Text -> [Text]
splitOn pat src
  | null pat = emptyError "splitOn"
  | otherwise = P.map pack (go (unpack src))
  where
    p = unpack pat
    n = P.length p
    go s = case breakList p s of
      (a, []) -> [a]
      (a, rest) -> a : go (P.drop n rest)

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
  | n < 0 = emptyError "index"
  | otherwise = case drop n t of
      Empty -> emptyError "index"
      Chunk c _ -> T.head c

count :: Text -> Text -> Int64
count pat src
  | null pat = emptyError "count"
  | otherwise = fromIntegral (P.length (splitOn pat src) - 1)

-- Zipping -------------------------------------------------------------------

zip :: Text -> Text -> [(Char, Char)]
zip a b = P.zip (unpack a) (unpack b)

zipWith :: (Char -> Char -> Char) -> Text -> Text -> Text
zipWith f a b = pack (P.zipWith f (unpack a) (unpack b))
