-- Mandelbrot set: Double arithmetic in a tight loop, printed as ASCII art.
iterations :: Double -> Double -> Int
iterations cr ci = go 0 0 0
  where
    go :: Double -> Double -> Int -> Int
    go x y i
      | i >= 200 = i
      | x * x + y * y > 4 = i
      | otherwise = go (x * x - y * y + cr) (2 * x * y + ci) (i + 1)

main :: IO ()
main = do
  let rows = [[iterations (-2 + 3 * fromIntegral c / 79) (-1.2 + 2.4 * fromIntegral r / 39) | c <- [0 .. 79 :: Int]] | r <- [0 .. 39 :: Int]]
  mapM_ (putStrLn . map (\i -> if i >= 200 then '#' else " .:-=+*%@" !! (i `mod` 9))) rows
  print (sum (map sum rows))
