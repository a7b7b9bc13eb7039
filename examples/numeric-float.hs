-- Numeric's Double/Float formatting: showEFloat, showFFloat, showGFloat and
-- the Alt forms with Nothing and Just precisions (rounding ties included),
-- showFloat, floatToDigits, and printf's %f %e %g.

import qualified GHC.Float as F
import Numeric
import Text.Printf

xs :: [Double]
xs = [0, 0.125, 2.5, 0.5, 1.5, 1234.5678, 0.001234, 1.0e7, 1.0e-2, 9.995, 0.05, 123456789.0, 5.0e-324, 1 / 3, -2.5, -0.0]

precs :: [Maybe Int]
precs = [Nothing, Just 0, Just 1, Just 2, Just 10, Just (-1)]

row :: String -> (Maybe Int -> Double -> ShowS) -> IO ()
row name f = mapM_ (\p -> putStrLn (name ++ " " ++ show p ++ ": " ++ unwords [f p x "" | x <- xs])) precs

main :: IO ()
main = do
  row "E" showEFloat
  row "F" showFFloat
  row "G" showGFloat
  row "FAlt" showFFloatAlt
  row "GAlt" showGFloatAlt
  putStrLn (unwords [showFloat x "" | x <- xs])
  mapM_ (print . floatToDigits 10) (filter (>= 0) (map abs xs))
  print (floatToDigits 10 (0.1 :: Float), floatToDigits 2 (0.375 :: Double), floatToDigits 16 (255.5 :: Double))
  putStrLn (showEFloat (Just 2) (0.1 :: Float) "" ++ " " ++ showFFloat (Just 3) (2.0e-3 :: Float) "" ++ " " ++ showGFloat Nothing (1.0e8 :: Float) "")
  putStrLn (showFFloat (Just 2) (1 / 0 :: Double) "" ++ " " ++ showEFloat Nothing (0 / 0 :: Double) "")
  putStrLn (unwords [showHFloat x "" | x <- xs ++ [255, 0.1, 1.7976931348623157e308]])
  putStrLn (showHFloat (0.1 :: Float) "" ++ " " ++ showHFloat (3.4028235e38 :: Float) "")
  putStrLn (F.showSignedFloat showFloat 7 (2.5 :: Double) "" ++ F.showSignedFloat showFloat 7 (-2.5 :: Double) "" ++ F.showSignedFloat showFloat 0 (-2.5 :: Float) "")
  putStrLn (F.formatRealFloat F.FFFixed (Just 3) (2.0005 :: Double) ++ " " ++ F.formatRealFloat F.FFExponent Nothing (-1.0e-2 :: Float) ++ " " ++ F.formatRealFloatAlt F.FFGeneric (Just 0) True (7 :: Double))
  printf "%.3f %.3f %.0f %.1f\n" (3.14159 :: Double) (2.0005 :: Double) (2.5 :: Double) (0.25 :: Double)
  printf "%e %.2e %g %g %g\n" (1234.5 :: Double) (0.000123 :: Double) (0.5 :: Double) (1.0e7 :: Double) (1.0e-5 :: Double)
  printf "%f %8.2f|%-8.2f|\n" (1.0e-2 :: Double) (3.14159 :: Double) (2.5 :: Double)
  printf "%#.0f %#g %#.1e %.2f %e\n" (2.5 :: Double) (100.0 :: Double) (3.0 :: Double) (0.125 :: Float) (16777217 :: Float)
