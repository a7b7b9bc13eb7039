-- Floating-point library functions in a loop: sin, cos, exp, log, atan2,
-- sqrt and (**) on Doubles, a strict sum printed with show.
step :: Int -> Double -> Double
step i acc =
  let x = fromIntegral i * 1.0e-3
      a = sin x * cos (x / 3) + exp (-x / 100) * log (1 + x)
      b = atan2 (x - 5) (x + 1) + sqrt x ** 1.5
   in acc + a + b / 1000

loop :: Int -> Int -> Double -> Double
loop i n acc
  | i >= n = acc
  | otherwise = let acc' = step i acc in acc' `seq` loop (i + 1) n acc'

main :: IO ()
main = do
  let n = 20000
  print (loop 0 n 0)
  print [sin (fromIntegral k) :: Double | k <- [1 .. 8 :: Int]]
  print (map (\k -> exp (fromIntegral k / 7) :: Double) [1 .. 8 :: Int])
