-- Numeric formatting and parsing as reports need it: showFFloat/showEFloat/
-- showGFloat (with and without precision, Alt forms), showHFloat, hex/oct/
-- binary via showIntAtBase, readHex/readOct/readDec/readSigned/readFloat,
-- floatToDigits, the RealFloat methods of Double and Float.
import Numeric
import Data.Char (intToDigit, readLitChar, lexLitChar, showLitChar)
import Data.Word
import Data.Int

{-# NOINLINE fmt #-}
fmt :: String -> [(String, Maybe Int -> Double -> ShowS)] -> [Maybe Int] -> [Double] -> IO ()
fmt name fs ps xs = mapM_ (\(n, f) -> putStrLn (name ++ " " ++ n ++ ": " ++ unwords [f p x "" | p <- ps, x <- xs])) fs

{-# NOINLINE fmtF #-}
fmtF :: String -> [(String, Maybe Int -> Float -> ShowS)] -> [Maybe Int] -> [Float] -> IO ()
fmtF name fs ps xs = mapM_ (\(n, f) -> putStrLn (name ++ " " ++ n ++ ": " ++ unwords [f p x "" | p <- ps, x <- xs])) fs

{-# NOINLINE props #-}
props :: (RealFloat a, Show a) => String -> [a] -> IO ()
props name xs = mapM_ (\x -> putStrLn (name ++ " " ++ show x ++ ": " ++ show (decodeFloat x, significand x, exponent x, isNaN x, isInfinite x, isDenormalized x, isNegativeZero x, isIEEE x) ++ show (floatDigits x, floatRadix x, floatRange x, if isNaN x then ([], 0) else floatToDigits 10 (abs x), scaleFloat 3 x, atan2 x 1))) xs

main :: IO ()
main = do
  let ds = [0, 1, -1.5, 3.14159265358979, 1.0e-4, 123456789.125, 1.0e22, 5.0e-324, 0.1]
  fmt "D" [("F", showFFloat), ("E", showEFloat), ("G", showGFloat), ("FAlt", showFFloatAlt), ("GAlt", showGFloatAlt)] [Nothing, Just 0, Just 2, Just 7] ds
  fmtF "F" [("F", showFFloat), ("E", showEFloat), ("G", showGFloat), ("FAlt", showFFloatAlt), ("GAlt", showGFloatAlt)] [Nothing, Just 1, Just 4] [0, 2.5, -0.1, 1.0e-3, 3.4e38, 7.0e6]
  print (map (\x -> showHFloat x "") ([0, 1, -0.5, 3.75, 1.0e-310, 1 / 0, 0 / 0, 1.0e300] :: [Double]), map (\x -> showHFloat x "") ([1.5, -2, 1.0e-40] :: [Float]))
  print (map (\x -> showFFloat (Just 2) x "") ([1 / 0, -1 / 0, 0 / 0, -0.0] :: [Double]), showEFloat (Just 3) (1 / 0 :: Double) "", showGFloat (Just 2) (0 / 0 :: Float) "")
  print (showHex (255 :: Int) "", showOct (8 :: Word8) "", showHex (maxBound :: Word64) "", showOct (4095 :: Int64) "", showHex (2 ^ 100 :: Integer) "", showInt (12345 :: Integer) "", showBin' (37 :: Int))
  print (showIntAtBase 36 intToDigit' (123456789 :: Int) "", showIntAtBase 2 intToDigit (10 :: Word16) "", showSigned showInt 0 (-5 :: Int) "", showSigned showInt 7 (-5 :: Int) "", showSigned showFloat 7 (-2.5 :: Double) "")
  print (showFloat (1.0e-2 :: Double) "", showFloat (12.5 :: Float) "", floatToDigits 2 (0.375 :: Double), floatToDigits 16 (255.5 :: Float), fromRat (3 / 8) :: Double, fromRat (1 / 3) :: Float)
  print (readHex "ffz" :: [(Int, String)], readHex "DEADbeef" :: [(Word32, String)], readOct "777 " :: [(Integer, String)], readDec "12ab" :: [(Int, String)], readHex "g" :: [(Int, String)])
  print (readSigned readDec "-42 x" :: [(Int, String)], readSigned readFloat "3.5e2" :: [(Double, String)], readFloat "1.25" :: [(Rational, String)], readFloat "6.02e23x" :: [(Double, String)], readFloat "nan" :: [(Double, String)])
  print (lexDigits "123abc", readLitChar "\\nrest", lexLitChar "\\SOHx", readLitChar "\\x41!", readLitChar "\\^A", showLitChar '\DEL' "", showLitChar '\200' "")
  props "Double" ([0, -0.0, 1, -2.5, 1.0e-310, 1 / 0, 0 / 0, 1.7976931348623157e308, 0.1] :: [Double])
  props "Float" ([0, 1, -2.5, 1.0e-40, 1 / 0, 3.4028235e38, 0.1] :: [Float])
  print (encodeFloat 3 4 :: Double, encodeFloat (-5) (-2) :: Float, encodeFloat 1 2000 :: Double, encodeFloat 1 (-1100) :: Double, encodeFloat 12345678901234567890 (-60) :: Float)
  print (map (\x -> (truncate x :: Int, round x :: Int, ceiling x :: Int, floor x :: Int)) ([2.5, 3.5, -2.5, -0.5, 1.0e10, -7.999] :: [Double]))
  print (map (\x -> (truncate x :: Integer, round x :: Integer, properFraction x :: (Integer, Float))) ([2.5, -3.5, 1.0e20, -1.0e-3] :: [Float]))
  print (map (\x -> (truncate x :: Word8, round x :: Int16, floor x :: Word32, ceiling x :: Int64)) ([2.5, 300.7, -1.5] :: [Double]))
  print (realToFrac (1.0e40 :: Double) :: Float, realToFrac (1 / 0 :: Float) :: Double, realToFrac (0.1 :: Float) :: Double, fromIntegral (2 ^ 62 + 1 :: Int) :: Double, fromIntegral (2 ^ 24 + 1 :: Integer) :: Float)
  print (sqrt 2 :: Double, exp 1 :: Float, log 10 :: Double, sin 1 :: Float, atan2 (-1) (-1) :: Double, 2 ** 0.5 :: Float, logBase 2 1024 :: Double, tanh 0.5 :: Double, asinh 1 :: Float, acosh 2 :: Double, atanh 0.5 :: Float)
  print (log1p 1.0e-10 :: Double, expm1 1.0e-10 :: Double, log1pexp 3 :: Double, log1mexp (-3) :: Double, log1p 0.5 :: Float, expm1 0.25 :: Float)
  print (minimum [3.5, 0 / 0, 1 :: Double], max (0 / 0) (1 :: Double), compare (0 / 0 :: Double) 0, (0 / 0 :: Double) == 0 / 0, -0.0 == (0 :: Double), signum (-0.0 :: Double), abs (-0.0 :: Float), negate 0 :: Double)
  print (read "0x10" :: Int, read "0o17" :: Int, (reads "0b101" :: [(Int, String)]), fromIntegral (read "3" :: Int) / (2 :: Double), read " 1.5e-3 " :: Float, read "-Infinity" :: Double)
  where
    intToDigit' d = if d < 10 then intToDigit d else toEnum (fromEnum 'a' + d - 10)
    showBin' n = showIntAtBase 2 intToDigit n ""
