-- read for Double and Float: what GHC's lexer accepts (integers, fractions,
-- exponents, spaces, parentheses, a leading minus, hex, Infinity, NaN),
-- the exact rounding of long decimals, and what it rejects.

import Numeric

inputs :: [String]
inputs =
  [ "3", "3.5", "-2.5e-3", "1e10", "  7.0  ", "Infinity", "NaN", "(-1.5)"
  , "-Infinity", "- 3", "(- 3)", "-(3)", ".5", "5.", "1e", "1E5", "1e+5"
  , "0x10", "0o17", "0b1", "+3", "3.5e", "Infinityx", "1.5x", "((2.0))"
  , "-NaN", "0X1F", "00012.50", "1e400", "1e-400", "-0", "-0.0", "1.0e-2"
  , "2.2250738585072014e-308", "4.9e-324", "2e-324", "3e-324", "1e22"
  , "123456789012345678901234567890", "0.1e1", "1..2", "(1.5", "1.5)"
  , "--1", "0.30000000000000004", "9007199254740993", "1e99999999999999999999"
  , "2.4703282292062328e-324", "2.4703282292062327e-324"
  ]

main :: IO ()
main = do
  mapM_ (\s -> putStrLn (show s ++ " " ++ show (reads s :: [(Double, String)]))) inputs
  mapM_ (\s -> putStrLn (show s ++ " " ++ show (reads s :: [(Float, String)]))) (take 12 inputs)
  print (read "[1.5, 2, -3e2]" :: [Double])
  print (read " ( 1.5 , -2 ) " :: (Double, Float))
  print (read "[(1,2.5),(3,-4.0e-2)]" :: [(Int, Double)])
  print (read "3.4028235e38" :: Float, read "3.4028236e38" :: Float)
  print (read "1.0e-45" :: Float, read "7.0e-46" :: Float, read "7.1e-46" :: Float)
  -- Exactly half-way between two Floats, just below and just above it
  -- (rounding through Double first would get the last one wrong).
  print (read "1.000000059604644775390625" :: Float)
  print (read "1.00000005960464477539062499" :: Float)
  print (read "1.00000005960464477539062501" :: Float)
  print (read "0.1" + read "0.2" :: Double)
  print (map read (words "1 2.5 -3 4e2") :: [Double])
  print (read (show (0.1 + 0.2 :: Double)) == (0.1 + 0.2 :: Double))
  print (read (show (1 / 3 :: Float)) == (1 / 3 :: Float))
  print (readFloat "1.5e3 rest" :: [(Double, String)], readFloat "-1" :: [(Double, String)])
  print (readSigned readFloat "(-2.25) x" :: [(Double, String)])
  print (readFloat "1.000000059604644775390625" :: [(Float, String)])
  print (read ".5" :: Double)
