{-# LANGUAGE MagicHash, UnboxedTuples #-}
import GHC.Num.Natural
import GHC.Num.BigNat (BigNat (..))
import GHC.Exts
import Control.Exception
t :: Show a => a -> IO ()
t x = do { r <- try (evaluate x); case r of { Left e -> putStrLn ("EXC " ++ show (e :: SomeException)); Right v -> print v } }
main :: IO ()
main = do
  t (naturalLogBase 10 12345, naturalLogBase 2 1024, naturalLogBase 3 1, naturalLogBase 10 (10^30))
  t (naturalLogBase 1 5)
  t (naturalLogBase 0 5)
  t (naturalLogBase 10 0)
  t (naturalLogBaseWord 10 999, W# (naturalLogBaseWord# 2## 4096))
  t (W# (naturalSizeInBase# 10## 12345), W# (naturalSizeInBase# 2## 0), W# (naturalSizeInBase# 16## (2^64)))
  t (D# (naturalEncodeDouble# 3 2#), F# (naturalEncodeFloat# 5 (-1#)), F# (naturalToFloat# (2^70)), D# (naturalToDouble# 12345678901234567890123))
  t (naturalFromWord2# 1## 5##, naturalFromWord2# 0## 7##)
  t (case naturalIsPowerOf2# 64 of { (# | w #) -> Just (W# w); (# _ | #) -> Nothing }, case naturalIsPowerOf2# 65 of { (# | w #) -> Just (W# w); (# _ | #) -> Nothing })
  t (case naturalToWordMaybe# 5 of { (# | w #) -> Just (W# w); (# _ | #) -> Nothing }, case naturalToWordMaybe# (2^64) of { (# | w #) -> Just (W# w); (# _ | #) -> Nothing })
  t (case naturalSub 5 3 of { (# | n #) -> Just n; (# _ | #) -> Nothing }, case naturalSub 3 5 of { (# | n #) -> Just n; (# _ | #) -> Nothing })
  case (2 ^ 70 :: Natural, 2 ^ 71 :: Natural) of
    (NB a, NB b) -> print (BN# a == BN# a, BN# a == BN# b, compare (BN# a) (BN# b), BN# b > BN# a, max (BN# a) (BN# b) == BN# b)
    _ -> putStrLn "small"
