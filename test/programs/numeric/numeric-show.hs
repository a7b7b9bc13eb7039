import Numeric
import Data.Char (intToDigit)

main :: IO ()
main = do
  putStrLn (showHex (255 :: Int) "" ++ " " ++ showOct (64 :: Int) "" ++ " " ++ showHex (2 ^ 80 :: Integer) "")
  putStrLn (showHex (255 :: Word) "" ++ showOct (8 :: Integer) "!")
  putStrLn (showInt (12345 :: Int) "" ++ " " ++ showInt (2 ^ 70 :: Integer) "")
  putStrLn (showIntAtBase 36 intToDigit (1295 :: Int) "" ++ " " ++ showIntAtBase 2 intToDigit (10 :: Integer) "")
  putStrLn (showSigned showInt 0 (-5 :: Int) "" ++ " " ++ showSigned showInt 7 (-5 :: Int) "" ++ " " ++ showSigned showInt 7 (5 :: Int) "")
  putStrLn (showSigned showFloat 7 (-1.5 :: Double) "")
  mapM_ (\x -> putStrLn (unwords [showFFloat (Just 2) x "", showEFloat (Just 3) x "", showGFloat (Just 2) x "", showFFloat Nothing x "", showEFloat Nothing x "", showGFloat Nothing x "", showFloat x ""]))
    [0, 1, -2.5, 123456.789, 1.0e-4, 0.1, 1.0e7, 5.0e-324 :: Double]
  putStrLn (showFFloatAlt (Just 0) (3 :: Double) "" ++ " " ++ showGFloatAlt (Just 0) (3 :: Double) "" ++ " " ++ showFFloatAlt Nothing (3 :: Double) "" ++ " " ++ showGFloatAlt Nothing (1.0e8 :: Double) "")
  putStrLn (showFFloat (Just 3) (1.5 :: Float) "" ++ " " ++ showEFloat (Just 0) (12345 :: Float) "" ++ " " ++ showGFloat Nothing (0.05 :: Float) "")
  print (floatToDigits 10 (3.14159 :: Double), floatToDigits 2 (0.75 :: Double), floatToDigits 10 (0 :: Double), floatToDigits 16 (255.5 :: Float))
  print (fromRat (7 / 2) :: Double, fromRat (1 / 3) :: Float, fromRat (-22 / 7) :: Double)
  putStrLn (showHFloat (1.5 :: Double) "" ++ " " ++ showHFloat (-0.1 :: Float) "")
  print (showFFloat (Just (-1)) (2.5 :: Double) "", showEFloat (Just (-2)) (2.5 :: Double) "")
  print (showHex (0 :: Int) "", showOct (0 :: Int) "")
