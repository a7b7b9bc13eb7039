-- Read Double / Float / Rational edge cases
import Data.Ratio
main :: IO ()
main = do
  print (map read ["0", "-0", "1.0", "1e10", "1.5e-3", "-2.5E+2", "0x10", "0o17", "  3.0  "] :: [Double])
  print (map read ["Infinity", "-Infinity", "NaN", "1e400", "1e-400", "4.9e-324", "2.2250738585072014e-308"] :: [Double])
  print (map read ["3.4028235e38", "1e39", "1.17549435e-38", "0.1"] :: [Float])
  print (read "123456789012345678901234567890" :: Double)
  print (read "0.30000000000000004" :: Double, read "9007199254740993" :: Double)
  print (read "3 % 4" :: Rational, read "(-3) % 4" :: Rational, read "6 % 8" :: Ratio Int)
  print (reads "1.5.2" :: [(Double, String)])
  print (reads "5." :: [(Double, String)])
  print (reads "1e" :: [(Double, String)])
  print (read "(( -1.25 ))" :: Double)
  print (read "[1e0, 0.5]" :: [Float])
  print (read "1e1000000000000000000000" :: Double)
  print (read "0e99999" :: Double, read "0.000e-5" :: Double)
