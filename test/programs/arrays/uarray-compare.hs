-- Eq and Ord of unboxed arrays (eqUArray, cmpUArray, and cmpIntUArray,
-- which GHC's rule uses for Int indices at -O1): equal when both are empty
-- or bounds and elements agree; ordered by their association lists.
import Data.Array.Unboxed
import Data.List (sort, sortBy, maximumBy, minimumBy)
import Data.Ord (comparing)

ints :: [UArray Int Int]
ints =
  [ listArray (1, 3) [1, 2, 3], listArray (0, 2) [1, 2, 3], listArray (1, 2) [1, 2]
  , listArray (1, 4) [1, 2, 3, 0], listArray (1, 0) [], listArray (5, 4) []
  , listArray (1, 3) [1, 2, 4], listArray (2, 3) [0, 0], listArray (-1, 0) [9, 9] ]

main :: IO ()
main = do
  print [ (i, j, compare a b, a == b, a /= b) | (i, a) <- zip [0 :: Int ..] ints, (j, b) <- zip [0 ..] ints ]
  print [ (a < b, a <= b, a > b, a >= b) | a <- take 4 ints, b <- take 4 ints ]
  print (sort ints)
  print (maximum ints, minimum ints)
  print (max (ints !! 0) (ints !! 6), min (ints !! 0) (ints !! 6))
  -- two-dimensional indices, other element types
  let g1 = listArray ((0, 0), (1, 1)) [1.5, 2.5, 3.5, 4.5] :: UArray (Int, Int) Double
      g2 = listArray ((0, 0), (1, 1)) [1.5, 2.5, 3.5, 4.0] :: UArray (Int, Int) Double
      g3 = listArray ((0, 1), (1, 2)) [1.5, 2.5, 3.5, 4.5] :: UArray (Int, Int) Double
  print [ (compare a b, a == b) | a <- [g1, g2, g3], b <- [g1, g2, g3] ]
  let bs = [ listArray ('a', 'c') [True, False, True], listArray ('a', 'c') [True, True, False]
           , listArray ('b', 'd') [False, False, False], listArray ('a', 'b') [True, False] ] :: [UArray Char Bool]
  print [ (compare a b, a == b) | a <- bs, b <- bs ]
  print (sortBy (comparing elems) bs)
  let cs = map (\s -> listArray (0, length s - 1) s) ["abc", "abd", "ab", "", "b"] :: [UArray Int Char]
  print (sort cs, maximumBy compare cs, minimumBy compare cs)
  let ws = [ listArray (0, 1) [3, 4], listArray (0, 1) [3, 5], accumArray (+) 0 (0, 1) [(0, 3), (1, 2), (1, 2)] ] :: [UArray Int Word]
  print [ (compare a b, a == b) | a <- ws, b <- ws ]
