{-# LANGUAGE MagicHash, UnboxedTuples, UnboxedSums, BangPatterns #-}
-- ghc-bignum's GHC.Num.WordArray called directly: building word arrays,
-- in-place arithmetic, trimming, comparisons and leading zeros.
import GHC.Num.WordArray
import GHC.Exts
import GHC.Word
import GHC.IO (IO (..))

data WA = WA WordArray#

ws :: WordArray# -> [Word]
ws a = [W# (indexWordArray# a i) | I# i <- [0 .. I# (wordArraySize# a) - 1]]

instance Show WA where
  show (WA a) = show (ws a)

waList :: [Word] -> WA
waList xs = WA (withNewWordArray# n (\m s -> go m 0# xs s))
  where
    !(I# n) = length xs
    go _ _ [] s = s
    go m i (W# w : r) s = go m (i +# 1#) r (mwaWrite# m i w s)

run :: Int -> (MutableWordArray# RealWorld -> State# RealWorld -> State# RealWorld) -> WA
run (I# n) f = WA (withNewWordArray# n f)

runT :: Int -> (MutableWordArray# RealWorld -> State# RealWorld -> State# RealWorld) -> WA
runT (I# n) f = WA (withNewWordArrayTrimed# n f)

main :: IO ()
main = do
  print (I# (bytesToWords# 0#), I# (bytesToWords# 1#), I# (bytesToWords# 8#), I# (bytesToWords# 17#), I# (wordsToBytes# 3#))
  print (WA (wordArrayFromWord# 7##), WA (wordArrayFromWord2# 1## 2##), W# (wordArrayLast# (wordArrayFromWord2# 9## 4##)))
  let WA a = waList [1, 2, 3, 0, 0]
      WA b = waList [maxBound, maxBound, 5]
      WA c = waList [0, 0, 1]
  print (WA a, WA b, I# (wordArraySize# a))
  print (runT 5 (\m s -> mwaInitCopyShrink# m a s), run 5 (\m s -> mwaFill# m 9## 1## 3## s), runT 6 (\m s -> mwaArrayCopy# m 1# b 0# 3# s))
  print (run 3 (\m s -> mwaInitArrayBinOp m a b (\x y -> x `xor#` y) s), run 4 (\m s -> mwaInitArrayPlusWord m b 1## s), run 4 (\m s -> mwaInitArrayPlusWord m c 1## s))
  print (run 4 (\m s -> case mwaInitCopyShrink# m b s of s1 -> mwaAddInplaceWord# m 0# 1## s1), run 5 (\m s -> case mwaInitCopyShrink# m c s of s1 -> mwaAddInplaceArray m 0# b s1))
  print [case withNewWordArrayTrimedMaybe# 5# (\m s -> case mwaInitCopyShrink# m x s of s1 -> mwaSubInplaceWord# m 0# w s1) of { (# (# #) | #) -> Nothing; (# | r #) -> Just (WA r) } | (WA x, W# w) <- [(WA a, 1), (WA c, 1), (WA (wordArrayFromWord# 0##), 1)]]
  print [case withNewWordArrayTrimedMaybe# 5# (\m s -> case mwaInitCopyShrink# m x s of s1 -> mwaSubInplaceArray m 0# y s1) of { (# (# #) | #) -> Nothing; (# | r #) -> Just (WA r) } | (WA x, WA y) <- [(WA b, WA a), (WA a, WA b), (WA c, WA a)]]
  print (runT 4 (\m s -> case mwaInitCopyShrink# m b s of s1 -> mwaSubInplaceArrayTrim m 0# b s1), runT 4 (\m s -> case mwaInitCopyShrink# m c s of s1 -> case newWordArray# 1# s1 of (# s2, k #) -> case mwaWrite# k 0# 1## s2 of s3 -> case mwaSubInplaceMutableArray m 2# k s3 of (# s4, _ #) -> s4))
  print (runT 5 (\m s -> case mwaInitCopyShrink# m a s of s1 -> mwaTrimZeroes# m s1), run 5 (\m s -> case mwaInitCopyShrink# m b s of s1 -> mwaShrink# m 1# s1), run 5 (\m s -> mwaSetSize# m 2# s))
  print (run 3 (\m s -> case mwaInitCopyShrink# m b s of s1 -> mwaWriteOrShrink m 0## 2# s1), run 3 (\m s -> case mwaInitCopyShrink# m b s of s1 -> mwaWriteOrShrink m 4## 2# s1), run 3 (\m s -> case mwaInitCopyShrink# m b s of s1 -> mwaWriteMostSignificant m 0## s1))
  print [I# (waClzAt x i) | WA x <- [WA a, WA b, WA c], I# i <- [0, 1, 2]]
  print [wordArrayCompareMSWords x y | WA x <- [WA a, WA b, WA c], WA y <- [WA a, WA b, WA c, WA (wordArrayFromWord# 3##)]]
  print (case withNewWordArray2# 2# 3# (\m1 m2 s -> case mwaWrite# m1 0# 5## s of s1 -> mwaWrite# m2 2# 6## s1) of (# x, y #) -> (WA x, WA y))
  print (case withNewWordArray2Trimed# 2# 3# (\m1 m2 s -> case mwaWrite# m1 0# 5## s of s1 -> mwaWrite# m2 1# 6## s1) of (# x, y #) -> (WA x, WA y))
  r <- IO (\s -> case newWordArray# 3# s of
    (# s1, m #) -> case mwaFill# m 0## 0## 3## s1 of
      s2 -> case mwaWrite# m 1# 255## s2 of
        s3 -> case mwaSize# m s3 of
          (# s4, n #) -> case mwaClz m s4 of
            (# s5, z #) -> case mwaClzAt m 0# s5 of
              (# s6, z0 #) -> case mwaReadOrZero m 1# s6 of
                (# s7, v1 #) -> case mwaReadOrZero m 7# s7 of
                  (# s8, v7 #) -> case mwaTrimCompare 1# m (wordArrayFromWord# 255##) s8 of
                    (# s9, o #) -> (# s9, (I# n, I# z, I# z0, W# v1, W# v7, o) #))
  print r
