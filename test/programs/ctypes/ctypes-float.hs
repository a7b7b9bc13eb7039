import Foreign.C.Types

main :: IO ()
main = do
  let d = 2.5 :: CDouble
      f = 1.25 :: CFloat
  print (d, f, d * 3, f / 3, negate d, abs (-f), signum d)
  print (show (0.1 :: CDouble), show (0.1 :: CFloat), showsPrec 7 (-1.5 :: CDouble) "")
  print (sqrt (2 :: CDouble), exp (1 :: CFloat), log (10 :: CDouble), pi :: CFloat, pi :: CDouble)
  print (sin (1 :: CDouble), atan2 (1 :: CDouble) 2, (2 :: CFloat) ** 0.5, logBase 2 (1024 :: CDouble))
  print (truncate (-2.7 :: CDouble) :: Int, round (2.5 :: CFloat) :: Integer, ceiling (2.1 :: CDouble) :: Int, floor (-2.1 :: CFloat) :: Int)
  print (properFraction (3.75 :: CDouble) :: (Int, CDouble))
  print (toRational (0.75 :: CFloat), fromRational (3 / 8) :: CDouble, recip (4 :: CFloat))
  print (realToFrac (1.5 :: CDouble) :: Double, realToFrac (0.1 :: CFloat) :: CDouble, realToFrac (2.25 :: Double) :: CFloat)
  print (floatDigits (0 :: CDouble), floatDigits (0 :: CFloat), floatRange (0 :: CDouble), floatRadix (0 :: CFloat))
  print (decodeFloat (1.5 :: CDouble), decodeFloat (1.5 :: CFloat), encodeFloat 3 4 :: CDouble, significand (8 :: CDouble), exponent (8 :: CFloat))
  print (isNaN (0 / 0 :: CDouble), isInfinite (1 / 0 :: CFloat), isNegativeZero (-0 :: CDouble), isIEEE (0 :: CFloat), isDenormalized (1e-310 :: CDouble))
  print (scaleFloat 3 (1 :: CDouble), 1 / 0 :: CDouble, 0 / 0 :: CFloat)
  print ([1 .. 4] :: [CDouble], [1, 1.5 .. 3] :: [CFloat], succ (1.5 :: CDouble), pred (1.5 :: CFloat), fromEnum (3.9 :: CDouble), toEnum 7 :: CFloat)
  print (compare (1 :: CDouble) 2, (1 :: CFloat) < 2, max (1 :: CDouble) 2, min (1 :: CFloat) 2, (1 :: CDouble) == 1, (1 :: CFloat) /= 1)
  print (sum [0.1, 0.2, 0.3 :: CDouble], product [1.5, 2, 3 :: CFloat])
  print (fromIntegral (3 :: CInt) :: CDouble, realToFrac (7 :: CLong) :: CFloat, fromIntegral (maxBound :: CUInt) :: CDouble)
  print (tanh (0.5 :: CFloat), asinh (1 :: CDouble), acosh (2 :: CFloat), atanh (0.5 :: CDouble), cosh (1 :: CDouble))
