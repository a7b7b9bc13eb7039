import Data.Bits
import Data.List (unfoldr, foldl')
import Data.Char (intToDigit, digitToInt)

powMod :: Integer -> Integer -> Integer -> Integer
powMod _ 0 m = 1 `mod` m
powMod b e m
  | even e = let h = powMod b (e `div` 2) m in h * h `mod` m
  | otherwise = b * powMod b (e - 1) m `mod` m

millerRabin :: Integer -> Bool
millerRabin n
  | n < 2 = False
  | n < 4 = True
  | even n = False
  | otherwise = all check (takeWhile (< n) [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37])
  where
    (s, d) = until (odd . snd) (\(a, b) -> (a + 1, b `div` 2)) (0 :: Int, n - 1)
    check a = let x = powMod a d n in x == 1 || x == n - 1 || any (== n - 1) (take (s - 1) (tail (iterate (\y -> y * y `mod` n) x)))

isqrt :: Integer -> Integer
isqrt 0 = 0
isqrt n = go n where go x = let y = (x + n `div` x) `div` 2 in if y >= x then x else go y

toBase :: Integer -> Integer -> String
toBase b 0 = "0"
toBase b n = reverse (unfoldr (\k -> if k == 0 then Nothing else Just (intToDigit (fromIntegral (k `mod` b)), k `div` b)) n)

egcd :: Integer -> Integer -> (Integer, Integer, Integer)
egcd a 0 = (a, 1, 0)
egcd a b = let (g, x, y) = egcd b (a `mod` b) in (g, y, x - (a `div` b) * y)

main :: IO ()
main = do
  let big = 2 ^ 127 - 1 :: Integer
  print (millerRabin big, millerRabin (big + 2), filter millerRabin [1 .. 60])
  print (powMod 3 (10 ^ 18) (10 ^ 9 + 7), isqrt (10 ^ 40), isqrt (2 * 10 ^ 30))
  print (toBase 2 1000, toBase 16 (2 ^ 64), sum (map digitToInt (show (product [1 .. 100 :: Integer]))))
  print (egcd 240 46, gcd (2 ^ 100) (6 ^ 50) == 2 ^ 50)
  print (shiftL 1 100 :: Integer, shiftR (2 ^ 100) 98 :: Integer, popCount (2 ^ 100 - 1 :: Integer), testBit (5 :: Integer) 2)
  print ((-12) .&. 10 :: Integer, (-12) .|. 3 :: Integer, xor (-1) (2 ^ 70) :: Integer, complement (0 :: Integer))
  print (fromIntegral (2 ^ 64 + 5 :: Integer) :: Int, fromInteger (-1) :: Word, toInteger (maxBound :: Word))
  print (divMod (-(10 ^ 20)) 7, quotRem (-(10 ^ 20)) 7, (-(10 ^ 20)) `rem` (-7) :: Integer)
  print (abs (-(2 ^ 65)) :: Integer, signum (-(2 ^ 65)) :: Integer, negate (2 ^ 65) :: Integer, compare (2 ^ 65) (2 ^ 64 :: Integer))
  print (read "123456789012345678901234567890" * 2 :: Integer, show (-(10 ^ 25) :: Integer), fromIntegral (10 ^ 20 :: Integer) :: Double)
  print (floor (1e20 :: Double) :: Integer, round (2.5e15 :: Double) :: Integer, truncate (-1.5e19 :: Double) :: Integer, toRational (2 ^ 70 :: Integer))
  print (foldl' (+) 0 [1 .. 10 ^ 5 :: Integer], lcm (2 ^ 40) (3 ^ 20) :: Integer, 10 ^ 30 `div` 3 ^ 20 :: Integer)
  print (encodeFloat 1 (-1074) :: Double, encodeFloat (2 ^ 52) 0 :: Double, 2 ** 0.5 :: Double, exp 1 :: Double)
  print (fromRational (1 / 3) :: Double, realToFrac (1 / 3 :: Double) :: Float, (fromIntegral (2 ^ 62 :: Int) :: Float))
