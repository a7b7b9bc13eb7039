-- Competitive-programming style: readLn, replicateM n getLine, words/read,
-- ByteString.Char8 fast input, prefix sums with unboxed arrays, and
-- printf-formatted answers.
module Main (main) where

import Control.Monad
import qualified Data.ByteString.Char8 as B
import Data.Array.Unboxed
import Data.Maybe (fromJust)
import Text.Printf (printf)
import Data.List (sort, foldl')
import qualified Data.Map.Strict as M

main :: IO ()
main = do
  n <- readLn :: IO Int
  pts <- replicateM n $ do
    [x, y] <- map read . words <$> getLine
    return (x, y) :: IO (Int, Int)
  let far = maximum [abs x + abs y | (x, y) <- pts]
  printf "farthest manhattan: %d\n" far
  q <- readLn :: IO Int
  rest <- B.getContents
  let nums = map (fst . fromJust . B.readInt) (B.words rest)
      (arrVals, queries) = splitAt 10 nums
      arr = listArray (1, 10) arrVals :: UArray Int Int
      pre = listArray (0, 10) (scanl (+) 0 (elems arr)) :: UArray Int Int
      pairs = take q (chunk queries)
      chunk (a : b : r) = (a, b) : chunk r
      chunk _ = []
  forM_ pairs $ \(l, r) -> printf "sum[%d..%d] = %d\n" l r (pre ! r - pre ! (l - 1))
  let sorted = sort arrVals
      median = fromIntegral (sorted !! 4 + sorted !! 5) / 2 :: Double
  putStrLn (printf "median %.1f, distinct %d" median (M.size (M.fromList (zip arrVals (repeat ())))))
  print (foldl' (\acc v -> (acc * 31 + v) `mod` 1000000007) 7 arrVals)
