{-# LANGUAGE MagicHash #-}
import GHC.Integer.Logarithms
import GHC.Exts
import Control.Exception
t :: Show a => a -> IO ()
t x = do { r <- try (evaluate x); case r of { Left e -> putStrLn ("EXC " ++ show (e :: SomeException)); Right v -> print v } }
main :: IO ()
main = do
  t (map (\i -> I# (integerLog2# i)) [1, 2, 3, 1024, 1025, 2^63, 2^64, 2^70 + 5, 0, -5, -(2^70)])
  t (map (\(b, x) -> I# (integerLogBase# b x)) [(10, 12345), (2, 1024), (3, 1), (10, 10^30), (10, 0), (7, 2^100)])
  t (I# (integerLogBase# 1 5))
  t (I# (integerLogBase# 10 (-5)))
  t (I# (integerLogBase# (-2) 5))
  t (map (\(W# w) -> I# (wordLog2# w)) [1, 2, 255, 256, maxBound])
  t (I# (wordLog2# 0##))
