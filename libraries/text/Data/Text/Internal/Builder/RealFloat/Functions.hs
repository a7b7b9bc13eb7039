{-# LANGUAGE MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Builder.RealFloat.Functions.
module Data.Text.Internal.Builder.RealFloat.Functions
  ( roundTo,
    zz_roundTozuzdsf,
    zz_roundTo2,
    zz_zdwxs,
    zz_roundTozuzdsf1,
    zz_roundTozugo1,
  )
where

import GHC.Exts (Int (..), Int#)

-- | The first d decimal digits of is, rounded (an exact half rounds to
-- the even digit), padded with zeros; the carry out of the first digit
-- is the first component (then the digits start with 1).
roundTo :: Int -> [Int] -> (Int, [Int])
roundTo d is = case zz_roundTozuzdsf is d of
  (0, ds) -> (0, ds)
  (1, ds) -> (1, 1 : ds)
  _ -> zz_roundTo2

-- | The rounding of d digits (the first one's carry apart), as the
-- package's -O1 callers call it (`roundTo_$sf`, digits first).
zz_roundTozuzdsf :: [Int] -> Int -> (Int, [Int])
zz_roundTozuzdsf is d = roundDigits d True is

-- | n digits still to keep; evenBefore: the last kept digit is even.
roundDigits :: Int -> Bool -> [Int] -> (Int, [Int])
roundDigits n _ [] = (0, replicate n 0)
roundDigits 0 evenBefore (x : xs)
  | x == 5 && evenBefore && all (== 0) xs = (0, [])
  | x >= 5 = (1, [])
  | otherwise = (0, [])
roundDigits n _ (x : xs) =
  let (c, ds) = roundDigits (n - 1) (even x) xs
      y = x + c
   in if y == 10 then (1, 0 : ds) else (0, y : ds)

-- | $wxs: n zero digits (the padding past the end of the digits).
zz_zdwxs :: Int# -> [Int]
zz_zdwxs n = replicate (I# n) 0

-- | roundTo_$sf1: the rounding of the digits after one whose evenness is
-- given, n of them kept (as zz_roundTozuzdsf's inner step).
zz_roundTozuzdsf1 :: [Int] -> Bool -> Int# -> (Int, [Int])
zz_roundTozuzdsf1 is evenBefore n = roundDigits (I# n) evenBefore is

-- | roundTo_go1: the carry of a first dropped 5 after an even digit: none
-- when only zeros follow it (an exact half), else one.
zz_roundTozugo1 :: [Int] -> (Int, [Int])
zz_roundTozugo1 xs
  | all (== 0) xs = (0, [])
  | otherwise = (1, [])

-- | A carry other than 0 or 1 (never made by the rounding above).
zz_roundTo2 :: (Int, [Int])
zz_roundTo2 = errorWithoutStackTrace "Data.Text.Internal.Builder.RealFloat.Functions.roundTo: bad carry"
{-# NOINLINE zz_roundTo2 #-}
