-- Data.Array.IO and Data.Array.ST: IOUArray bubble sort, IOArray of lists,
-- freeze/thaw, getBounds/getElems, runSTArray, and unboxed Double/Bool/Char arrays.
module Main (main) where

import Data.Array.IO
import Data.Array.ST
import Data.Array.Unboxed
import Data.Array (Array)
import Control.Monad
import Control.Monad.ST
import Data.STRef

bubble :: IOUArray Int Int -> IO Int
bubble arr = do
  (lo, hi) <- getBounds arr
  swaps <- newSTRefIO 0
  forM_ [hi, hi - 1 .. lo + 1] $ \i -> forM_ [lo .. i - 1] $ \j -> do
    a <- readArray arr j
    b <- readArray arr (j + 1)
    when (a > b) $ do
      writeArray arr j b
      writeArray arr (j + 1) a
      modifyIORef' swaps (+ 1)
  readIORef' swaps
  where newSTRefIO = newIORef'
        
newIORef' :: Int -> IO (IOUArray Int Int)
newIORef' v = newArray (0, 0) v
modifyIORef' :: IOUArray Int Int -> (Int -> Int) -> IO ()
modifyIORef' r f = readArray r 0 >>= writeArray r 0 . f
readIORef' :: IOUArray Int Int -> IO Int
readIORef' r = readArray r 0

pascal :: Int -> Array Int [Integer]
pascal n = runSTArray $ do
  a <- newArray (0, n) []
  writeArray a 0 [1]
  forM_ [1 .. n] $ \i -> do
    prev <- readArray a (i - 1)
    writeArray a i (zipWith (+) (0 : prev) (prev ++ [0]))
  return a

sumST :: [Double] -> Double
sumST xs = runST $ do
  ref <- newSTRef 0
  mapM_ (\x -> modifySTRef' ref (+ x)) xs
  readSTRef ref

main :: IO ()
main = do
  arr <- newListArray (0, 9) [5, 2, 9, 1, 5, 6, -3, 0, 8, 7] :: IO (IOUArray Int Int)
  n <- bubble arr
  getElems arr >>= print
  print n
  frozen <- freeze arr :: IO (UArray Int Int)
  print (bounds frozen, frozen ! 3, sum (elems frozen))
  th <- thaw frozen :: IO (IOArray Int Int)
  writeArray th 0 100
  getElems th >>= print . take 3
  print (frozen ! 0)
  buckets <- newArray ('a', 'e') [] :: IO (IOArray Char [String])
  forM_ (words "apple bob cat axe dog egg bat") $ \w -> do
    let k = head w
    when (inRange ('a', 'e') k) $ readArray buckets k >>= writeArray buckets k . (w :)
  getAssocs buckets >>= print
  print (pascal 6 ! 6, elems (fmap length (pascal 4)))
  print (sumST [0.1, 0.2 .. 1.0])
  let dbl = listArray (1, 4) [1.5, 2.5, -0.5, 4] :: UArray Int Double
      flags = listArray (0, 3) [True, False, True, True] :: UArray Int Bool
      chars = listArray (0, 4) "hello" :: UArray Int Char
  print (dbl, flags ! 1, chars, amap (* 2) dbl ! 2, ixmap (0, 2) (+ 1) chars)
  print (accum (+) (listArray (0, 2) [10, 20, 30] :: Array Int Int) [(0, 1), (2, 5), (0, 1)])
  let grid = listArray ((0, 0), (2, 2)) [1 ..] :: Array (Int, Int) Int
  print (grid ! (1, 2), [grid ! (i, i) | i <- [0 .. 2]], bounds grid, indices grid == range ((0, 0), (2, 2)))
