-- Data.Array.ST / MArray: STArray and STUArray in ST, runSTArray, runSTUArray,
import Control.Monad.ST
import Control.Monad

import Data.Array.ST
import Data.Array.Unboxed
import Data.Array.MArray

sieve :: Int -> UArray Int Bool
sieve n = runSTUArray $ do
  arr <- newArray (2, n) True
  forM_ [2 .. n] $ \i -> do
    p <- readArray arr i
    when (p && i * i <= n) $ forM_ [i * i, i * i + i .. n] $ \j -> writeArray arr j False
  return arr

squares :: Int -> Array Int Int
squares n = runSTArray $ do
  arr <- newArray_ (0, n)
  forM_ [0 .. n] $ \i -> writeArray arr i (i * i)
  return arr

stuff :: (Array Int Char, [(Int, Int)], (Int, Int), [Int], UArray Int Int)
stuff = runST $ do
  a <- newListArray (0, 4) "abcde" :: ST s (STArray s Int Char)
  writeArray a 0 'z'
  fa <- freeze a
  u <- newListArray (1, 3) [10, 20, 30] :: ST s (STUArray s Int Int)
  as <- getAssocs u
  bs <- getBounds u
  es <- getElems u
  t <- thaw (listArray (0, 2) [7, 8, 9] :: UArray Int Int) :: ST s (STUArray s Int Int)
  writeArray t 1 0
  ft <- freeze t
  return (fa, as, bs, es, ft)

main :: IO ()
main = do
  print [ i | (i, True) <- assocs (sieve 60) ]
  print (squares 6)
  print stuff
  let m = runSTArray (do a <- thaw (listArray (1, 3) "abc" :: Array Int Char); writeArray a 2 'X'; return a)
  print m
  print (runSTUArray (newListArray (0, 3) [1.5, 2.5, 3.5, 4.5 :: Double]))
  let u = listArray (0, 4) [5, 4, 3, 2, 1] :: UArray Int Int
  print (u, u ! 2, bounds u, elems (u // [(0, 50)]))
  print (accumArray (+) 0 (0, 3) [(i `mod` 4, i) | i <- [1 .. 10]] :: UArray Int Int)
  print (amap (* 2) u)
  print (ixmap (0, 4) (4 -) u)
