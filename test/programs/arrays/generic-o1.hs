-- Array code over any IArray/MArray (functions GHC keeps polymorphic, so
-- -O1 code passes dictionaries and calls array's workers: thaw, freeze,
-- showsIArray, the instance methods), used at boxed, unboxed and Storable
-- arrays, plus Read of unboxed arrays.
import Data.Array (Array)
import Data.Array.IArray
import Data.Array.MArray
import Data.Array.IO
import Data.Array.ST
import Data.Array.Storable
import Data.Array.Unboxed
import Control.Monad.ST
import Data.Array.Base (showsIArray)

{-# NOINLINE copyTo #-}
copyTo :: (IArray a e, MArray b e m, Ix i) => a i e -> m (b i e)
copyTo = thaw

{-# NOINLINE copyBack #-}
copyBack :: (IArray a e, MArray b e m, Ix i) => b i e -> m (a i e)
copyBack = freeze

{-# NOINLINE bump #-}
bump :: (MArray b e m, Ix i, Num e) => b i e -> i -> m ()
bump m i = readArray m i >>= writeArray m i . (+ 1)

{-# NOINLINE render #-}
render :: (IArray a e, Ix i, Show i, Show e) => Int -> a i e -> String
render p a = showsIArray p a ""

{-# NOINLINE sumElems #-}
sumElems :: (IArray a e, Ix i, Num e) => a i e -> e
sumElems = sum . elems

{-# NOINLINE rebuild #-}
rebuild :: (IArray a e, Ix i) => a i e -> [(i, e)] -> a i e
rebuild a ies = a // ies

main :: IO ()
main = do
  let u = listArray (0, 4) [1, 2, 3, 4, 5] :: UArray Int Int
      b = listArray ('a', 'c') [1.5, 2.5, 3.5] :: Array Char Double
  m1 <- copyTo u :: IO (IOUArray Int Int)
  bump m1 2
  getElems m1 >>= print
  m2 <- copyTo b :: IO (IOArray Char Double)
  bump m2 'b'
  getElems m2 >>= print
  m3 <- copyTo u :: IO (StorableArray Int Int)
  bump m3 4
  getElems m3 >>= print
  f1 <- copyBack m3 :: IO (UArray Int Int)
  f2 <- copyBack m2 :: IO (Array Char Double)
  f3 <- copyBack m1 :: IO (Array Int Int)
  print (f1, f2, f3)
  putStrLn (render 0 f1)
  putStrLn (render 11 f2)
  putStrLn (render 11 (listArray (1, 2) [True, False] :: UArray Int Bool))
  print (sumElems u, sumElems b, sumElems f3)
  print (rebuild u [(0, 10), (4, 50)])
  print (rebuild b [('c', 0)])
  print (runST (do
    m <- copyTo u :: ST s (STUArray s Int Int)
    bump m 0
    bump m 0
    copyBack m) :: UArray Int Int)
  print (read "array (1,3) [(1,'x'),(2,'y'),(3,'z')]" :: UArray Int Char)
  print (reads "array (0,1) [(0,1.5),(1,-2.0)] rest" :: [(UArray Int Double, String)])
  print (read (show u) == u)
