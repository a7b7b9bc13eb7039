-- Int and Integer arithmetic, conversions and enumerations.
import Numeric (showHex, showOct)

main :: IO ()
main = do
  let pairs = [(a, b) | a <- [7, -7, 0, 13], b <- [2, -2, 5, -1]] :: [(Int, Int)]
  print [(a `div` b, a `mod` b, a `quot` b, a `rem` b, a `divMod` b, a `quotRem` b) | (a, b) <- pairs]
  let bigs = [(a, b) | a <- [10 ^ 30 + 7, -(10 ^ 30) - 7, 12], b <- [3, -3, 2 ^ 70]] :: [(Integer, Integer)]
  print [(a `div` b, a `mod` b, a `quot` b, a `rem` b) | (a, b) <- bigs]
  print (maxBound + 1 :: Int, minBound - 1 :: Int, (maxBound :: Int) * 3, negate (minBound :: Int), abs (minBound :: Int))
  print (fromIntegral (2 ^ 64 + 5 :: Integer) :: Int, fromIntegral (-1 :: Int) :: Integer, toInteger (maxBound :: Int) + 1)
  print (product [1 .. 30 :: Integer], 2 ^ 100 :: Integer, 3 ^ (0 :: Int) :: Int, (-2) ^ (63 :: Int) :: Int)
  print (gcd 12 (-18 :: Int), lcm 4 6 :: Integer, gcd 0 0 :: Int, even (10 :: Int), odd (7 :: Integer))
  print (signum (-3 :: Int), signum (0 :: Integer), abs (-(10 ^ 20) :: Integer), negate (5 :: Integer))
  print ([1 .. 5 :: Int], [10, 8 .. 1 :: Int], [5, 4 .. 5 :: Int], take 3 [7 :: Int ..], take 3 [1, 3 :: Integer ..])
  print (['a' .. 'f'], ['a', 'c' .. 'i'], [LT ..], [False ..], fromEnum 'A', toEnum 66 :: Char)
  print ([2 ^ 62, 2 ^ 62 + 2 ^ 61 .. maxBound :: Int], [10 :: Integer, 7 .. -5], succ (5 :: Integer))
  print (compare (2 ^ 70 :: Integer) (2 ^ 69), (10 :: Integer) == 10, max (2 ^ 65) (-(2 ^ 66)) :: Integer)
  putStrLn (showHex (255 :: Int) "" ++ " " ++ showOct (64 :: Int) "" ++ " " ++ showHex (2 ^ 70 :: Integer) "")
  print (realToFrac' 3, fromInteger (2 ^ 65 + 3) :: Int, sum (map fromIntegral [1 .. 100 :: Int]) :: Integer)
  where
    realToFrac' :: Int -> Integer
    realToFrac' = toInteger
