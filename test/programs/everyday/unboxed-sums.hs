-- unboxed sums whose alternatives mix an unlifted and a lifted payload:
-- GHC fills the unused pointer slot with GHC.Prim.Panic.absentSumFieldError
{-# LANGUAGE UnboxedSums, MagicHash #-}
import GHC.Exts
f :: Int -> (# Int# | Bool #)
f n@(I# i) = if n > 0 then (# i | #) else (# | n == 0 #)
{-# NOINLINE f #-}
g :: Int -> String
g n = case f n of
  (# k | #) -> "int " ++ show (I# k)
  (# | b #) -> "bool " ++ show b
main :: IO ()
main = mapM_ (putStrLn . g) [3, 0, -1]
