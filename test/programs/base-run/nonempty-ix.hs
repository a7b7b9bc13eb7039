-- Data.List.NonEmpty's API as a program uses it (groupings, sorts, zips,
-- scans, unfolds, iterations) and Ix of every index type (Int/Word widths,
-- Char, Bool, Ordering, Integer, tuples up to 5) through range, index,
-- inRange, rangeSize, with GHC.Arr arrays indexed by them.
import Data.Array
import Data.Ix
import Data.Int
import Data.Word
import qualified Data.List.NonEmpty as NE
import Data.List.NonEmpty (NonEmpty (..), (<|))
import Control.Exception

{-# NOINLINE ixInfo #-}
ixInfo :: (Ix i, Show i) => String -> (i, i) -> [i] -> IO ()
ixInfo name b is = putStrLn (name ++ ": " ++ show (range b) ++ " size=" ++ show (rangeSize b) ++ " " ++ show [(i, inRange b i, if inRange b i then index b i else -1) | i <- is])

main :: IO ()
main = do
  let ne = 5 :| [3, 8, 1, 3, 9, 2 :: Int]
  print (NE.head ne, NE.last ne, NE.tail ne, NE.init ne, NE.length ne, NE.toList (NE.reverse ne), NE.sort ne, NE.sortBy (flip compare) ne, NE.sortWith negate ne)
  print (NE.map (* 2) ne, NE.nub ne, NE.zip ne (NE.fromList "abcdefg"), NE.zipWith (+) ne ne, NE.unzip (NE.fromList [(1 :: Int, 'a'), (2, 'b')]), 0 <| ne, NE.cons 9 ne, NE.uncons ne)
  print (NE.group "aabbbc", NE.groupBy (\a b -> even a == even b) [2, 4, 1, 3, 6 :: Int], NE.group1 ('x' :| "xyy"), NE.groupWith (`div` 10) [1, 5, 12, 18, 25 :: Int], NE.groupAllWith (`mod` 3) [1 .. 7 :: Int])
  print (NE.take 3 ne, NE.drop 4 ne, NE.splitAt 2 ne, NE.takeWhile (> 2) ne, NE.dropWhile (> 2) ne, NE.span odd ne, NE.break (> 6) ne, NE.filter even ne, NE.partition (> 4) ne)
  print (NE.scanl (+) 0 [1, 2, 3 :: Int], NE.scanr (+) 0 [1, 2, 3 :: Int], NE.scanl1 max ne, NE.scanr1 min ne, NE.iterate (* 2) 1 NE.!! 10 :: Int, NE.take 4 (NE.repeat 'r'), NE.take 5 (NE.cycle (1 :| [2 :: Int])))
  print (NE.unfoldr (\n -> (n, if n > 4 then Nothing else Just (n + 1))) (1 :: Int), NE.insert 4 ne, NE.intersperse 0 ne, NE.transpose (NE.fromList [NE.fromList "ab", NE.fromList "cd"]), NE.xor (True :| [False, True]))
  print (NE.nonEmpty ([] :: [Int]), NE.nonEmpty "ne", NE.isPrefixOf [5, 3] ne, NE.fromList [1, 2 :: Int] <> (3 :| [4]), NE.sortWith abs ne, NE.nubBy (\a b -> a `mod` 3 == b `mod` 3) ne, zipWith3'' ne)
  print (fmap negate ne, foldr (-) 0 ne, sum ne, maximum ne, traverse (\x -> if x > 0 then Just x else Nothing) ne, ne >>= \x -> x :| [x], ne <> ne, show ne, read "1 :| [2,3]" :: NonEmpty Int, compare ne (NE.sort ne), ne == ne)
  r <- try (evaluate (NE.fromList ([] :: [Int])))
  putStrLn (either (\e -> "fromList []: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) show r)
  ixInfo "Int" (-2, 3 :: Int) [-3, 0, 3, 4]
  ixInfo "Int8" (-2, 3 :: Int8) [minBound, 0, 3]
  ixInfo "Int16" (100, 104 :: Int16) [99, 104]
  ixInfo "Int32" (-1, 1 :: Int32) [0]
  ixInfo "Int64" (5, 7 :: Int64) [6, 8]
  ixInfo "Word" (1, 4 :: Word) [0, 2]
  ixInfo "Word8" (250, 255 :: Word8) [255, 0]
  ixInfo "Word16" (0, 3 :: Word16) [3]
  ixInfo "Word32" (7, 9 :: Word32) [8]
  ixInfo "Word64" (7, 9 :: Word64) [10]
  ixInfo "Integer" (2 ^ 64, 2 ^ 64 + 3 :: Integer) [2 ^ 64 + 1, 0]
  ixInfo "Char" ('x', '}') "a{"
  ixInfo "Bool" (False, True) [True]
  ixInfo "Ordering" (LT, GT) [EQ]
  ixInfo "()" ((), ()) [()]
  ixInfo "pair" ((0, 'a'), (2 :: Int, 'b')) [(1, 'b'), (3, 'a')]
  ixInfo "triple" ((0, 0, 0), (1, 1, 1 :: Int)) [(1, 0, 1)]
  ixInfo "4-tuple" ((0, 0, 0, False), (1, 0, 1 :: Int, True)) [(1, 0, 1, True)]
  ixInfo "5-tuple" ((0, 0, 0, 0, 'a'), (1, 0, 0, 1 :: Int, 'b')) [(1, 0, 0, 1, 'b')]
  print (rangeSize ((5, 5), (4, 9 :: Int)), range ((1, 2), (0, 3 :: Int)), rangeSize (10, 1 :: Int), inRange ('a', 'z') 'm')
  let a = listArray ((0, 'a'), (1, 'c')) [1 .. 6 :: Int]
  print (a ! (1, 'b'), bounds a, elems (fmap (* 10) a), a // [((0, 'c'), 99)], accum (+) a [((0, 'a'), 100), ((0, 'a'), 1)], ixmap (0, 2) (\i -> (1, toEnum (fromEnum 'a' + i))) a)
  let b = accumArray (flip (:)) [] (LT, GT) [(GT, 'g'), (LT, 'l'), (GT, 'h')] :: Array Ordering String
  print (b, assocs b, indices b, sum (listArray (False, True) [3, 4 :: Int]), array (1, 3) [(i, i * i) | i <- [1 .. 3 :: Word8]], listArray (1, 0) [] == (listArray (1, 0) [] :: Array Int Int), compare a a)
  r2 <- try (evaluate (a ! (2, 'a')))
  putStrLn (either (\e -> "out of range: " ++ takeWhile (/= '\n') (show (e :: SomeException))) show r2)
  r3 <- try (evaluate (index (1, 5 :: Int) 9))
  putStrLn (either (\e -> "index: " ++ takeWhile (/= '\n') (show (e :: SomeException))) show r3)
  r4 <- try (evaluate (index ('a', 'c') 'q'))
  putStrLn (either (\e -> "index Char: " ++ takeWhile (/= '\n') (show (e :: SomeException))) show r4)
  r5 <- try (evaluate (index (1, 5 :: Word16) 0))
  putStrLn (either (\e -> "index Word16: " ++ takeWhile (/= '\n') (show (e :: SomeException))) show r5)

zipWith3'' :: NonEmpty Int -> NonEmpty (Int, Int, Int)
zipWith3'' n = NE.zipWith (\a (b, c) -> (a, b, c)) n (NE.zip n (NE.reverse n))
