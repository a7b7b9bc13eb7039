-- hs2stg: clean-room Data.ByteString.Lazy.Char8 (bytestring-0.10.12.1):
-- Data.ByteString.Lazy at Char (truncated to 8 bits).
module Data.ByteString.Lazy.Char8
  ( ByteString
  , empty, singleton, pack, unpack, fromChunks, toChunks, fromStrict, toStrict
  , cons, cons', snoc, append, head, uncons, unsnoc, last, tail, init, null, length
  , map, reverse, intersperse, intercalate, transpose
  , foldl, foldl', foldl1, foldl1', foldr, foldr1
  , concat, concatMap, any, all, maximum, minimum
  , scanl, mapAccumL, mapAccumR
  , repeat, replicate, cycle, iterate, unfoldr
  , take, drop, splitAt, takeWhile, dropWhile, span, break, group, groupBy
  , inits, tails, stripPrefix, stripSuffix
  , split, splitWith
  , lines, words, unlines, unwords
  , isPrefixOf, isSuffixOf
  , elem, notElem, find, filter, partition
  , index, elemIndex, elemIndices, findIndex, findIndices, count
  , zip, zipWith
  , copy
  , readInt, readInteger
  , getContents, putStr, putStrLn, interact
  , readFile, writeFile, appendFile
  , hGetContents, hGet, hGetNonBlocking, hPut, hPutNonBlocking, hPutStr, hPutStrLn
  ) where

import Prelude hiding
  ( head, tail, init, last, null, length, map, reverse, foldl, foldr, foldl1
  , foldr1, concat, concatMap, any, all, maximum, minimum, scanl, repeat
  , replicate, cycle, iterate, take, drop, splitAt, takeWhile, dropWhile
  , span, break, elem, notElem, filter, zip, zipWith, lines, words, unlines
  , unwords, getContents, putStr, putStrLn, interact, readFile, writeFile
  , appendFile )
import qualified Prelude as P
import Data.Int (Int64)
import Data.Word (Word8)
import Data.ByteString.Lazy
  ( empty, fromChunks, toChunks, fromStrict, toStrict, append, tail, init
  , null, length, reverse, intercalate, transpose, concat, take, drop
  , splitAt, group, inits, tails, stripPrefix, stripSuffix, isPrefixOf
  , isSuffixOf, copy, getContents, putStr, interact, readFile, writeFile
  , appendFile, hGetContents, hGet, hGetNonBlocking, hPut, hPutNonBlocking
  , hPutStr, cycle )
import qualified Data.ByteString.Lazy as L
import Data.ByteString.Lazy.Internal (ByteString (..), packChars, unpackChars)
import Data.ByteString.Internal (c2w, w2c, isSpaceWord8)
import qualified Data.ByteString as S
import System.IO (Handle, stdout)

singleton :: Char -> ByteString
singleton = L.singleton . c2w

pack :: [Char] -> ByteString
pack = packChars

unpack :: ByteString -> [Char]
unpack = unpackChars

cons :: Char -> ByteString -> ByteString
cons = L.cons . c2w

cons' :: Char -> ByteString -> ByteString
cons' = L.cons' . c2w

snoc :: ByteString -> Char -> ByteString
snoc p = L.snoc p . c2w

head :: ByteString -> Char
head = w2c . L.head

uncons :: ByteString -> Maybe (Char, ByteString)
uncons bs = case L.uncons bs of
  Nothing -> Nothing
  Just (w, bs') -> Just (w2c w, bs')

unsnoc :: ByteString -> Maybe (ByteString, Char)
unsnoc bs = case L.unsnoc bs of
  Nothing -> Nothing
  Just (bs', w) -> Just (bs', w2c w)

last :: ByteString -> Char
last = w2c . L.last

map :: (Char -> Char) -> ByteString -> ByteString
map f = L.map (c2w . f . w2c)

intersperse :: Char -> ByteString -> ByteString
intersperse = L.intersperse . c2w

foldl :: (a -> Char -> a) -> a -> ByteString -> a
foldl f = L.foldl (\a c -> f a (w2c c))

foldl' :: (a -> Char -> a) -> a -> ByteString -> a
foldl' f = L.foldl' (\a c -> f a (w2c c))

foldr :: (Char -> a -> a) -> a -> ByteString -> a
foldr f = L.foldr (\c a -> f (w2c c) a)

foldl1 :: (Char -> Char -> Char) -> ByteString -> Char
foldl1 f ps = w2c (L.foldl1 (\x y -> c2w (f (w2c x) (w2c y))) ps)

foldl1' :: (Char -> Char -> Char) -> ByteString -> Char
foldl1' f ps = w2c (L.foldl1' (\x y -> c2w (f (w2c x) (w2c y))) ps)

foldr1 :: (Char -> Char -> Char) -> ByteString -> Char
foldr1 f ps = w2c (L.foldr1 (\x y -> c2w (f (w2c x) (w2c y))) ps)

concatMap :: (Char -> ByteString) -> ByteString -> ByteString
concatMap f = L.concatMap (f . w2c)

any :: (Char -> Bool) -> ByteString -> Bool
any f = L.any (f . w2c)

all :: (Char -> Bool) -> ByteString -> Bool
all f = L.all (f . w2c)

maximum :: ByteString -> Char
maximum = w2c . L.maximum

minimum :: ByteString -> Char
minimum = w2c . L.minimum

scanl :: (Char -> Char -> Char) -> Char -> ByteString -> ByteString
scanl f z = L.scanl (\a b -> c2w (f (w2c a) (w2c b))) (c2w z)

mapAccumL :: (acc -> Char -> (acc, Char)) -> acc -> ByteString -> (acc, ByteString)
mapAccumL f = L.mapAccumL (\acc w -> case f acc (w2c w) of (acc', c) -> (acc', c2w c))

mapAccumR :: (acc -> Char -> (acc, Char)) -> acc -> ByteString -> (acc, ByteString)
mapAccumR f = L.mapAccumR (\acc w -> case f acc (w2c w) of (acc', c) -> (acc', c2w c))

repeat :: Char -> ByteString
repeat = L.repeat . c2w

replicate :: Int64 -> Char -> ByteString
replicate n = L.replicate n . c2w

iterate :: (Char -> Char) -> Char -> ByteString
iterate f = L.iterate (c2w . f . w2c) . c2w

unfoldr :: (a -> Maybe (Char, a)) -> a -> ByteString
unfoldr f = L.unfoldr (fmap k . f)
  where k (c, a) = (c2w c, a)

takeWhile :: (Char -> Bool) -> ByteString -> ByteString
takeWhile f = L.takeWhile (f . w2c)

dropWhile :: (Char -> Bool) -> ByteString -> ByteString
dropWhile f = L.dropWhile (f . w2c)

break :: (Char -> Bool) -> ByteString -> (ByteString, ByteString)
break f = L.break (f . w2c)

span :: (Char -> Bool) -> ByteString -> (ByteString, ByteString)
span f = L.span (f . w2c)

groupBy :: (Char -> Char -> Bool) -> ByteString -> [ByteString]
groupBy k = L.groupBy (\a b -> k (w2c a) (w2c b))

split :: Char -> ByteString -> [ByteString]
split = L.split . c2w

splitWith :: (Char -> Bool) -> ByteString -> [ByteString]
splitWith f = L.splitWith (f . w2c)

-- Lazy in the input: each line is found when it is demanded.
lines :: ByteString -> [ByteString]
lines Empty = []
lines s = case L.break (== 10) s of
  (l, Empty) -> [l]
  (l, rest) -> l : lines (L.tail rest)

unlines :: [ByteString] -> ByteString
unlines [] = Empty
unlines ss = L.concat (P.concatMap (\s -> [s, nl]) ss)
  where nl = L.singleton 10

words :: ByteString -> [ByteString]
words = P.filter (not . L.null) . L.splitWith isSpaceWord8

unwords :: [ByteString] -> ByteString
unwords = intercalate (L.singleton 32)

elem :: Char -> ByteString -> Bool
elem c = L.elem (c2w c)

notElem :: Char -> ByteString -> Bool
notElem c = L.notElem (c2w c)

find :: (Char -> Bool) -> ByteString -> Maybe Char
find f ps = w2c `fmap` L.find (f . w2c) ps

filter :: (Char -> Bool) -> ByteString -> ByteString
filter f = L.filter (f . w2c)

partition :: (Char -> Bool) -> ByteString -> (ByteString, ByteString)
partition f = L.partition (f . w2c)

index :: ByteString -> Int64 -> Char
index bs n = w2c (L.index bs n)

elemIndex :: Char -> ByteString -> Maybe Int64
elemIndex = L.elemIndex . c2w

elemIndices :: Char -> ByteString -> [Int64]
elemIndices = L.elemIndices . c2w

findIndex :: (Char -> Bool) -> ByteString -> Maybe Int64
findIndex f = L.findIndex (f . w2c)

findIndices :: (Char -> Bool) -> ByteString -> [Int64]
findIndices f = L.findIndices (f . w2c)

count :: Char -> ByteString -> Int64
count c = L.count (c2w c)

zip :: ByteString -> ByteString -> [(Char, Char)]
zip ps qs = P.zip (unpack ps) (unpack qs)

zipWith :: (Char -> Char -> a) -> ByteString -> ByteString -> [a]
zipWith f = L.zipWith (\a b -> f (w2c a) (w2c b))

-- The digits are gathered across chunks; see Data.ByteString.Char8.readInt.
readInt :: ByteString -> Maybe (Int, ByteString)
readInt bs = case L.uncons bs of
  Nothing -> Nothing
  Just (45, rest) -> fmap (\(n, r) -> (negate n, r)) (digits rest)
  Just (43, rest) -> digits rest
  Just _ -> digits bs
  where
    digits s = let ds = L.takeWhile isDigitW s
                   n = L.length ds
               in if n == 0 then Nothing
                  else Just (L.foldl' (\a w -> a * 10 + fromIntegral (w - 48)) 0 ds, L.drop n s)

readInteger :: ByteString -> Maybe (Integer, ByteString)
readInteger bs = case L.uncons bs of
  Nothing -> Nothing
  Just (45, rest) -> fmap (\(n, r) -> (negate n, r)) (digits rest)
  Just (43, rest) -> digits rest
  Just _ -> digits bs
  where
    digits s = let ds = L.takeWhile isDigitW s
                   n = L.length ds
               in if n == 0 then Nothing
                  else Just (L.foldl' (\a w -> a * 10 + fromIntegral (w - 48)) 0 ds, L.drop n s)

isDigitW :: Word8 -> Bool
isDigitW w = w >= 48 && w <= 57

putStrLn :: ByteString -> IO ()
putStrLn = hPutStrLn stdout

hPutStrLn :: Handle -> ByteString -> IO ()
hPutStrLn h ps = hPut h ps >> S.hPut h (S.singleton 10)
