-- STRef with STArray: runSTArray sieve, thaw + STRef running sum + unsafeFreeze,
-- and the IArray functions on boxed arrays.
import Data.Array.IArray
import Data.Array.ST
import Data.Array.Unsafe (unsafeFreeze, unsafeThaw)
import Control.Monad.ST
import Control.Monad
import Data.STRef

sieve :: Int -> Array Int Bool
sieve n = runSTArray $ do
  a <- newArray (2, n) True
  forM_ [2 .. n] $ \i -> do
    p <- readArray a i
    when (p && i * i <= n) $ forM_ [i * i, i * i + i .. n] $ \j -> writeArray a j False
  return a

prefixSums :: Array Int Int -> Array Int Int
prefixSums xs = runST $ do
  let (lo, hi) = bounds xs
  m <- thaw xs :: ST s (STArray s Int Int)
  acc <- newSTRef 0
  forM_ [lo .. hi] $ \i -> do
    v <- readArray m i
    modifySTRef' acc (+ v)
    readSTRef acc >>= writeArray m i
  unsafeFreeze m

main :: IO ()
main = do
  let s = sieve 60
  print [i | (i, True) <- assocs s]
  let a = listArray (1, 6) [3, 1, 4, 1, 5, 9] :: Array Int Int
  print (prefixSums a, a ! 6)
  print (amap (* 10) a, a // [(1, 0)], accum (-) a [(2, 1)])
  print (ixmap (1, 3) (\i -> 7 - i) a :: Array Int Int)
  let b = accumArray (+) 0 (0, 3) [(x `mod` 4, x) | x <- [1 .. 10]] :: Array Int Int
  print (b, bounds b, elems b)
  frozen <- stToIO' (prefixSums a)
  print (sum (elems frozen))
  where stToIO' = return
