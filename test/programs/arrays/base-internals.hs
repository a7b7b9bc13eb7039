-- Data.Array.Base's exported internals called directly: readIArray, the ST
-- builders (listArrayST, listUArrayST, unsafeArrayUArray, unsafeReplaceST,
-- unsafeAccumST, unsafeAccumArrayST, unsafeReplaceUArray, unsafeAccumUArray,
-- unsafeAccumArrayUArray, unsafeNewArraySTUArray_), eqUArray/cmpUArray,
-- the Bool-array bit helpers and the scale functions.
{-# LANGUAGE MagicHash #-}
import Control.Monad.ST
import Data.Array (Array)
import Data.Array.Base
import Data.Array.ST
import Data.Array.Unboxed
import GHC.Exts (Int (..), Word (..), (*#))
import Text.ParserCombinators.ReadPrec (readPrec_to_S)

main :: IO ()
main = do
  print (readPrec_to_S readIArray 0 "array (1,2) [(1,'a'),(2,'b')] tail" :: [(UArray Int Char, String)])
  print (readPrec_to_S readIArray 11 "array (0,0) [(0,True)]" :: [(Array Int Bool, String)])
  print (readPrec_to_S readIArray 11 "(array (0,0) [(0,True)])" :: [(Array Int Bool, String)])
  print (runST (listArrayST (1, 3) "xyz" >>= getElems))
  print (runST (listArrayST (1, 5) "ab" >>= \m -> readArray m 2))
  print (runST (listUArrayST (0, 3) [1.5, 2.5, 3.5, -1 :: Double] >>= getElems))
  let u = listArray (0, 4) [1, 2, 3, 4, 5] :: UArray Int Int
      b = listArray (0, 2) ["a", "b", "c"] :: Array Int String
  print (runST (unsafeArrayUArray (1, 4) [(0, 7), (3, 9), (0, 8)] 0) :: UArray Int Int)
  print (runST (unsafeReplaceUArray u [(1, 20), (4, 50)]), u)
  print (runST (unsafeAccumUArray (*) u [(0, 10), (0, 10), (2, 0)]))
  print (runST (unsafeAccumArrayUArray (+) 100 ('a', 'c') [(2, 1), (2, 2)]) :: UArray Char Int)
  print (runST (unsafeReplaceST b [(2, "z")] >>= getElems))
  print (runST (unsafeAccumST (++) b [(0, "!"), (0, "?")] >>= getElems))
  print (runST (unsafeAccumArrayST (flip (:)) [] (0, 1) [(1, 'p'), (1, 'q')] >>= getElems))
  print (runST (do
    m <- unsafeNewArraySTUArray_ (1, 3) (\n -> n *# 8#) :: ST s (STUArray s Int Int)
    writeArray m 2 42
    readArray m 2))
  print (eqUArray u u, eqUArray u (listArray (1, 5) [1 .. 5]), cmpUArray u (listArray (0, 4) [1, 2, 4, 0, 0]))
  print (cmpIntUArray u u, cmpIntUArray (listArray (1, 0) []) u)
  print [ (W# (bOOL_BIT i), W# (bOOL_NOT_BIT i), I# (bOOL_INDEX i), I# (bOOL_SCALE i)) | I# i <- [0, 1, 63, 64, 130] ]
  print [ (I# (wORD_SCALE n), I# (dOUBLE_SCALE n), I# (fLOAT_SCALE n), I# (safe_scale 2# n)) | I# n <- [0, 1, 10] ]
  print (safeRangeSize ((1, 1), (3, 2) :: (Int, Int)), safeIndex (10, 20) 11 (15 :: Int))
