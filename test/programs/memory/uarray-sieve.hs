-- STUArray and IOUArray sieves, UArray Bool/Int/Double/Word8 building and access
import Data.Array.ST
import Data.Array.IO
import Data.Array.Unboxed
import Control.Monad
import Control.Monad.ST
import Data.Word

sieve :: Int -> UArray Int Bool
sieve n = runSTUArray $ do
  a <- newArray (2, n) True
  forM_ [2 .. n] $ \i -> do
    isP <- readArray a i
    when (isP && i * i <= n) $ forM_ [i * i, i * i + i .. n] $ \j -> writeArray a j False
  return a

main :: IO ()
main = do
  let s = sieve 200
  print [i | (i, True) <- assocs s]
  print (bounds s, s ! 97, s ! 98)
  io <- newArray (0, 99) 0 :: IO (IOUArray Int Int)
  forM_ [0 .. 99] $ \i -> writeArray io i (i * i)
  total <- foldM (\acc i -> (+ acc) <$> readArray io i) 0 [0 .. 99]
  print total
  fr <- freeze io :: IO (UArray Int Int)
  print (fr ! 50, sum (elems fr))
  getBounds io >>= print
  d <- newListArray (1, 5) [1.5, 2.5 ..] :: IO (IOUArray Int Double)
  getElems d >>= print
  let u = listArray (0, 7) [250 ..] :: UArray Int Word8
  print u
  print (accumArray (+) 0 (0, 3) [(0, 1), (3, 5), (0, 2)] :: UArray Int Int)
  print (u // [(1, 0)])
  let bs = listArray (0, 69) (cycle [True, False, False]) :: UArray Int Bool
  print (length (filter id (elems bs)), bs ! 66, bs ! 67)
  print (runSTUArray (newArray (1, 3) 'x') :: UArray Int Char)
