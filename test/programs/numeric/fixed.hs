import Data.Fixed

main :: IO ()
main = do
  let a = 3.14159 :: Milli
      b = 2.5 :: Micro
      c = 1.23456789 :: Pico
  print (a, b, c, 1.5 :: Centi, 7.77 :: Deci, 42 :: Uni)
  print (a + 1, a * 2, a / 3, negate a, abs (-a), signum a, recip (4 :: Milli))
  print (b * b, b / 7, c * c, c / 3)
  print (truncate a :: Int, round (2.5 :: Deci) :: Int, round (3.5 :: Deci) :: Int, floor (-1.5 :: Centi) :: Int, ceiling (1.01 :: Centi) :: Integer, properFraction (-3.75 :: Centi) :: (Int, Centi))
  print (showFixed True (1.500 :: Milli), showFixed False (1.500 :: Milli), showFixed True (2 :: Milli), showFixed True (-0.25 :: Micro))
  print (div' (7.5 :: Double) 2 :: Int, mod' (7.5 :: Double) 2, divMod' (-7.5 :: Double) 2 :: (Int, Double), mod' (10 :: Milli) 3, mod' (-1 :: Int) 3)
  print (resolution (0 :: Milli), resolution (0 :: Pico), resolution (1 :: Fixed E9), resolution (1 :: Fixed E0))
  print (MkFixed 12345 :: Milli, (1 :: Fixed E1), (1 :: Fixed E2), (1 :: Fixed E3), (1 :: Fixed E6), (1 :: Fixed E12), (0.5 :: Nano))
  print (compare a 3, a == 3.142, max a 4, [1, 1.5 .. 3 :: Deci], toRational (1.25 :: Centi), realToFrac (1.125 :: Milli) :: Double)
  print (succ (1 :: Milli), pred (1 :: Centi), fromEnum (1.5 :: Deci), toEnum 15 :: Deci)
  print (showsPrec 7 (-1.5 :: Deci) "", show (Just (-2 :: Centi)), fromRational 0.999 :: Centi, fromIntegral (3 :: Int) :: Milli)
  print ((-7.5 :: Centi) / 2, 1 / 3 :: Deci, (1 :: Deci) / 0)
