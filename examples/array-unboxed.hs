-- Unboxed arrays: UArray built by runSTUArray and the IArray functions,
-- STUArray in ST, IOUArray in IO; elements are strict, unset slots are 0.
import Control.Monad
import Control.Monad.ST
import Data.Array.IO
import Data.Array.ST
import Data.Array.Unboxed
import qualified Data.Array as A

-- Smallest prime factor of every number up to n.
smallestFactor :: Int -> UArray Int Int
smallestFactor n = runSTUArray $ do
  spf <- newArray (2, n) 0
  forM_ [2 .. n] $ \i -> do
    v <- readArray spf i
    when (v == 0) $ forM_ [i, 2 * i .. n] $ \j -> do
      w <- readArray spf j
      when (w == 0) $ writeArray spf j i
  return spf

factorise :: UArray Int Int -> Int -> [Int]
factorise spf = go
  where go 1 = []
        go m = let p = spf ! m in p : go (m `div` p)

-- Longest increasing subsequence length, O(n^2) table in an STUArray.
lis :: [Int] -> Int
lis xs = maximum (elems table)
  where
    n = length xs
    a = listArray (0, n - 1) xs :: UArray Int Int
    table = runSTUArray $ do
      t <- newArray (0, n - 1) 1
      forM_ [1 .. n - 1] $ \i ->
        forM_ [0 .. i - 1] $ \j ->
          when (a ! j < a ! i) $ do
            ti <- readArray t i
            tj <- readArray t j
            when (tj + 1 > ti) $ writeArray t i (tj + 1)
      return t

main :: IO ()
main = do
  let spf = smallestFactor 100
  print [factorise spf k | k <- [2, 12, 60, 97, 100]]
  print (bounds spf, spf ! 91, length (filter (\(i, p) -> i == p) (assocs spf)))
  print (lis [3, 10, 2, 1, 20, 4, 6, 7, 30, 5])
  let u = listArray (0, 5) [1, 2, 3] :: UArray Int Int
  print u
  print (u // [(4, 40), (0, -1)], accum (+) u [(1, 100), (1, 1)])
  print (amap (* 2) u, indices u, elems u)
  print (array ('a', 'e') [('b', True), ('d', True)] :: UArray Char Bool)
  print (listArray (1, 4) "hey" :: UArray Int Char)
  print (listArray (0, 2) [0.5, -1.25, 3] :: UArray Int Double)
  print (accumArray (+) 0 (0, 4) [(i `mod` 5, i) | i <- [1 .. 20]] :: UArray Int Int)
  print (Just u, showsPrec 10 u "", showsPrec 9 u "")
  print (u == u, u == u // [(5, 1)], compare u (u // [(5, 1)]))
  let grid = listArray ((0, 0), (2, 2)) [1 ..] :: UArray (Int, Int) Int
  print (grid ! (1, 2), sum [grid ! (i, i) | i <- [0 .. 2]], ixmap ((0, 0), (2, 2)) (\(r, c) -> (c, r)) grid)
  io <- newArray (1, 5) 0 :: IO (IOUArray Int Int)
  forM_ [1 .. 5] $ \i -> writeArray io i (i * i)
  getElems io >>= print
  blank <- newArray_ (0, 3) :: IO (IOUArray Int Int)
  getElems blank >>= print
  frozen <- freeze io :: IO (UArray Int Int)
  boxed <- freeze io :: IO (A.Array Int Int)
  writeArray io 1 99
  print (frozen, boxed A.! 1)
  t <- thaw frozen :: IO (IOUArray Int Int)
  readArray t 5 >>= print
  flags <- newArray ('a', 'c') False :: IO (IOUArray Char Bool)
  writeArray flags 'b' True
  getAssocs flags >>= print
