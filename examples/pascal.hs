-- Pascal's triangle, binomial coefficients and row sums.
pascal :: [[Integer]]
pascal = iterate (\row -> zipWith (+) (0 : row) (row ++ [0])) [1]

choose :: Integer -> Integer -> Integer
choose n k = product [n - k + 1 .. n] `div` product [1 .. k]

main :: IO ()
main = do
  mapM_ (putStrLn . unwords . map show) (take 8 pascal)
  print (pascal !! 30 !! 15, choose 30 15)
  print (map sum (take 10 pascal))
  print (choose 100 50)
