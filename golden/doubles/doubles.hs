module Main where

mean :: [Double] -> Double
mean xs = sum xs / fromIntegral (length xs)

main :: IO ()
main = do
  print (mean [1, 2, 3, 4])
  print (sqrt 2 :: Double)
  print (2.5 * 4 - 0.5 :: Double, 1 / 3 :: Double)
  print (truncate (7.9 :: Double) :: Int, round (2.5 :: Double) :: Int)
  print (fromIntegral (3 :: Int) / (2 :: Double))
