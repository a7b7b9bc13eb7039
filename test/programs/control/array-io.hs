-- Data.Array.IO: IOArray and IOUArray, mapArray, mapIndices, freeze/thaw,
-- unsafeFreeze, getElems, and an out-of-range write.
import Data.Array.IO
import Data.Array (Array)
import Data.Array.Unboxed
import Data.Array.Unsafe (unsafeFreeze)
import Control.Monad

main :: IO ()
main = do
  a <- newArray (1, 5) 0 :: IO (IOArray Int Int)
  forM_ [1 .. 5] $ \i -> writeArray a i (i * i)
  getElems a >>= print
  b <- mapArray (* 10) a
  getElems b >>= print
  c <- mapIndices (0, 2) (+ 2) a
  getAssocs c >>= print
  getBounds c >>= print
  u <- newListArray (0, 3) "wxyz" :: IO (IOUArray Int Char)
  writeArray u 3 (succ 'Y')
  readArray u 0 >>= writeArray u 0 . succ
  fu <- freeze u :: IO (UArray Int Char)
  print fu
  v <- thaw fu :: IO (IOUArray Int Char)
  writeArray v 0 'A'
  getElems v >>= print
  print fu
  w <- newArray ((0, 0), (1, 1)) False :: IO (IOUArray (Int, Int) Bool)
  writeArray w (1, 0) True
  getAssocs w >>= print
  frozen <- unsafeFreeze a :: IO (Array Int Int)
  print frozen
  d <- newArray_ (1, 3) :: IO (IOUArray Int Int)
  getElems d >>= print
  counts <- newArray ('a', 'f') 0 :: IO (IOUArray Char Int)
  forM_ "deadbeefcafe" $ \ch -> readArray counts ch >>= writeArray counts ch . (+ 1)
  getAssocs counts >>= print
  x <- readArray a 3
  print x
  writeArray a 9 0
  putStrLn "not reached"
