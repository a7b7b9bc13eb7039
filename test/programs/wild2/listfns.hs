-- Data.List in the wild: groupBy/sortOn/partition/transpose/isInfixOf/
-- zipWith3/mapAccumL/insertBy/nubBy/foldl1/iterate' and friends.
module Main (main) where

import Data.List
import Data.Function (on)
import Data.Char (isDigit, isSpace, toUpper)
import qualified Data.List.NonEmpty as NE

main :: IO ()
main = do
  let people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "sf"), ("dee", 25, "nyc"), ("eve", 40, "la")]
      age (_, a, _) = a
      city (_, _, c) = c
      name (n, _, _) = n
  print (map (map name) (groupBy ((==) `on` age) (sortOn age people)))
  print (partition ((> 30) . age) people)
  print (map (\g -> (city (head g), length g)) (groupBy ((==) `on` city) (sortBy (compare `on` city) people)))
  print (transpose ["abc", "de", "fghi"], intercalate ", " ["x", "y"], intersperse '-' "abc")
  print (isPrefixOf "ab" "abc", isSuffixOf "bc" "abc", isInfixOf "zz" "abc", stripPrefix "foo" "foobar")
  print (mapAccumL (\acc x -> (acc + x, acc * x)) 0 [1 .. 5 :: Int], mapAccumR (\a x -> (a + 1, (a, x))) 0 "abc")
  print (zipWith3 (\a b c -> a + b * c) [1, 2] [3, 4] [5, 6 :: Int], unzip3 [(1 :: Int, 'a', True), (2, 'b', False)])
  print (insertBy (compare `on` negate) 3 [5, 4, 2, 1 :: Int], nubBy (\a b -> a `mod` 3 == b `mod` 3) [1 .. 10 :: Int])
  print (foldl1 (-) [10, 2, 3 :: Int], foldr1 (-) [10, 2, 3 :: Int], iterate' (* 2) 1 !! 10 :: Int)
  print (span isDigit "123abc", break isSpace "hello world", dropWhileEnd isSpace "trim   ", splitAt 2 [1, 2, 3 :: Int])
  print (lookup 2 [(1, "a"), (2, "b")], elemIndex 3 [1, 2, 3 :: Int], findIndices even [1, 2, 4, 5 :: Int], find (> 3) [1 .. 10 :: Int])
  print (tails [1, 2 :: Int], inits "ab", zip [1 :: Int ..] (group (sort "mississippi")))
  print (deleteBy (\a b -> a == b + 1) 3 [1, 2, 3 :: Int], [1, 2, 3, 4] \\ [2, 4 :: Int], union "abc" "bcd", intersect [1 .. 5] [3 .. 9 :: Int])
  print (sortOn negate [3, 1, 2 :: Int], reverse (sort "hello"), maximumBy (compare `on` snd) [(1, 'a'), (2, 'c'), (3 :: Int, 'b')])
  print (genericLength "abc" :: Integer, replicate 3 'x', lines "a\n\nb\n", unwords (words "  a  b "), and [], or [])
  print (words (map toUpper "the end"), subsequences "abc", foldl' (flip (:)) [] "abc", unfoldr (\x -> if x > 60 then Nothing else Just (x, x * 2)) (1 :: Int))
  let ne = 5 NE.:| [3, 9, 1 :: Int]
  print (NE.head ne, NE.toList (NE.sort ne), NE.length ne, maximum ne, NE.toList (NE.map (* 2) ne))
  print (zip "ab" (lookup 'x' [] : [Just (1 :: Int)]), all even [2, 4 :: Int], any odd [2, 4 :: Int], concat [[1], [2, 3 :: Int]], concatMap show [1, 2, 3 :: Int])
