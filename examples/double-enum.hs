-- Enum Double and Enum Float: ranges with fractional steps, descending
-- ranges, the m + 1/2 limit, succ/pred, toEnum/fromEnum.
main :: IO ()
main = do
  print [0.1, 0.2 .. 1.0 :: Double]
  print [1.0 .. 5.5 :: Double]
  print [1.0 .. 5.4 :: Double]
  print [5.0, 4.5 .. 1.0 :: Double]
  print [0, 0.1 .. 0.5 :: Float]
  print [1.5 .. 4 :: Float]
  print [10, 7 .. -5 :: Double]
  print (take 5 [1.5 :: Double ..], take 4 [0.25, 0.5 :: Float ..])
  print (length [0, 0.001 .. 1 :: Double], last [0, 0.001 .. 1 :: Double])
  print (length [1 .. 1000.5 :: Double], sum [1 .. 100 :: Double])
  print (succ 1.5 :: Double, pred 0 :: Double, succ 16777216 :: Float)
  print (map fromEnum [1.9, -1.9, 0.5 :: Double], toEnum 65 :: Float)
  print ([3.0 .. 1.0 :: Double], [1.0, 1.0 .. 1.0 :: Double] == [], take 3 [1.0, 1.0 .. 1.0 :: Double])
