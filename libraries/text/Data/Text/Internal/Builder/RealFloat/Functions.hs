{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Builder.RealFloat.Functions.
module Data.Text.Internal.Builder.RealFloat.Functions
  ( roundTo,
    zz_roundTozuzdsf,
    zz_roundTo2,
  )
where

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
zz_roundTozuzdsf is d = go d True is
  where
    -- n digits still to keep; evenBefore: the last kept digit is even
    go n _ [] = (0, replicate n 0)
    go 0 evenBefore (x : xs)
      | x == 5 && evenBefore && all (== 0) xs = (0, [])
      | x >= 5 = (1, [])
      | otherwise = (0, [])
    go n _ (x : xs) =
      let (c, ds) = go (n - 1) (even x) xs
          y = x + c
       in if y == 10 then (1, 0 : ds) else (0, y : ds)

-- | A carry other than 0 or 1 (never made by the rounding above).
zz_roundTo2 :: (Int, [Int])
zz_roundTo2 = errorWithoutStackTrace "Data.Text.Internal.Builder.RealFloat.Functions.roundTo: bad carry"
{-# NOINLINE zz_roundTo2 #-}
