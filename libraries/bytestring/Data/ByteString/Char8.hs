{-# LANGUAGE BangPatterns, MagicHash, UnboxedTuples #-}
-- hs2stg: clean-room Data.ByteString.Char8 (bytestring-0.10.12.1): the
-- byte functions at Char (a Char is truncated to its low 8 bits).
module Data.ByteString.Char8
  ( ByteString
  , empty, singleton, pack, unpack
  , cons, snoc, append, head, uncons, unsnoc, last, tail, init, null, length
  , map, reverse, intersperse, intercalate, transpose
  , foldl, foldl', foldl1, foldl1', foldr, foldr', foldr1, foldr1'
  , concat, concatMap, any, all, maximum, minimum
  , scanl, scanl1, scanr, scanr1
  , mapAccumL, mapAccumR
  , replicate, unfoldr, unfoldrN
  , take, drop, splitAt, takeWhile, takeWhileEnd, dropWhile, dropWhileEnd
  , dropSpace, strip
  , span, spanEnd, break, breakEnd, group, groupBy, inits, tails
  , stripPrefix, stripSuffix
  , split, splitWith
  , lines, words, unlines, unwords
  , isPrefixOf, isSuffixOf, isInfixOf
  , breakSubstring, findSubstring, findSubstrings
  , elem, notElem, find, filter, partition
  , index, elemIndex, elemIndices, elemIndexEnd, findIndex, findIndices, count
  , zip, zipWith, unzip
  , sort
  , readInt, readInteger
  , copy
  , packCString, packCStringLen, useAsCString, useAsCStringLen
  , getLine, getContents, putStr, putStrLn, interact
  , readFile, writeFile, appendFile
  , hGetLine, hGetContents, hGet, hGetSome, hGetNonBlocking
  , hPut, hPutNonBlocking, hPutStr, hPutStrLn
  , zz_zdwloop, zz_readIntzuzdszdwloop, zz_readIntzuzdszdwloop1
  ) where

import Prelude hiding
  ( head, tail, init, last, null, length, map, reverse, foldl, foldr, foldl1
  , foldr1, concat, concatMap, any, all, maximum, minimum, scanl, scanl1
  , scanr, scanr1, replicate, take, drop, splitAt, takeWhile, dropWhile
  , span, break, elem, notElem, filter, zip, zipWith, unzip, getLine
  , getContents, putStr, putStrLn, interact, readFile, writeFile, appendFile
  , lines, words, unlines, unwords )
import qualified Prelude as P
import Data.ByteString
  ( empty, append, concat, null, length, reverse, intercalate, transpose
  , take, drop, splitAt, inits, tails, stripPrefix, stripSuffix, group
  , isPrefixOf, isSuffixOf, isInfixOf, breakSubstring, findSubstring
  , findSubstrings, sort, copy, packCString, packCStringLen, useAsCString
  , useAsCStringLen, getLine, getContents, putStr, interact, readFile
  , writeFile, appendFile, hGetLine, hGetContents, hGet, hGetSome
  , hGetNonBlocking, hPut, hPutNonBlocking, hPutStr, tail, init )
import qualified Data.ByteString as B
import Data.ByteString.Internal hiding (concat, zz_zdwloop)
import Data.ByteString.Unsafe
import System.IO (Handle, stdout)
import Data.Word (Word8)
import GHC.Exts (Addr#, Int#, Int (I#), (+#), (-#), (*#))
import GHC.ForeignPtr (ForeignPtr (ForeignPtr), ForeignPtrContents)

singleton :: Char -> ByteString
singleton = B.singleton . c2w

pack :: String -> ByteString
pack = packChars

unpack :: ByteString -> [Char]
unpack = unpackChars

cons :: Char -> ByteString -> ByteString
cons = B.cons . c2w

snoc :: ByteString -> Char -> ByteString
snoc p = B.snoc p . c2w

uncons :: ByteString -> Maybe (Char, ByteString)
uncons bs = case B.uncons bs of
  Nothing -> Nothing
  Just (w, bs') -> Just (w2c w, bs')

unsnoc :: ByteString -> Maybe (ByteString, Char)
unsnoc bs = case B.unsnoc bs of
  Nothing -> Nothing
  Just (bs', w) -> Just (bs', w2c w)

head :: ByteString -> Char
head = w2c . B.head

last :: ByteString -> Char
last = w2c . B.last

map :: (Char -> Char) -> ByteString -> ByteString
map f = B.map (c2w . f . w2c)

intersperse :: Char -> ByteString -> ByteString
intersperse = B.intersperse . c2w

foldl :: (a -> Char -> a) -> a -> ByteString -> a
foldl f = B.foldl (\a c -> f a (w2c c))

foldl' :: (a -> Char -> a) -> a -> ByteString -> a
foldl' f = B.foldl' (\a c -> f a (w2c c))

foldr :: (Char -> a -> a) -> a -> ByteString -> a
foldr f = B.foldr (\c a -> f (w2c c) a)

foldr' :: (Char -> a -> a) -> a -> ByteString -> a
foldr' f = B.foldr' (\c a -> f (w2c c) a)

foldl1 :: (Char -> Char -> Char) -> ByteString -> Char
foldl1 f ps = w2c (B.foldl1 (\x y -> c2w (f (w2c x) (w2c y))) ps)

foldl1' :: (Char -> Char -> Char) -> ByteString -> Char
foldl1' f ps = w2c (B.foldl1' (\x y -> c2w (f (w2c x) (w2c y))) ps)

foldr1 :: (Char -> Char -> Char) -> ByteString -> Char
foldr1 f ps = w2c (B.foldr1 (\x y -> c2w (f (w2c x) (w2c y))) ps)

foldr1' :: (Char -> Char -> Char) -> ByteString -> Char
foldr1' f ps = w2c (B.foldr1' (\x y -> c2w (f (w2c x) (w2c y))) ps)

concatMap :: (Char -> ByteString) -> ByteString -> ByteString
concatMap f = B.concatMap (f . w2c)

any :: (Char -> Bool) -> ByteString -> Bool
any f = B.any (f . w2c)

all :: (Char -> Bool) -> ByteString -> Bool
all f = B.all (f . w2c)

maximum :: ByteString -> Char
maximum = w2c . B.maximum

minimum :: ByteString -> Char
minimum = w2c . B.minimum

scanl :: (Char -> Char -> Char) -> Char -> ByteString -> ByteString
scanl f z = B.scanl (\a b -> c2w (f (w2c a) (w2c b))) (c2w z)

scanl1 :: (Char -> Char -> Char) -> ByteString -> ByteString
scanl1 f = B.scanl1 (\a b -> c2w (f (w2c a) (w2c b)))

scanr :: (Char -> Char -> Char) -> Char -> ByteString -> ByteString
scanr f z = B.scanr (\a b -> c2w (f (w2c a) (w2c b))) (c2w z)

scanr1 :: (Char -> Char -> Char) -> ByteString -> ByteString
scanr1 f = B.scanr1 (\a b -> c2w (f (w2c a) (w2c b)))

mapAccumL :: (acc -> Char -> (acc, Char)) -> acc -> ByteString -> (acc, ByteString)
mapAccumL f = B.mapAccumL (\acc w -> case f acc (w2c w) of (acc', c) -> (acc', c2w c))

mapAccumR :: (acc -> Char -> (acc, Char)) -> acc -> ByteString -> (acc, ByteString)
mapAccumR f = B.mapAccumR (\acc w -> case f acc (w2c w) of (acc', c) -> (acc', c2w c))

replicate :: Int -> Char -> ByteString
replicate n = B.replicate n . c2w

unfoldr :: (a -> Maybe (Char, a)) -> a -> ByteString
unfoldr f = B.unfoldr (fmap k . f)
  where k (c, a) = (c2w c, a)

unfoldrN :: Int -> (a -> Maybe (Char, a)) -> a -> (ByteString, Maybe a)
unfoldrN n f = B.unfoldrN n ((k `fmap`) . f)
  where k (c, a) = (c2w c, a)

takeWhile :: (Char -> Bool) -> ByteString -> ByteString
takeWhile f = B.takeWhile (f . w2c)

takeWhileEnd :: (Char -> Bool) -> ByteString -> ByteString
takeWhileEnd f = B.takeWhileEnd (f . w2c)

dropWhile :: (Char -> Bool) -> ByteString -> ByteString
dropWhile f = B.dropWhile (f . w2c)

dropWhileEnd :: (Char -> Bool) -> ByteString -> ByteString
dropWhileEnd f = B.dropWhileEnd (f . w2c)

dropSpace :: ByteString -> ByteString
dropSpace = B.dropWhile isSpaceWord8

strip :: ByteString -> ByteString
strip = B.dropWhileEnd isSpaceWord8 . B.dropWhile isSpaceWord8

break :: (Char -> Bool) -> ByteString -> (ByteString, ByteString)
break f = B.break (f . w2c)

span :: (Char -> Bool) -> ByteString -> (ByteString, ByteString)
span f = B.span (f . w2c)

spanEnd :: (Char -> Bool) -> ByteString -> (ByteString, ByteString)
spanEnd f = B.spanEnd (f . w2c)

breakEnd :: (Char -> Bool) -> ByteString -> (ByteString, ByteString)
breakEnd f = B.breakEnd (f . w2c)

groupBy :: (Char -> Char -> Bool) -> ByteString -> [ByteString]
groupBy k = B.groupBy (\a b -> k (w2c a) (w2c b))

split :: Char -> ByteString -> [ByteString]
split = B.split . c2w

splitWith :: (Char -> Bool) -> ByteString -> [ByteString]
splitWith f = B.splitWith (f . w2c)

lines :: ByteString -> [ByteString]
lines ps
  | null ps = []
  | otherwise = case B.elemIndex 10 ps of
      Nothing -> [ps]
      Just n -> unsafeTake n ps : lines (unsafeDrop (n + 1) ps)

unlines :: [ByteString] -> ByteString
unlines [] = empty
unlines ss = concat (P.concatMap (\s -> [s, nl]) ss)
  where nl = B.singleton 10

words :: ByteString -> [ByteString]
words = P.filter (not . null) . B.splitWith isSpaceWord8

unwords :: [ByteString] -> ByteString
unwords = intercalate (B.singleton 32)

elem :: Char -> ByteString -> Bool
elem c = B.elem (c2w c)

notElem :: Char -> ByteString -> Bool
notElem c = B.notElem (c2w c)

find :: (Char -> Bool) -> ByteString -> Maybe Char
find f ps = w2c `fmap` B.find (f . w2c) ps

filter :: (Char -> Bool) -> ByteString -> ByteString
filter f = B.filter (f . w2c)

partition :: (Char -> Bool) -> ByteString -> (ByteString, ByteString)
partition f = B.partition (f . w2c)

index :: ByteString -> Int -> Char
index bs n = w2c (B.index bs n)

elemIndex :: Char -> ByteString -> Maybe Int
elemIndex = B.elemIndex . c2w

elemIndexEnd :: Char -> ByteString -> Maybe Int
elemIndexEnd = B.elemIndexEnd . c2w

elemIndices :: Char -> ByteString -> [Int]
elemIndices = B.elemIndices . c2w

findIndex :: (Char -> Bool) -> ByteString -> Maybe Int
findIndex f = B.findIndex (f . w2c)

findIndices :: (Char -> Bool) -> ByteString -> [Int]
findIndices f = B.findIndices (f . w2c)

count :: Char -> ByteString -> Int
count c = B.count (c2w c)

zip :: ByteString -> ByteString -> [(Char, Char)]
zip = zipWith (,)

zipWith :: (Char -> Char -> a) -> ByteString -> ByteString -> [a]
zipWith f = B.zipWith (\a b -> f (w2c a) (w2c b))

unzip :: [(Char, Char)] -> (ByteString, ByteString)
unzip ls = (pack (P.map fst ls), pack (P.map snd ls))

-- An optional sign ('-' or '+') and decimal digits at the start; the
-- value wraps around as Int arithmetic does.
-- Through the real package's loops (zz_ names below): readInt's, one
-- for each sign, and readInteger's, which keeps 9-digit groups.
readInt :: ByteString -> Maybe (Int, ByteString)
readInt (PS (ForeignPtr a c) (I# o) (I# l))
  | I# l <= 0 = Nothing
  | otherwise = case unsafeHead (PS (ForeignPtr a c) (I# o) (I# l)) of
      45 -> zz_readIntzuzdszdwloop (l -# 1#) (o +# 1#) c a 0# 0#
      43 -> zz_readIntzuzdszdwloop1 (l -# 1#) (o +# 1#) c a 0# 0#
      _ -> zz_readIntzuzdszdwloop1 l o c a 0# 0#

readInteger :: ByteString -> Maybe (Integer, ByteString)
readInteger bs = case B.uncons bs of
  Nothing -> Nothing
  Just (45, rest) -> case first rest of
    Nothing -> Nothing
    Just (n, r) -> Just (negate n, r)
  Just (43, rest) -> first rest
  Just _ -> first bs
  where
    first ps@(PS (ForeignPtr a c) (I# o) (I# l))
      | I# l <= 0 = Nothing
      | isDigitW w = Just (case zz_zdwloop 1# (case fromIntegral w - 48 of I# d -> d) [] a c (o +# 1#) (l -# 1#) of
                             (# n, r #) -> (n, r))
      | otherwise = Nothing
      where w = unsafeHead ps

type Word8' = Word8

isDigitW :: Word8' -> Bool
isDigitW w = w >= 48 && w <= 57

putStrLn :: ByteString -> IO ()
putStrLn = hPutStrLn stdout

hPutStrLn :: Handle -> ByteString -> IO ()
hPutStrLn h ps = hPut h ps >> hPut h (B.singleton 10)

-- ------------------------------------------------- -O1 workers by name
-- The real package's local loops its -O1 unfoldings call (names
-- `zz_<Z-encoded name>`, types from `ghc --show-iface`).

-- readInt's digit loop, specialised to a negative (readInt_$s$wloop) and
-- a positive (readInt_$s$wloop1) number: len off contents addr are the
-- rest's fields (reversed), n the value so far, i how many digits; no
-- digit at all is Nothing.
zz_readIntzuzdszdwloop, zz_readIntzuzdszdwloop1
  :: Int# -> Int# -> ForeignPtrContents -> Addr# -> Int# -> Int#
  -> Maybe (Int, ByteString)
zz_readIntzuzdszdwloop = readIntLoop True
zz_readIntzuzdszdwloop1 = readIntLoop False

readIntLoop :: Bool -> Int# -> Int# -> ForeignPtrContents -> Addr# -> Int# -> Int#
            -> Maybe (Int, ByteString)
readIntLoop neg len off c a n i
  | I# len > 0, isDigitW w =
      readIntLoop neg (len -# 1#) (off +# 1#) c a
        ((n *# 10#) +# (case fromIntegral w of I# d -> d -# 48#)) (i +# 1#)
  | I# i == 0 = Nothing
  | otherwise = Just (if neg then negate (I# n) else I# n, rest)
  where
    rest = PS (ForeignPtr a c) (I# off) (I# len)
    w = unsafeHead rest

-- readInteger's digit loop ($wloop d acc ns addr contents off len): acc
-- holds the last d digits read (d <= 9), ns the 9-digit groups before
-- them, the last group first; reads digits on and gives the value of
-- all of them and the rest (empty when every byte was a digit).
zz_zdwloop
  :: Int# -> Int# -> [Integer] -> Addr# -> ForeignPtrContents -> Int# -> Int#
  -> (# Integer, ByteString #)
zz_zdwloop d acc ns a c off len = go (I# d) (I# acc) ns (PS (ForeignPtr a c) (I# off) (I# len))
  where
    go :: Int -> Int -> [Integer] -> ByteString -> (# Integer, ByteString #)
    go !k !v gs ps
      | B.null ps = (# value k v gs, B.empty #)
      | isDigitW w =
          let x = fromIntegral w - 48
          in if k == 9 then go 1 x (toInteger v : gs) (unsafeTail ps)
             else go (k + 1) (v * 10 + x) gs (unsafeTail ps)
      | otherwise = (# value k v gs, ps #)
      where w = unsafeHead ps
    value k v gs = P.foldr (\g hi -> hi * 1000000000 + g) 0 gs * 10 ^ k + toInteger v
