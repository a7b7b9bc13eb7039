{-# LANGUAGE BangPatterns, MagicHash, RankNTypes #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Fusion.Common: the stream
-- functions shared by strict and lazy text. Size hints and the Skip steps
-- each function yields are the installed package's, observed black-box
-- (a user stepping a stream sees both).
module Data.Text.Internal.Fusion.Common
  ( singleton,
    streamList,
    unstreamList,
    streamCString#,
    cons,
    snoc,
    append,
    head,
    uncons,
    last,
    tail,
    init,
    null,
    lengthI,
    compareLengthI,
    isSingleton,
    map,
    intercalate,
    intersperse,
    toCaseFold,
    toLower,
    toTitle,
    toUpper,
    justifyLeftI,
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
    replicateCharI,
    replicateI,
    unfoldr,
    unfoldrNI,
    take,
    drop,
    takeWhile,
    dropWhile,
    isPrefixOf,
    elem,
    filter,
    findBy,
    indexI,
    findIndexI,
    countCharI,
    zipWith,
    caseConvert,
    streamError,
    head_empty,
    zz_toCaseFold1,
    zz_toCaseFold2,
  )
where

import Control.Exception (ErrorCall (..), throw)
import qualified Data.Char as C
import Data.Int (Int64)
import Data.Text.Internal (mul12, mul15)
import GHC.Stack (prettyCallStack)
import Data.Text.Internal.CaseTables (lowerSpecial, titleSpecial)
import Data.Text.Internal.Fusion.CaseMapping (foldMapping, lowerMapping, upperMapping)
import Data.Text.Internal.Fusion.Size
import Data.Text.Internal.Fusion.Types
import GHC.Base (unpackCStringUtf8#)
import GHC.Exts (Addr#)
import Prelude hiding (all, any, concat, concatMap, drop, dropWhile, elem, filter, foldl, foldl1, foldr, foldr1, head, init, last, map, maximum, minimum, null, scanl, tail, take, takeWhile, zipWith)
import qualified Prelude as P

-- Construction ----------------------------------------------------------------

singleton :: Char -> Stream Char
singleton c = Stream next False (Between 1 1)
  where
    next False = Yield c True
    next True = Done

streamList :: [a] -> Stream a
streamList xs = Stream next xs Unknown
  where
    next [] = Done
    next (y : ys) = Yield y ys

unstreamList :: Stream a -> [a]
unstreamList (Stream next s0 _) = go s0
  where
    go s = case next s of
      Done -> []
      Skip s' -> go s'
      Yield x s' -> x : go s'

-- | A NUL-terminated (modified) UTF-8 string literal.
streamCString# :: Addr# -> Stream Char
streamCString# a = streamList (unpackCStringUtf8# a)

cons :: Char -> Stream Char -> Stream Char
cons c (Stream next0 s0 len) = Stream next (Left s0) (len + codePointsSize 1)
  where
    next (Left s) = Yield c (Right s)
    next (Right s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (Right s')
      Yield x s' -> Yield x (Right s')

snoc :: Stream Char -> Char -> Stream Char
snoc (Stream next0 s0 len) c = Stream next (Just s0) (len + codePointsSize 1)
  where
    next Nothing = Done
    next (Just s) = case next0 s of
      Done -> Yield c Nothing
      Skip s' -> Skip (Just s')
      Yield x s' -> Yield x (Just s')

-- | One stream after the other (a Skip between them).
append :: Stream Char -> Stream Char -> Stream Char
append (Stream next1 s1 len1) (Stream next2 s2 len2) = Stream next (Left s1) (len1 + len2)
  where
    next (Left s) = case next1 s of
      Done -> Skip (Right s2)
      Skip s' -> Skip (Left s')
      Yield x s' -> Yield x (Left s')
    next (Right s) = case next2 s of
      Done -> Done
      Skip s' -> Skip (Right s')
      Yield x s' -> Yield x (Right s')

-- Basic interface -------------------------------------------------------------

head :: Stream Char -> Char
head (Stream next s0 _) = go s0
  where
    go s = case next s of
      Done -> head_empty
      Skip s' -> go s'
      Yield x _ -> x

uncons :: Stream Char -> Maybe (Char, Stream Char)
uncons (Stream next s0 len) = go s0
  where
    go s = case next s of
      Done -> Nothing
      Skip s' -> go s'
      Yield x s' -> Just (x, Stream next s' (len - codePointsSize 1))

last :: Stream Char -> Char
last (Stream next s0 _) = start s0
  where
    start s = case next s of
      Done -> emptyError "last"
      Skip s' -> start s'
      Yield x s' -> go x s'
    go !x s = case next s of
      Done -> x
      Skip s' -> go x s'
      Yield y s' -> go y s'

-- | All but the first character (a Skip where it was).
tail :: Stream Char -> Stream Char
tail (Stream next0 s0 len) = Stream next (Left s0) (len - codePointsSize 1)
  where
    next (Left s) = case next0 s of
      Done -> emptyError "tail"
      Skip s' -> Skip (Left s')
      Yield _ s' -> Skip (Right s')
    next (Right s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (Right s')
      Yield x s' -> Yield x (Right s')

-- | All but the last character, each one yielded when the next is seen.
init :: Stream Char -> Stream Char
init (Stream next0 s0 len) = Stream next (Left s0) (len - codePointsSize 1)
  where
    next (Left s) = case next0 s of
      Done -> emptyError "init"
      Skip s' -> Skip (Left s')
      Yield x s' -> Skip (Right (x, s'))
    next (Right (p, s)) = case next0 s of
      Done -> Done
      Skip s' -> Skip (Right (p, s'))
      Yield x s' -> Yield p (Right (x, s'))

null :: Stream Char -> Bool
null (Stream next s0 _) = go s0
  where
    go s = case next s of
      Done -> True
      Skip s' -> go s'
      Yield _ _ -> False

lengthI :: Integral a => Stream Char -> a
lengthI (Stream next s0 _) = go 0 s0
  where
    go !n s = case next s of
      Done -> n
      Skip s' -> go n s'
      Yield _ s' -> go (n + 1) s'

-- | The length compared with n, reading no further than n+1 characters.
compareLengthI :: Integral a => Stream Char -> a -> Ordering
compareLengthI (Stream next s0 _) n = go 0 s0
  where
    go !k s
      | k > n = GT
      | otherwise = case next s of
          Done -> compare k n
          Skip s' -> go k s'
          Yield _ s' -> go (k + 1) s'

isSingleton :: Stream Char -> Bool
isSingleton (Stream next s0 _) = go (0 :: Int) s0
  where
    go !k s = case next s of
      Done -> k == 1
      Skip s' -> go k s'
      Yield _ s'
        | k == 0 -> go 1 s'
        | otherwise -> False

-- Transformations -------------------------------------------------------------

map :: (Char -> Char) -> Stream Char -> Stream Char
map f (Stream next0 s0 len) = Stream next s0 len
  where
    next s = case next0 s of
      Done -> Done
      Skip s' -> Skip s'
      Yield x s' -> Yield (f x) s'

intercalate :: Stream Char -> [Stream Char] -> Stream Char
intercalate s = concat . listIntersperse s

-- | Data.List's intersperse (a local name: ours is the stream's).
listIntersperse :: a -> [a] -> [a]
listIntersperse _ [] = []
listIntersperse sep (x : xs) = x : go xs
  where
    go [] = []
    go (y : ys) = sep : y : go ys

-- | c between characters: a Skip while the first is read, then each
-- later character is held back one step for the separator.
intersperse :: Char -> Stream Char -> Stream Char
intersperse c (Stream next0 s0 _) = Stream next (I1 s0) Unknown
  where
    next (I1 s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (I1 s')
      Yield x s' -> Skip (I2 s' x)
    next (I2 s x) = Yield x (I3 s)
    next (I3 s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (I3 s')
      Yield x s' -> Yield c (I2 s' x)

data I s = I1 !s | I2 !s {-# UNPACK #-} !Char | I3 !s

-- | Every character through a full case mapping (one to three characters).
caseConvert :: (forall s. Char -> s -> Step (CC s) Char) -> Stream Char -> Stream Char
caseConvert remap (Stream next0 s0 size) = Stream next (CC s0 '\0' '\0') (grow size)
  where
    next (CC s '\0' _) = case next0 s of
      Done -> Done
      Skip s' -> Skip (CC s' '\0' '\0')
      Yield c s' -> remap c s'
    next (CC s a b) = Yield a (CC s b '\0')
    grow (Between lo hi) = Between lo (3 * hi)
    grow Unknown = Unknown

toCaseFold :: Stream Char -> Stream Char
toCaseFold = caseConvert foldMapping

toUpper :: Stream Char -> Stream Char
toUpper = caseConvert upperMapping

toLower :: Stream Char -> Stream Char
toLower = caseConvert lowerMapping

-- | The first letter of a word (after a non-letter) in title case, the
-- others lower case (as Data.Text.toTitle).
toTitle :: Stream Char -> Stream Char
toTitle s = streamList (go False (unstreamList s))
  where
    go _ [] = []
    go inWord (c : cs)
      | C.isSpace c = c : go (C.isLetter c) cs
      | inWord = one lowerSpecial C.toLower c ++ go True cs
      | otherwise = one titleSpecial C.toTitle c ++ go (C.isLetter c) cs
    one special simple c = case special c of
      [] -> [simple c]
      x -> x

-- | Padded with c to k characters.
justifyLeftI :: Integral a => a -> Char -> Stream Char -> Stream Char
justifyLeftI k c (Stream next0 s0 len) = Stream next (Left (0, s0)) (len + fromIntegral k * charSize c)
  where
    next (Left (n, s)) = case next0 s of
      Done -> next (Right n)
      Skip s' -> Skip (Left (n, s'))
      Yield x s' -> Yield x (Left (n + 1, s'))
    next (Right n)
      | n < k = Yield c (Right (n + 1))
      | otherwise = Done

-- Folds -----------------------------------------------------------------------

foldl :: (b -> Char -> b) -> b -> Stream Char -> b
foldl f z0 (Stream next s0 _) = go z0 s0
  where
    go z s = case next s of
      Done -> z
      Skip s' -> go z s'
      Yield x s' -> go (f z x) s'

foldl' :: (b -> Char -> b) -> b -> Stream Char -> b
foldl' f z0 (Stream next s0 _) = go z0 s0
  where
    go !z s = case next s of
      Done -> z
      Skip s' -> go z s'
      Yield x s' -> go (f z x) s'

foldl1 :: (Char -> Char -> Char) -> Stream Char -> Char
foldl1 f (Stream next s0 _) = start s0
  where
    start s = case next s of
      Done -> emptyError "foldl1"
      Skip s' -> start s'
      Yield x s' -> go x s'
    go z s = case next s of
      Done -> z
      Skip s' -> go z s'
      Yield x s' -> go (f z x) s'

foldl1' :: (Char -> Char -> Char) -> Stream Char -> Char
foldl1' f (Stream next s0 _) = start s0
  where
    start s = case next s of
      Done -> emptyError "foldl1"
      Skip s' -> start s'
      Yield x s' -> go x s'
    go !z s = case next s of
      Done -> z
      Skip s' -> go z s'
      Yield x s' -> go (f z x) s'

foldr :: (Char -> b -> b) -> b -> Stream Char -> b
foldr f z (Stream next s0 _) = go s0
  where
    go s = case next s of
      Done -> z
      Skip s' -> go s'
      Yield x s' -> f x (go s')

foldr1 :: (Char -> Char -> Char) -> Stream Char -> Char
foldr1 f (Stream next s0 _) = start s0
  where
    start s = case next s of
      Done -> emptyError "foldr1"
      Skip s' -> start s'
      Yield x s' -> go x s'
    go x s = case next s of
      Done -> x
      Skip s' -> go x s'
      Yield y s' -> f x (go y s')

-- | The streams one after another (as appended in turn to the empty one).
concat :: [Stream Char] -> Stream Char
concat = P.foldr append empty

-- | Each character's stream in turn (a Skip at the end of each).
concatMap :: (Char -> Stream Char) -> Stream Char -> Stream Char
concatMap f (Stream next0 s0 _) = Stream next (Left s0) Unknown
  where
    next (Left s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (Left s')
      Yield x s' -> case f x of
        Stream nextI i0 _ -> inner s' nextI i0
    next (Right (s, Stream nextI i _)) = inner s nextI i
    inner s nextI i = case nextI i of
      Done -> Skip (Left s)
      Skip i' -> Skip (Right (s, Stream nextI i' Unknown))
      Yield y i' -> Yield y (Right (s, Stream nextI i' Unknown))

any :: (Char -> Bool) -> Stream Char -> Bool
any p (Stream next s0 _) = go s0
  where
    go s = case next s of
      Done -> False
      Skip s' -> go s'
      Yield x s' -> p x || go s'

all :: (Char -> Bool) -> Stream Char -> Bool
all p (Stream next s0 _) = go s0
  where
    go s = case next s of
      Done -> True
      Skip s' -> go s'
      Yield x s' -> p x && go s'

maximum :: Stream Char -> Char
maximum (Stream next s0 _) = start s0
  where
    start s = case next s of
      Done -> emptyError "maximum"
      Skip s' -> start s'
      Yield x s' -> go x s'
    go !z s = case next s of
      Done -> z
      Skip s' -> go z s'
      Yield x s' -> go (if x > z then x else z) s'

minimum :: Stream Char -> Char
minimum (Stream next s0 _) = start s0
  where
    start s = case next s of
      Done -> emptyError "minimum"
      Skip s' -> start s'
      Yield x s' -> go x s'
    go !z s = case next s of
      Done -> z
      Skip s' -> go z s'
      Yield x s' -> go (if x < z then x else z) s'

-- Building streams ------------------------------------------------------------

-- | z, then each accumulated value.
scanl :: (Char -> Char -> Char) -> Char -> Stream Char -> Stream Char
scanl f z0 (Stream next0 s0 len) = Stream next (Scan1 z0 s0) (len + 1)
  where
    next (Scan1 z s) = Yield z (Scan2 z s)
    next (Scan2 z s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (Scan2 z s')
      Yield x s' -> let z' = f z x in Yield z' (Scan2 z' s')

replicateCharI :: Integral a => a -> Char -> Stream Char
replicateCharI n c = Stream next 0 (exactSize (max 0 (fromIntegral n)))
  where
    next i
      | i >= n = Done
      | otherwise = Yield c (i + 1)

-- | The stream n times over (as appended in turn).
replicateI :: Int64 -> Stream Char -> Stream Char
replicateI n s@(Stream _ _ len) = case concat (P.replicate (fromIntegral n) s) of
  Stream next s0 _ -> Stream next s0 (exactSize (max 0 (fromIntegral n)) * len)

unfoldr :: (a -> Maybe (Char, a)) -> a -> Stream Char
unfoldr f s0 = Stream next s0 Unknown
  where
    next s = case f s of
      Nothing -> Done
      Just (c, s') -> Yield c s'

-- | At most n characters of the unfolding.
unfoldrNI :: Integral a => a -> (b -> Maybe (Char, b)) -> b -> Stream Char
unfoldrNI n f s0 = Stream next (0, s0) (maxSize (2 * max 0 (fromIntegral n)))
  where
    next (i, s)
      | i >= n = Done
      | otherwise = case f s of
          Nothing -> Done
          Just (c, s') -> Yield c (i + 1, s')

-- Substreams ------------------------------------------------------------------

take :: Integral a => a -> Stream Char -> Stream Char
take n0 (Stream next0 s0 len) = Stream next (n0, s0) (smaller len (codePointsSize (max 0 (fromIntegral n0))))
  where
    next (n, s)
      | n <= 0 = Done
      | otherwise = case next0 s of
          Done -> Done
          Skip s' -> Skip (n, s')
          Yield x s' -> Yield x (n - 1, s')

-- | Each dropped character is a Skip, and one more when done dropping.
drop :: Integral a => a -> Stream Char -> Stream Char
drop n0 (Stream next0 s0 len) = Stream next (JS n0 s0) (len - codePointsSize (max 0 (fromIntegral n0)))
  where
    next (JS n s)
      | n <= 0 = Skip (NS s)
      | otherwise = case next0 s of
          Done -> Done
          Skip s' -> Skip (JS n s')
          Yield _ s' -> Skip (JS (n - 1) s')
    next (NS s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (NS s')
      Yield x s' -> Yield x (NS s')

data Drop a s = NS !s | JS !a !s

takeWhile :: (Char -> Bool) -> Stream Char -> Stream Char
takeWhile p (Stream next0 s0 len) = Stream next s0 (maxSize (upperBound 0 len) `orUnknown` len)
  where
    next s = case next0 s of
      Done -> Done
      Skip s' -> Skip s'
      Yield x s'
        | p x -> Yield x s'
        | otherwise -> Done

dropWhile :: (Char -> Bool) -> Stream Char -> Stream Char
dropWhile p (Stream next0 s0 len) = Stream next (Left s0) (maxSize (upperBound 0 len) `orUnknown` len)
  where
    next (Left s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (Left s')
      Yield x s'
        | p x -> Skip (Left s')
        | otherwise -> Yield x (Right s')
    next (Right s) = case next0 s of
      Done -> Done
      Skip s' -> Skip (Right s')
      Yield x s' -> Yield x (Right s')

-- | The first size, unless the second is unknown.
orUnknown :: Size -> Size -> Size
orUnknown _ Unknown = Unknown
orUnknown s _ = s

isPrefixOf :: Eq a => Stream a -> Stream a -> Bool
isPrefixOf (Stream next1 s1 _) (Stream next2 s2 _) = go s1 s2
  where
    go a b = case next1 a of
      Done -> True
      Skip a' -> go a' b
      Yield x a' -> case nextOf b of
        Nothing -> False
        Just (y, b') -> x == y && go a' b'
    nextOf b = case next2 b of
      Done -> Nothing
      Skip b' -> nextOf b'
      Yield y b' -> Just (y, b')

-- Searching -------------------------------------------------------------------

elem :: Char -> Stream Char -> Bool
elem c = any (== c)

filter :: (Char -> Bool) -> Stream Char -> Stream Char
filter p (Stream next0 s0 len) = Stream next s0 (maxSize (upperBound 0 len) `orUnknown` len)
  where
    next s = case next0 s of
      Done -> Done
      Skip s' -> Skip s'
      Yield x s'
        | p x -> Yield x s'
        | otherwise -> Skip s'

findBy :: (Char -> Bool) -> Stream Char -> Maybe Char
findBy p (Stream next s0 _) = go s0
  where
    go s = case next s of
      Done -> Nothing
      Skip s' -> go s'
      Yield x s'
        | p x -> Just x
        | otherwise -> go s'

indexI :: Integral a => Stream Char -> a -> Char
indexI (Stream next s0 _) n0
  | n0 < 0 = streamError "index" "Negative index"
  | otherwise = go n0 s0
  where
    go n s = case next s of
      Done -> streamError "index" "Index too large"
      Skip s' -> go n s'
      Yield x s'
        | n == 0 -> x
        | otherwise -> go (n - 1) s'

findIndexI :: Integral a => (Char -> Bool) -> Stream Char -> Maybe a
findIndexI p (Stream next s0 _) = go 0 s0
  where
    go !i s = case next s of
      Done -> Nothing
      Skip s' -> go i s'
      Yield x s'
        | p x -> Just i
        | otherwise -> go (i + 1) s'

countCharI :: Integral a => Char -> Stream Char -> a
countCharI c (Stream next s0 _) = go 0 s0
  where
    go !n s = case next s of
      Done -> n
      Skip s' -> go n s'
      Yield x s'
        | x == c -> go (n + 1) s'
        | otherwise -> go n s'

-- | Pairs taken one side at a time (a Skip after each left element).
zipWith :: (a -> a -> b) -> Stream a -> Stream a -> Stream b
zipWith f (Stream nextA sa0 lenA) (Stream nextB sb0 lenB) = Stream next (Z1 sa0 sb0) (smaller lenA lenB)
  where
    next (Z1 sa sb) = case nextA sa of
      Done -> Done
      Skip sa' -> Skip (Z1 sa' sb)
      Yield a sa' -> Skip (Z2 sa' sb a)
    next (Z2 sa sb a) = case nextB sb of
      Done -> Done
      Skip sb' -> Skip (Z2 sa sb' a)
      Yield b sb' -> Yield (f a b) (Z1 sa sb')

data Zip a b m = Z1 !a !b | Z2 !a !b !m

-- Errors ----------------------------------------------------------------------

-- | text's error of a stream function, with the call stack text's own
-- `error` call has.
streamError :: String -> String -> a
streamError fun msg =
  throw
    ( ErrorCallWithLocation
        ("Data.Text.Internal.Fusion.Common." ++ fun ++ ": " ++ msg)
        "CallStack (from HasCallStack):\n  error, called at libraries/text/src/Data/Text/Internal/Fusion/Common.hs:944:24 in text-1.2.5.0:Data.Text.Internal.Fusion.Common"
    )

emptyError :: String -> a
emptyError fun = streamError fun "Internal error"

head_empty :: a
head_empty = streamError "head" "Empty stream"
{-# NOINLINE head_empty #-}

-- | The overflow errors of case conversion's size (three times the
-- input's, by text's mul64: its source lines 154 and 155).
zz_toCaseFold1, zz_toCaseFold2 :: Int64
zz_toCaseFold1 = throw (ErrorCallWithLocation "overflow" (prettyCallStack mul12))
zz_toCaseFold2 = throw (ErrorCallWithLocation "overflow" (prettyCallStack mul15))
{-# NOINLINE zz_toCaseFold1 #-}
{-# NOINLINE zz_toCaseFold2 #-}
