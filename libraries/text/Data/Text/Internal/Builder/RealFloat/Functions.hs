{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Builder.RealFloat.Functions.
module Data.Text.Internal.Builder.RealFloat.Functions
  ( roundTo,
  )
where

-- | The first d decimal digits of is, rounded (an exact half rounds to
-- the even digit), padded with zeros; the carry out of the first digit
-- is the first component (then the digits start with 1).
roundTo :: Int -> [Int] -> (Int, [Int])
roundTo d is = case go d True is of
  (0, ds) -> (0, ds)
  (c, ds) -> (c, 1 : ds)
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
