-- Int is 64-bit with wrap-around; check GHC's exact behaviour.
main :: IO ()
main = do
  let big = maxBound :: Int
      small = minBound :: Int
  print (big, small)
  print (big + 1 == small)
  print (big * 2)
  print (small - 1)
  print (negate small)
  print (abs small)
  print (product [1 .. 25 :: Int])
  print (2 ^ (63 :: Int) :: Int)
  print (3 ^ (50 :: Int) :: Int)
  print (9007199254740993 :: Int)
  print (9007199254740993 + 2 :: Int)
  print ((-7) `div` 2 :: Int, (-7) `mod` 2 :: Int, (-7) `quot` 2 :: Int, (-7) `rem` 2 :: Int)
  print (7 `div` (-2) :: Int, 7 `mod` (-2) :: Int)
