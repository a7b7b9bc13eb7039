{-# LANGUAGE BangPatterns, TypeFamilies, MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas -fno-warn-orphans #-}
-- | Clean-room text-1.2.5.0 Data.Text: strict Unicode text as UTF-16 code
-- units. Lengths and indices count characters (code points); slicing works
-- on code units underneath. Characters a function builds pass through
-- `safe` (surrogate code points become U+FFFD), as in text.
module Data.Text
  ( Text,
    pack,
    unpack,
    singleton,
    empty,
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
    replicate,
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
    breakOn,
    breakOnEnd,
    break,
    span,
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
    breakOnAll,
    find,
    elem,
    partition,
    index,
    findIndex,
    count,
    zip,
    zipWith,
    copy,
    unpackCString#,
    -- the package's workers GHC's -O1 callers use (named by the generator)
    zz_zdwappend,
    zz_zdwgo1,
    zz_zdwlines,
    zz_zdwsplitAt,
    zz_zdwzdccompare,
    zz_transpose1,
    zz_zdwouter,
    zz_zdfDataText2,
    zz_zdfDataText9,
    zz_zdwtails,
    zz_zdwinits,
    zz_zdwstripPrefix,
    zz_zdwstripSuffix,
    zz_zdwreplace,
    zz_zdwgroupBy,
    zz_zdwcopy,
    zz_zdwcommonPrefixes,
    zz_zdfReadTextzugo1,
    zz_emptyError,
    zz_zdwtakeEnd,
    zz_zdwdropEnd,
    zz_zdwgo,
    zz_zdwgo2,
  )
where

import Control.DeepSeq (NFData (..))
import Data.Data (Data (..), Constr, DataType, mkConstr, mkDataType, constrIndex, Fixity (Prefix))
import Control.Exception (ErrorCall (..), throw)
import Data.Char (isSpace)
import Data.Text.Internal.Fusion.Common (streamError)
import qualified Data.Char as C
import qualified Data.List as L
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (Semigroup (..))
import Data.String (IsString (..))
import qualified Data.Text.Array as A
import Data.Text.Internal (Text (..), empty, safe, text)
import Data.Text.Internal.CaseTables
import Data.Binary (Binary (..))
import Data.Binary.Builder (Builder)
import Data.Binary.Hs2stg (putW)
import Data.Text.Encoding (decodeUtf8', encodeUtf8)
import Data.Text.Internal.Chars
import Data.Text.Show (singleton, unpack, unpackCString#)
import qualified Data.Text.Show as Show
import Data.Text.Unsafe
import qualified GHC.Exts as Exts
import GHC.Exts (ByteArray#, Int (..), Int#, MutableByteArray#, RealWorld, State#)
import Text.Printf (PrintfArg (..), formatString)
import Prelude hiding (all, any, break, concat, concatMap, drop, dropWhile, elem, filter, foldl, foldl1, foldr, foldr1, head, init, last, length, lines, map, maximum, minimum, null, replicate, reverse, scanl, scanl1, scanr, scanr1, span, splitAt, tail, take, takeWhile, unlines, unwords, words, zip, zipWith)
import qualified Prelude as P

-- | text's: the UTF-8 bytes as a ByteString (its length, then the bytes);
-- a decoding error fails with the exception shown.
instance Binary Text where
  put t = put (encodeUtf8 t)
  get = do
    bs <- get
    case decodeUtf8' bs of
      Left e -> fail (P.show e)
      Right t -> return t

instance NFData Text where
  rnf Text {} = ()

instance Eq Text where
  Text a ao al == Text b bo bl = al == bl && A.equal a ao b bo al

instance Ord Text where
  compare a b = compare (unpack a) (unpack b)

instance Read Text where
  readsPrec p s = [(pack x, r) | (x, r) <- readsPrec p s]

instance Semigroup Text where
  (<>) = append
  sconcat (t :| ts) = concat (t : ts)
  stimes n t
    | n < 0 = error "Data.Text.stimes: given number is negative!"
    | otherwise = replicate (fromIntegral n) t

instance Monoid Text where
  mempty = empty
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

-- | The error text raises on an empty argument, with the call stack text's
-- own `error` call has.
emptyError :: String -> a
emptyError fun =
  throw
    ( ErrorCallWithLocation
        ("Data.Text." ++ fun ++ ": empty input")
        "CallStack (from HasCallStack):\n  error, called at libraries/text/src/Data/Text.hs:1862:18 in text-1.2.5.0:Data.Text"
    )

zz_emptyError :: String -> a
zz_emptyError = emptyError

-- Building from characters ---------------------------------------------

-- | Data.Text defines a pack of its own (Data.Text.Show has another).
pack :: String -> Text
pack = Show.pack

-- | The text of characters that may need `safe`.
packSafe :: [Char] -> Text
packSafe cs = fromChars (P.map safe cs)

cons :: Char -> Text -> Text
cons c t = append (singleton c) t

infixr 5 `cons`

snoc :: Text -> Char -> Text
snoc t c = append t (singleton c)

append :: Text -> Text -> Text
append a@(Text _ _ al) b@(Text _ _ bl)
  | al == 0 = b
  | bl == 0 = a
  | otherwise = concatTexts [a, b]

concat :: [Text] -> Text
concat = concatTexts

concatMap :: (Char -> Text) -> Text -> Text
concatMap f = concat . P.map f . unpack

-- Basic interface --------------------------------------------------------

uncons :: Text -> Maybe (Char, Text)
uncons t@(Text arr off len)
  | len <= 0 = Nothing
  | otherwise = case iter t 0 of Iter c d -> Just (c, Text arr (off + d) (len - d))

unsnoc :: Text -> Maybe (Text, Char)
unsnoc t@(Text arr off len)
  | len <= 0 = Nothing
  | otherwise = case reverseIter t (len - 1) of (c, d) -> Just (Text arr off (len + d), c)

head :: Text -> Char
head t
  | null t = streamError "head" "Empty stream"
  | otherwise = unsafeHead t

last :: Text -> Char
last t@(Text _ _ len)
  | len == 0 = emptyError "last"
  | otherwise = case reverseIter t (len - 1) of (c, _) -> c

tail :: Text -> Text
tail t
  | null t = emptyError "tail"
  | otherwise = unsafeTail t

init :: Text -> Text
init t@(Text arr off len)
  | len == 0 = emptyError "init"
  | otherwise = Text arr off (len + reverseIter_ t (len - 1))

null :: Text -> Bool
null (Text _ _ len) = len <= 0

-- | The number of characters: code units that are not trailing surrogates.
length :: Text -> Int
length (Text (A.Array a) (I# off) (I# len)) = I# (countChars a off (off Exts.+# len) 0#)

-- | Characters in code units [i, end): units that are not trailing
-- surrogates (unboxed: the loop allocates nothing at -O0).
countChars :: ByteArray# -> Int# -> Int# -> Int# -> Int#
countChars a i end n = case i Exts.>=# end of
  1# -> n
  _ -> case Exts.word2Int# (Exts.indexWord16Array# a i) of
    u -> case (u Exts.>=# 0xDC00#) `Exts.andI#` (u Exts.<=# 0xDFFF#) of
      1# -> countChars a (i Exts.+# 1#) end n
      _ -> countChars a (i Exts.+# 1#) end (n Exts.+# 1#)

compareLength :: Text -> Int -> Ordering
compareLength t n = compare (length t) n

-- Transformations ----------------------------------------------------------

map :: (Char -> Char) -> Text -> Text
map f t = packSafe (P.map f (unpack t))

intercalate :: Text -> [Text] -> Text
intercalate s ts = concat (L.intersperse s ts)

intersperse :: Char -> Text -> Text
intersperse c t = packSafe (L.intersperse c (unpack t))

transpose :: [Text] -> [Text]
transpose ts = P.map pack (L.transpose (P.map unpack ts))

reverse :: Text -> Text
reverse t@(Text _ _ len) = fromCharsN len (toCharsRev t)

-- | replace needle replacement haystack.
replace :: Text -> Text -> Text -> Text
replace needle rep hay
  | null needle = emptyError "replace"
  | otherwise = intercalate rep (splitOn needle hay)

caseWith :: (Char -> String) -> (Char -> Char) -> Text -> Text
caseWith special simple t = fromChars (P.concatMap one (unpack t))
  where
    one c = case special c of
      [] -> [simple c]
      s -> s

toCaseFold :: Text -> Text
toCaseFold = caseWith foldSpecial C.toLower

toLower :: Text -> Text
toLower = caseWith lowerSpecial C.toLower

toUpper :: Text -> Text
toUpper = caseWith upperSpecial C.toUpper

-- | The first letter of a word (after a non-letter) in title case, the
-- others lower case; a letter or non-space after a letter continues a word.
toTitle :: Text -> Text
toTitle t = fromChars (go False (unpack t))
  where
    go _ [] = []
    go inWord (c : cs)
      | isSpace c = c : go (C.isLetter c) cs
      | inWord = one lowerSpecial C.toLower c ++ go True cs
      | otherwise = one titleSpecial C.toTitle c ++ go (C.isLetter c) cs
    one special simple c = case special c of
      [] -> [simple c]
      s -> s

justifyLeft :: Int -> Char -> Text -> Text
justifyLeft k c t
  | len >= k = t
  | otherwise = append t (replicateChar (k - len) c)
  where
    len = length t

justifyRight :: Int -> Char -> Text -> Text
justifyRight k c t
  | len >= k = t
  | otherwise = append (replicateChar (k - len) c) t
  where
    len = length t

center :: Int -> Char -> Text -> Text
center k c t
  | len >= k = t
  | otherwise = concat [replicateChar l c, t, replicateChar r c]
  where
    len = length t
    d = k - len
    r = d `div` 2
    l = d - r

replicateChar :: Int -> Char -> Text
replicateChar n c = packSafe (P.replicate n c)

-- Folds ------------------------------------------------------------------

foldl :: (a -> Char -> a) -> a -> Text -> a
foldl f z t = P.foldl f z (unpack t)

foldl' :: (a -> Char -> a) -> a -> Text -> a
foldl' f z t = L.foldl' f z (unpack t)

foldl1 :: (Char -> Char -> Char) -> Text -> Char
foldl1 f t
  | null t = streamError "foldl1" "Internal error"
  | otherwise = P.foldl1 f (unpack t)

foldl1' :: (Char -> Char -> Char) -> Text -> Char
foldl1' f t
  | null t = streamError "foldl1" "Internal error"
  | otherwise = L.foldl1' f (unpack t)

foldr :: (Char -> a -> a) -> a -> Text -> a
foldr f z t = P.foldr f z (unpack t)

foldr1 :: (Char -> Char -> Char) -> Text -> Char
foldr1 f t
  | null t = streamError "foldr1" "Internal error"
  | otherwise = P.foldr1 f (unpack t)

any :: (Char -> Bool) -> Text -> Bool
any p t = P.any p (unpack t)

all :: (Char -> Bool) -> Text -> Bool
all p t = P.all p (unpack t)

maximum :: Text -> Char
maximum t
  | null t = streamError "maximum" "Internal error"
  | otherwise = P.maximum (unpack t)

minimum :: Text -> Char
minimum t
  | null t = streamError "minimum" "Internal error"
  | otherwise = P.minimum (unpack t)

scanl :: (Char -> Char -> Char) -> Char -> Text -> Text
scanl f z t = packSafe (P.scanl f z (unpack t))

scanl1 :: (Char -> Char -> Char) -> Text -> Text
scanl1 f t
  | null t = empty
  | otherwise = scanl f (unsafeHead t) (unsafeTail t)

scanr :: (Char -> Char -> Char) -> Char -> Text -> Text
scanr f z t = packSafe (P.scanr f z (unpack t))

scanr1 :: (Char -> Char -> Char) -> Text -> Text
scanr1 f t
  | null t = empty
  | otherwise = scanr f (last t) (init t)

mapAccumL :: (a -> Char -> (a, Char)) -> a -> Text -> (a, Text)
mapAccumL f z t = case L.mapAccumL f z (unpack t) of (a, cs) -> (a, packSafe cs)

mapAccumR :: (a -> Char -> (a, Char)) -> a -> Text -> (a, Text)
mapAccumR f z t = case L.mapAccumR f z (unpack t) of (a, cs) -> (a, packSafe cs)

replicate :: Int -> Text -> Text
replicate n t
  | n <= 0 || null t = empty
  | n == 1 = t
  | otherwise = concat (P.replicate n t)

unfoldr :: (a -> Maybe (Char, a)) -> a -> Text
unfoldr f s = packSafe (L.unfoldr f s)

unfoldrN :: Int -> (a -> Maybe (Char, a)) -> a -> Text
unfoldrN n f s = packSafe (P.take n (L.unfoldr f s))

-- Substrings ------------------------------------------------------------------

-- | The code unit index of the n-th character (len when n is past the end).
unitIndex :: Int -> Text -> Int
unitIndex n t@(Text _ _ len) = go 0 0
  where
    go !i !k
      | k >= n || i >= len = i
      | otherwise = go (i + iter_ t i) (k + 1)

-- | The code unit index where the last n characters start (0 if fewer).
unitIndexEnd :: Int -> Text -> Int
unitIndexEnd n t@(Text _ _ len) = go (len - 1) 0
  where
    go !i !k
      | k >= n || i < 0 = i + 1
      | otherwise = go (i + reverseIter_ t i) (k + 1)

take :: Int -> Text -> Text
take n t
  | n <= 0 = empty
  | otherwise = takeWord16 (unitIndex n t) t

takeEnd :: Int -> Text -> Text
takeEnd n t
  | n <= 0 = empty
  | otherwise = dropWord16 (unitIndexEnd n t) t

drop :: Int -> Text -> Text
drop n t
  | n <= 0 = t
  | otherwise = dropWord16 (unitIndex n t) t

dropEnd :: Int -> Text -> Text
dropEnd n t
  | n <= 0 = t
  | otherwise = takeWord16 (unitIndexEnd n t) t

-- | Code units of the longest prefix whose characters satisfy p.
spanUnits :: (Char -> Bool) -> Text -> Int
spanUnits p t@(Text _ _ len) = go 0
  where
    go !i
      | i >= len = i
      | otherwise = case iter t i of Iter c d -> if p c then go (i + d) else i

-- | Code unit index where the longest suffix whose characters satisfy p starts.
spanEndUnits :: (Char -> Bool) -> Text -> Int
spanEndUnits p t@(Text _ _ len) = go (len - 1)
  where
    go !i
      | i < 0 = 0
      | otherwise = case reverseIter t i of (c, d) -> if p c then go (i + d) else i + 1

takeWhile :: (Char -> Bool) -> Text -> Text
takeWhile p t = takeWord16 (spanUnits p t) t

takeWhileEnd :: (Char -> Bool) -> Text -> Text
takeWhileEnd p t = dropWord16 (spanEndUnits p t) t

dropWhile :: (Char -> Bool) -> Text -> Text
dropWhile p t = dropWord16 (spanUnits p t) t

dropWhileEnd :: (Char -> Bool) -> Text -> Text
dropWhileEnd p t = takeWord16 (spanEndUnits p t) t

dropAround :: (Char -> Bool) -> Text -> Text
dropAround p = dropWhile p . dropWhileEnd p

strip :: Text -> Text
strip = dropAround isSpace

stripStart :: Text -> Text
stripStart = dropWhile isSpace

stripEnd :: Text -> Text
stripEnd = dropWhileEnd isSpace

splitAt :: Int -> Text -> (Text, Text)
splitAt n t
  | n <= 0 = (empty, t)
  | otherwise = splitUnits (unitIndex n t) t

-- | The text cut at code unit k.
splitUnits :: Int -> Text -> (Text, Text)
splitUnits k t = (takeWord16 k t, dropWord16 k t)

span :: (Char -> Bool) -> Text -> (Text, Text)
span p t = splitUnits (spanUnits p t) t

break :: (Char -> Bool) -> Text -> (Text, Text)
break p = span (not . p)

-- | Code unit indices of the non-overlapping occurrences of a (non-empty)
-- needle, from the left.
indices :: Text -> Text -> [Int]
indices (Text na no nl) (Text ha ho hl) = go 0
  where
    n0 = A.unsafeIndex na no
    go !i
      | i + nl > hl = []
      | A.unsafeIndex ha (ho + i) == n0 && A.equal na no ha (ho + i) nl = i : go (i + nl)
      | otherwise = go (i + 1)

breakOn :: Text -> Text -> (Text, Text)
breakOn pat src
  | null pat = emptyError "breakOn"
  | otherwise = case indices pat src of
      [] -> (src, empty)
      (i : _) -> splitUnits i src

breakOnEnd :: Text -> Text -> (Text, Text)
breakOnEnd pat src
  | null pat = emptyError "breakOn"
  | otherwise = (reverse b, reverse a)
  where
    (a, b) = breakOn (reverse pat) (reverse src)

breakOnAll :: Text -> Text -> [(Text, Text)]
breakOnAll pat src
  | null pat = emptyError "breakOnAll"
  | otherwise = [splitUnits i src | i <- indices pat src]

groupBy :: (Char -> Char -> Bool) -> Text -> [Text]
groupBy eq t
  | null t = []
  | otherwise = takeWord16 n t : groupBy eq (dropWord16 n t)
  where
    Iter c d = iter t 0
    n = d + spanUnits (eq c) (dropWord16 d t)

group :: Text -> [Text]
group = groupBy (==)

inits :: Text -> [Text]
inits t@(Text _ _ len) = go 0
  where
    go i
      | i >= len = [t]
      | otherwise = takeWord16 i t : go (i + iter_ t i)

tails :: Text -> [Text]
tails t
  | null t = [empty]
  | otherwise = t : tails (unsafeTail t)

splitOn :: Text -> Text -> [Text]
splitOn pat src
  | null pat = emptyError "splitOn"
  | otherwise = go 0 (indices pat src)
  where
    Text arr off len = src
    pl = lengthWord16 pat
    go s [] = [text arr (off + s) (len - s)]
    go s (i : is) = text arr (off + s) (i - s) : go (i + pl) is

split :: (Char -> Bool) -> Text -> [Text]
split p t = case break p t of
  (a, b)
    | null b -> [a]
    | otherwise -> a : split p (unsafeTail b)

chunksOf :: Int -> Text -> [Text]
chunksOf k t
  | null t || k <= 0 = []
  | otherwise = case splitAt k t of (a, b) -> a : chunksOf k b

lines :: Text -> [Text]
lines t
  | null t = []
  | otherwise = case span (/= '\n') t of
      (l, rest)
        | null rest -> [l]
        | otherwise -> l : lines (unsafeTail rest)

words :: Text -> [Text]
words t
  | null rest = []
  | otherwise = w : words rest'
  where
    rest = dropWhile isSpace t
    (w, rest') = break isSpace rest

unlines :: [Text] -> Text
unlines ts = concat (P.concatMap (\l -> [l, nl]) ts)
  where
    nl = singleton '\n'

unwords :: [Text] -> Text
unwords = intercalate (singleton ' ')

-- Predicates ---------------------------------------------------------------

isPrefixOf :: Text -> Text -> Bool
isPrefixOf (Text a ao al) (Text b bo bl) = al <= bl && A.equal a ao b bo al

isSuffixOf :: Text -> Text -> Bool
isSuffixOf (Text a ao al) (Text b bo bl) = al <= bl && A.equal a ao b (bo + bl - al) al

isInfixOf :: Text -> Text -> Bool
isInfixOf needle hay
  | null needle = True
  | otherwise = not (P.null (indices needle hay))

stripPrefix :: Text -> Text -> Maybe Text
stripPrefix p t
  | p `isPrefixOf` t = Just (dropWord16 (lengthWord16 p) t)
  | otherwise = Nothing

stripSuffix :: Text -> Text -> Maybe Text
stripSuffix p t
  | p `isSuffixOf` t = Just (takeWord16 (lengthWord16 t - lengthWord16 p) t)
  | otherwise = Nothing

commonPrefixes :: Text -> Text -> Maybe (Text, Text, Text)
commonPrefixes a@(Text _ _ al) b@(Text _ _ bl) = go 0
  where
    go !i
      | i < al && i < bl =
          case (iter a i, iter b i) of
            (Iter c d, Iter c' _)
              | c == c' -> go (i + d)
              | otherwise -> done i
      | otherwise = done i
    done 0 = Nothing
    done i = Just (takeWord16 i a, dropWord16 i a, dropWord16 i b)

-- Searching ------------------------------------------------------------------

filter :: (Char -> Bool) -> Text -> Text
filter p t = fromChars (P.filter p (unpack t))

find :: (Char -> Bool) -> Text -> Maybe Char
find p t = L.find p (unpack t)

elem :: Char -> Text -> Bool
elem c t = P.elem c (unpack t)

partition :: (Char -> Bool) -> Text -> (Text, Text)
partition p t = (filter p t, filter (not . p) t)

index :: Text -> Int -> Char
index t n
  | n < 0 = streamError "index" "Negative index"
  | i >= lengthWord16 t = streamError "index" "Index too large"
  | otherwise = case iter t i of Iter c _ -> c
  where
    i = unitIndex n t

findIndex :: (Char -> Bool) -> Text -> Maybe Int
findIndex p t = L.findIndex p (unpack t)

count :: Text -> Text -> Int
count pat src
  | null pat = emptyError "count"
  | otherwise = P.length (indices pat src)

-- Zipping -------------------------------------------------------------------

zip :: Text -> Text -> [(Char, Char)]
zip a b = P.zip (unpack a) (unpack b)

zipWith :: (Char -> Char -> Char) -> Text -> Text -> Text
zipWith f a b = packSafe (P.zipWith f (unpack a) (unpack b))

copy :: Text -> Text
copy (Text arr off len)
  | len == 0 = empty
  | otherwise = Text (A.run (do m <- A.new len; A.copyI m 0 arr off len; return m)) 0 len

-- Workers ---------------------------------------------------------------------
-- text-1.2.5.0's worker/wrapper names that GHC's -O1 unfoldings call, with
-- the interface file's types: a Text argument comes as its three fields,
-- a Text result as an unboxed triple where the interface says so.

box :: ByteArray# -> Int# -> Int# -> Text
box a o l = Text (A.Array a) (I# o) (I# l)

unbox :: Text -> (# ByteArray#, Int#, Int# #)
unbox (Text (A.Array a) (I# o) (I# l)) = (# a, o, l #)

zz_zdwappend :: ByteArray# -> Int# -> Int# -> ByteArray# -> Int# -> Int# -> (# ByteArray#, Int#, Int# #)
zz_zdwappend a o l b p m = unbox (append (box a o l) (box b p m))

zz_zdwlines :: ByteArray# -> Int# -> Int# -> [Text]
zz_zdwlines a o l = lines (box a o l)

zz_zdwsplitAt :: Int# -> ByteArray# -> Int# -> Int# -> (# Text, Text #)
zz_zdwsplitAt n a o l = case splitAt (I# n) (box a o l) of (x, y) -> (# x, y #)

zz_zdwzdccompare :: ByteArray# -> Int# -> Int# -> ByteArray# -> Int# -> Int# -> Ordering
zz_zdwzdccompare a o l b p m = compare (box a o l) (box b p m)

zz_transpose1 :: Text -> [Char]
zz_transpose1 = unpack

-- | Writes the characters (made safe) after the first `pos` code units of
-- an array of capacity `cap`, into a new array as large as needed.
zz_zdwouter :: MutableByteArray# RealWorld -> Int# -> [Char] -> Int# -> State# RealWorld -> (# State# RealWorld, Text #)
zz_zdwouter m _cap cs pos s = case Exts.unsafeFreezeByteArray# m s of
  (# s1, arr #) -> case concatTexts [Text (A.Array arr) 0 (I# pos), packSafe cs] of
    t@(Text _ _ _) -> (# s1, t #)

zz_zdfDataText2 :: [Char] -> Text
zz_zdfDataText2 = pack

zz_zdwtails :: ByteArray# -> Int# -> Int# -> (# Text, [Text] #)
zz_zdwtails a o l = case tails (box a o l) of
  (x : xs) -> (# x, xs #)
  [] -> (# empty, [] #)

zz_zdwinits :: ByteArray# -> Int# -> Int# -> [Text]
zz_zdwinits a o l = inits (box a o l)

zz_zdwstripPrefix :: ByteArray# -> Int# -> Int# -> ByteArray# -> Int# -> Int# -> Maybe Text
zz_zdwstripPrefix a o l b p m = stripPrefix (box a o l) (box b p m)

zz_zdwstripSuffix :: ByteArray# -> Int# -> Int# -> ByteArray# -> Int# -> Int# -> Maybe Text
zz_zdwstripSuffix a o l b p m = stripSuffix (box a o l) (box b p m)

zz_zdwreplace :: ByteArray# -> Int# -> Int# -> ByteArray# -> Int# -> Int# -> ByteArray# -> Int# -> Int# -> (# ByteArray#, Int#, Int# #)
zz_zdwreplace a o l b p m c q n = unbox (replace (box a o l) (box b p m) (box c q n))

zz_zdwgroupBy :: (Char -> Char -> Bool) -> ByteArray# -> Int# -> Int# -> [Text]
zz_zdwgroupBy f a o l = groupBy f (box a o l)

zz_zdwcopy :: ByteArray# -> Int# -> Int# -> (# ByteArray#, Int#, Int# #)
zz_zdwcopy a o l = unbox (copy (box a o l))

zz_zdwcommonPrefixes :: ByteArray# -> Int# -> Int# -> ByteArray# -> Int# -> Int# -> Maybe (Text, Text, Text)
zz_zdwcommonPrefixes a o l b p m = commonPrefixes (box a o l) (box b p m)

zz_zdfReadTextzugo1 :: [(String, String)] -> [(Text, String)]
zz_zdfReadTextzugo1 xs = [(pack x, r) | (x, r) <- xs]

zz_zdwtakeEnd :: Int# -> ByteArray# -> Int# -> Int# -> (# ByteArray#, Int#, Int# #)
zz_zdwtakeEnd n a o l = unbox (takeEnd (I# n) (box a o l))

-- | $wgo: concat's total length in code units, from an accumulator
-- (concat's caller checks the sum for overflow).
zz_zdwgo :: Int# -> [Int] -> Int#
zz_zdwgo acc [] = acc
zz_zdwgo acc (I# n : ns) = zz_zdwgo (acc Exts.+# n) ns

-- | $wgo2: sconcat's worker, the first text (unboxed) before the rest.
zz_zdwgo2 :: ByteArray# -> Int# -> Int# -> [Text] -> (# ByteArray#, Int#, Int# #)
zz_zdwgo2 a o l ts = unbox (concat (box a o l : ts))

zz_zdwdropEnd :: Int# -> ByteArray# -> Int# -> Int# -> (# ByteArray#, Int#, Int# #)
zz_zdwdropEnd n a o l = unbox (dropEnd (I# n) (box a o l))

-- ------------------------------------------------------------------ Data
-- An abstract type seen through pack, as text documents it.
instance Data Text where
  gfoldl f z txt = z pack `f` unpack txt
  toConstr _ = packConstr
  gunfold k z c = case constrIndex c of
    1 -> k (z pack)
    _ -> zz_zdfDataText9
  dataTypeOf _ = textDataType

-- | gunfold on a constructor index but 1: the failure GHC floats out of
-- the instance as `$fDataText9`.
zz_zdfDataText9 :: a
zz_zdfDataText9 =
  throw
    ( ErrorCallWithLocation
        "gunfold"
        "CallStack (from HasCallStack):\n  error, called at libraries/text/src/Data/Text.hs:400:10 in text-1.2.5.0:Data.Text"
    )

packConstr :: Constr
packConstr = mkConstr textDataType "pack" [] Prefix

textDataType :: DataType
textDataType = mkDataType "Data.Text.Text" [packConstr]

-- Binary's putList worker's loop (-O1): each Text put in turn, the Put's
-- pair unboxed.
zz_zdwgo1 :: [Text] -> (# (), Builder #)
zz_zdwgo1 ts = putW (mapM_ put ts)
