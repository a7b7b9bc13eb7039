-- Double arithmetic and GHC's show for Double.
mean :: [Double] -> Double
mean xs = sum xs / fromIntegral (length xs)

main :: IO ()
main = do
  let xs = [1.5, 2.25, 0.1, 1.0e7, -3.0]
  print (mean xs)
  print (map (* 2) xs, sqrt 2 :: Double)
  print (round (2.5 :: Double) :: Int, truncate (-7.9 :: Double) :: Int)
