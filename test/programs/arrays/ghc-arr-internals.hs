{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- GHC.Arr's building blocks used directly: fill over a fresh
-- MutableArray#, the Array/STArray constructors, unsafeReplace/unsafeAccum.
import GHC.Arr
import GHC.ST (ST (..), runST)
import GHC.Exts (newArray#, unsafeFreezeArray#, Int (..))

build :: [(Int, Char)] -> Array Int Char
build ies = runST (ST (\s1 -> case newArray# 4# '.' s1 of
  (# s2, marr #) -> case foldr (fill marr) (\s -> (# s, () #)) ies s2 of
    (# s3, () #) -> case unsafeFreezeArray# marr s3 of
      (# s4, arr #) -> (# s4, Array 0 3 4 arr #)))

main :: IO ()
main = do
  print (build [(0, 'a'), (3, 'd'), (0, 'z')])
  let a = listArray (1, 4) "wxyz"
  print (unsafeReplace a [(0, 'W'), (3, 'Z')])
  print (unsafeAccum (\c n -> if n then succ c else c) a [(1, True), (1, True), (2, False)])
  print (numElements a, bounds a)
