{-# LANGUAGE BangPatterns #-}
import Control.Monad.ST
import Data.STRef
import Data.Array.ST
import Data.Array.Unboxed
import Data.Array.IO
import Control.Monad
import Data.Word
import Data.Int

sieve :: Int -> UArray Int Bool
sieve n = runSTUArray $ do
  arr <- newArray (2, n) True
  forM_ [2 .. n] $ \i -> do
    isP <- readArray arr i
    when (isP && i * i <= n) $ forM_ [i * i, i * i + i .. n] $ \j -> writeArray arr j False
  return arr

sumST :: [Int] -> Int
sumST xs = runST $ do
  ref <- newSTRef 0
  mapM_ (\x -> modifySTRef' ref (+ x)) xs
  readSTRef ref

bubbleSort :: [Int] -> [Int]
bubbleSort xs = elems (runSTUArray (do
  let n = length xs
  arr <- newListArray (0, n - 1) xs
  forM_ [0 .. n - 2] $ \i -> forM_ [0 .. n - 2 - i] $ \j -> do
    a <- readArray arr j
    b <- readArray arr (j + 1)
    when (a > b) $ writeArray arr j b >> writeArray arr (j + 1) a
  return arr))

fibST :: Int -> Integer
fibST n = runST $ do
  a <- newSTRef 0
  b <- newSTRef 1
  replicateM_ n $ do
    x <- readSTRef a
    y <- readSTRef b
    writeSTRef a y
    writeSTRef b $! x + y
  readSTRef a

main :: IO ()
main = do
  let s = sieve 100
  print [i | (i, True) <- assocs s]
  print (sumST [1 .. 1000])
  print (bubbleSort [5, 2, 9, 1, 5, 6, -3])
  print (fibST 90)
  io <- newArray (0, 9) 0 :: IO (IOUArray Int Int)
  forM_ [0 .. 9] $ \i -> writeArray io i (i * i)
  getElems io >>= print
  frozen <- freeze io :: IO (UArray Int Int)
  print (frozen ! 5, bounds frozen)
  ioa <- newListArray (1, 3) ["a", "b", "c"] :: IO (IOArray Int String)
  modifyArray ioa 2 (++ "!")
  getElems ioa >>= print
  print (fromIntegral (300 :: Int) :: Word8, fromIntegral (200 :: Int) :: Int8, maxBound :: Word16, minBound :: Int32, (maxBound :: Int64) + 1)
  print ((250 :: Word8) + 10, (0 :: Word) - 1, fromIntegral (-1 :: Int) :: Word32)
  let u = listArray (0, 4) [1.5, 2.5, 3.5, 4.5, 5.5] :: UArray Int Double
  print (sum (elems u), u ! 2, amap (* 2) u)
  print (ixmap (0, 2) (\i -> 2 - i) (listArray (0, 2) "xyz" :: UArray Int Char))
  where
    modifyArray a i f = readArray a i >>= writeArray a i . f
