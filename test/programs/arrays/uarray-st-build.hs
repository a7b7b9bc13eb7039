-- Unboxed arrays built in ST (newListArray, runSTUArray, listArray of
-- UArray, accumArray, (//), accum over the unboxed element types), and
-- boxed arrays built the same way (runSTArray).
import Control.Monad
import Control.Monad.ST
import Data.Array (Array)
import Data.Array.ST
import Data.Array.Unboxed
import Data.Word
import Data.Int

squares :: Int -> UArray Int Int
squares n = runSTUArray $ do
  m <- newListArray (1, n) [1 ..]
  forM_ [1 .. n] $ \i -> readArray m i >>= writeArray m i . (\x -> x * x)
  return m

bits :: UArray Int Bool
bits = runSTUArray $ do
  m <- newListArray (0, 69) (cycle [True, False, False])
  forM_ [0, 5 .. 69] $ \i -> readArray m i >>= writeArray m i . not
  return m

boxed :: Array Int String
boxed = runSTArray $ do
  m <- newListArray (0, 3) ["a", "bb", "ccc", "dddd"]
  s <- readArray m 1
  writeArray m 3 (s ++ "!")
  return m

sumST :: [Double] -> Double
sumST xs = runST $ do
  m <- newListArray (1, length xs) xs :: ST s (STUArray s Int Double)
  es <- getElems m
  return (sum es)

main :: IO ()
main = do
  print (squares 10)
  print (elems bits)
  print (length (filter id (elems bits)))
  print boxed
  print (sumST [0.5, 0.25, 0.125])
  let u = listArray (0, 4) [5, 4, 3, 2, 1] :: UArray Int Int
      short = listArray (0, 4) [7, 8] :: UArray Int Int
  print (u // [(1, 40), (3, 20), (1, 41)])
  print (bounds short, short ! 0, short ! 1)
  print (accum (+) u [(0, 100), (4, 1000), (0, 1)])
  print (accumArray (flip (:)) [] (0, 2) [(0, 'a'), (2, 'b'), (0, 'c')] :: Array Int String)
  print (accumArray (+) 0 (0, 3) [(i `mod` 4, i) | i <- [1 .. 20]] :: UArray Int Int)
  print (accumArray (||) False (0, 5) [(1, True), (4, True)] :: UArray Int Bool)
  print (listArray (1, 3) [1.5, 2.5, 3.5] :: UArray Int Float)
  print (listArray (0, 3) [250, 251, 252, 253] :: UArray Int Word8)
  print (listArray (0, 2) [-1, minBound, maxBound] :: UArray Int Int16)
  print (listArray (0, 2) "xyz" :: UArray Int Char)
  print (amap (* 2) u, ixmap (0, 2) (+ 2) u)
  let f = runSTUArray (do
            m <- newArray (0, 3) 1.0
            forM_ [1 .. 3] $ \i -> do
              p <- readArray m (i - 1)
              writeArray m i (p * 1.5)
            return m) :: UArray Int Double
  print f
  frozen <- stToIO (do
    m <- newListArray (1, 4) [10, 20, 30, 40] :: ST RealWorld (STUArray RealWorld Int Int64)
    writeArray m 2 (-20)
    freeze m) :: IO (UArray Int Int64)
  print frozen
  th <- stToIO (do
    m <- thaw frozen :: ST RealWorld (STUArray RealWorld Int Int64)
    writeArray m 1 0
    getElems m)
  print (th, frozen)
