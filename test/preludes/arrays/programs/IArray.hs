-- The IArray-generic functions (Data.Array.IArray) on boxed Arrays and
-- UArrays, and the MArray functions on STArray/STUArray/IOArray/IOUArray.
import Control.Monad
import Control.Monad.ST
import Data.Array.IArray
import Data.Array.IO
import Data.Array.ST
import Data.Array.Unboxed (UArray)

boxed :: Array Int String
boxed = listArray (1, 3) ["one", "two", "three"]

lazyBoxed :: Array Int Int
lazyBoxed = listArray (0, 2) [1, undefined, 3]

main :: IO ()
main = do
  print (boxed ! 2, bounds boxed, indices boxed, elems boxed)
  print (boxed // [(2, "deux")], amap length boxed :: Array Int Int)
  print (lazyBoxed ! 0 + lazyBoxed ! 2)
  print (accumArray (++) "" (0, 2) [(i `mod` 3, show i) | i <- [1 .. 7 :: Int]] :: Array Int String)
  print (ixmap (1, 3) (4 -) boxed)
  let u = listArray (0, 3) [4, 3, 2, 1] :: UArray Int Int
  print (amap fromIntegral u :: UArray Int Double)
  print (accum (-) u [(0, 1), (3, 1)], array (1, 2) [(2, 'x')] :: UArray Int Char)
  print (showsPrec 11 u "", fmap length (Just boxed))
  let st = runSTArray (do { a <- newListArray (0, 2) "abc"; writeArray a 1 'z'; return a })
      stu = runSTUArray (do { a <- newArray_ (0, 2); writeArray a 2 (7 :: Int); return a })
  print (st, stu)
  print (runST (do { a <- newArray ((0, 0), (1, 1)) 0 :: ST s (STUArray s (Int, Int) Int)
                   ; forM_ (range ((0, 0), (1, 1))) (\(i, j) -> writeArray a (i, j) (i * 10 + j))
                   ; getElems a }))
  m <- newListArray (1, 3) [10, 20, 30] :: IO (IOArray Int Int)
  (lo, hi) <- getBounds m
  xs <- forM [lo .. hi] (readArray m)
  print (lo, hi, xs)
  mu <- thaw u :: IO (IOUArray Int Int)
  writeArray mu 0 100
  frozenU <- freeze mu :: IO (UArray Int Int)
  frozenB <- freeze mu :: IO (Array Int Int)
  print (u, frozenU, frozenB)
  mb <- newArray (0, 1) undefined :: IO (IOArray Int Int)
  writeArray mb 0 5
  readArray mb 0 >>= print
