{-# LANGUAGE MagicHash, UnboxedTuples, UnboxedSums #-}
-- ghc-bignum's GHC.Num.Integer called directly: logarithms, sizes, gcde,
-- powmod/recipmod, shifts, bits, the sign/BigNat views and byte export.
import GHC.Num.Integer
import GHC.Num.Natural
import GHC.Exts
import GHC.Word
import GHC.IO (IO (..))
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Ptr (Ptr (..))
import Foreign.Storable (peekByteOff)
import Data.Word (Word8)

vals :: [Integer]
vals = [0, 1, -1, 2, -2, 3, 7, -8, 10, 255, 256, -256, 1000, 2 ^ 63 - 1, 2 ^ 63, -(2 ^ 63), 2 ^ 64 - 1, 2 ^ 64, -(2 ^ 64) + 1, 12345678901234567890123, -(3 ^ 100), 2 ^ 200]

small :: [Integer]
small = [0, 1, -1, 2, 3, -3, 4, 6, -6, 12, 35, -35, 97, 2 ^ 70 + 1, -(2 ^ 65), 3 ^ 50]

mods :: [Natural]
mods = [0, 1, 2, 7, 10, 97, 2 ^ 64, 2 ^ 64 + 13, 3 ^ 41]

pm :: (# Natural | () #) -> Maybe Natural
pm (# n | #) = Just n
pm (# | () #) = Nothing

pw :: (# (# #) | Word# #) -> Maybe Word
pw (# (# #) | #) = Nothing
pw (# | w #) = Just (W# w)

main :: IO ()
main = do
  putStrLn "log2 / sizes"
  mapM_ (\n -> print (n, integerLog2 n, W# (integerLog2# n), W# (integerSizeInBase# 10## n), W# (integerSizeInBase# 2## n), W# (integerSizeInBase# 256## n), W# (integerSizeInBase# 7## n))) vals
  putStrLn "logBase"
  mapM_ (\n -> print (n, [integerLogBase b n | b <- [2, 3, 10, 2 ^ 64 + 1], n > 0], [integerLogBaseWord w n | w <- [2, 16, 100], n > 0], W# (integerLogBaseWord# 10## n))) vals
  putStrLn "sign views"
  mapM_ (\n -> print (n, I# (integerSignum# n), isTrue# (integerIsNegative# n), integerIsOne n, pw (integerIsPowerOf2# n), isTrue# (integerCheck# n), integerCompare' n 5)) vals
  putStrLn "shifts and bits"
  mapM_ (\n -> print (n, integerShiftL n 3, integerShiftR n 3, integerShiftR n 70, integerShiftL n 64, integerSqr n)) vals
  print [integerBit w | w <- [0, 1, 63, 64, 100]]
  putStrLn "gcde"
  mapM_ (\a -> mapM_ (\b -> let (g, s, t) = integerGcde a b in print (a, b, g, s, t, a * s + b * t == g)) small) small
  mapM_ (\a -> mapM_ (\b -> case integerGcde# a b of (# g, s, t #) -> print (g, s, t)) [5, -7]) [12, -30]
  putStrLn "powmod"
  mapM_ (\m -> mapM_ (\(b, e) -> print (b, e, m, pm (integerPowMod# b e m))) [(b, e) | b <- [0, 1, -1, 2, 3, -5, 10 ^ 30], e <- [0, 1, 2, 5, 100, -1, -3, 2 ^ 70]]) mods
  putStrLn "recipmod"
  mapM_ (\m -> print (m, [pm (integerRecipMod# a m) | a <- [0, 1, -1, 2, 3, 10, -10, 97, 2 ^ 65 + 7]])) mods
  putStrLn "from words and signs"
  print (integerFromWordList True [1, 2, 3], integerFromWordList False [1, 2], integerFromWordList False [], integerFromWordList True [0, 5])
  print (integerFromInt64# -5#, integerFromWordNeg# 5##, integerFromWordNeg# 0##, integerFromWordSign# 0# 7##, integerFromWordSign# 1# 7##)
  print [integerFromWordNeg# 18446744073709551615##, integerFromWordSign# 3# 9##]
  putStrLn "bytes"
  mapM_ (\n -> do
      le <- allocaBytes 40 (\p@(Ptr a) -> do
        w <- integerToAddr n a 0#
        bs <- mapM (peekByteOff p) [0 .. fromIntegral w - 1] :: IO [Word8]
        return (w, bs))
      be <- allocaBytes 40 (\p@(Ptr a) -> do
        w <- integerToAddr n a 1#
        bs <- mapM (peekByteOff p) [0 .. fromIntegral w - 1] :: IO [Word8]
        back <- case w of W# w# -> integerFromAddr w# a 1#
        return (w, bs, back))
      print (n, le, be)) vals
