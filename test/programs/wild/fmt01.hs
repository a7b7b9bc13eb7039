import Text.Printf
import Numeric (showFFloat, showEFloat, showGFloat, showOct, showHex, showSigned, showInt)
import Data.Ratio

data Item = Item { label :: String, qty :: Int, price :: Double }

main :: IO ()
main = do
  let items = [Item "apple" 3 0.5, Item "banana" 12 0.25, Item "cherry" 100 0.1, Item "durian" 1 12.999]
  printf "%-10s %5s %8s\n" "item" "qty" "total"
  mapM_ (\(Item l q p) -> printf "%-10s %5d %8.2f\n" l q (fromIntegral q * p)) items
  let total = sum [fromIntegral q * p | Item _ q p <- items] :: Double
  printf "total: %.3f (%e)\n" total total
  printf "%d%% done, %c, %s, %x, %X, %o, %05d, %+d\n" (42 :: Int) 'z' (show [1, 2 :: Int]) (255 :: Int) (255 :: Int) (8 :: Int) (42 :: Int) (7 :: Int)
  let s = printf "%3d|%-3d|%s" (1 :: Int) (2 :: Int) "x" :: String
  putStrLn s
  printf "%.0f %.1f %5.2f %g %g\n" (2.5 :: Double) (0.05 :: Double) (3.14159 :: Double) (1e-5 :: Double) (123456.0 :: Double)
  putStrLn (showFFloat (Just 2) 3.14159 "" ++ " " ++ showFFloat Nothing 2.5e-3 "" ++ " " ++ showEFloat (Just 3) 12345.678 "")
  putStrLn (showGFloat (Just 2) 0.5 "" ++ " " ++ showGFloat (Just 2) 1.0e8 "")
  print (1 / 0 :: Double, -1 / 0 :: Double, isNaN (0 / 0 :: Double))
  print [0.1, 0.2, 0.1 + 0.2, 1 / 3, 1e22, 1.0e-2, 5.0e-324, 123456789.123 :: Double]
  print (fromIntegral (3 :: Int) / 2 :: Float, sqrt 2 :: Float, pi :: Float)
  print (round 2.5 :: Int, round 3.5 :: Int, truncate (-2.7 :: Double) :: Int, floor (-2.1) :: Integer, ceiling 2.1 :: Int)
  print (3 % 4 + 1 % 4 :: Rational, numerator (6 % 8), denominator (6 % 8 :: Rational))
  print (toRational (0.75 :: Double), fromRational (7 % 2) :: Double)
  print (2 ^ 100 :: Integer, product [1 .. 25 :: Integer])
  print (divMod (-7) 2 :: (Integer, Integer), quotRem (-7) 2 :: (Integer, Integer), gcd 12 18 :: Integer, lcm 4 6 :: Int)
  print (showOct (64 :: Int) "", showHex (3735928559 :: Integer) "", showSigned showInt 0 (-5 :: Int) "")
  printf "%s has %d items costing %.2f\n" "cart" (length items) total
  print (decodeFloat (1.5 :: Double), significand (8 :: Double), exponent (8 :: Double), floatDigits (1 :: Float))
  print (realToFrac (1.1 :: Float) :: Double, fromIntegral (maxBound :: Int) + (1 :: Integer))
  print (properFraction (3.75 :: Double) :: (Int, Double), atan2 1 1 :: Double, logBase 2 1024 :: Double)
  print (minimum [2.5, 1.5 :: Double], maximum (map (/ 3) [1, 2, 3 :: Double]), sum (replicate 10 0.1) :: Double)
