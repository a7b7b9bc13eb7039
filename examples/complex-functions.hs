-- Data.Complex's Floating instance over Double: sqrt, exp, log, powers,
-- trigonometric and hyperbolic functions and their inverses, plus a small
-- recursive FFT and Newton's method for the cube roots of unity.
import Data.Complex

zs :: [Complex Double]
zs = [3 :+ 4, (-1.5) :+ 2, 0.25 :+ (-0.75), (-4) :+ 0, 0 :+ 1, 2 :+ 0, (-0.5) :+ (-0.5)]

fft :: [Complex Double] -> [Complex Double]
fft [x] = [x]
fft xs = zipWith (+) evens twiddled ++ zipWith (-) evens twiddled
  where
    n = length xs
    (es, os) = split xs
    evens = fft es
    odds = fft os
    twiddled = [cis (-2 * pi * fromIntegral k / fromIntegral n) * o | (k, o) <- zip [0 :: Int ..] odds]
    split (a : b : rest) = let (as, bs) = split rest in (a : as, b : bs)
    split r = (r, [])

newton :: Complex Double -> Complex Double
newton z = z - (z * z * z - 1) / (3 * z * z)

roundC :: Complex Double -> (Double, Double)
roundC (a :+ b) = (fromIntegral (round (a * 1e6) :: Integer) / 1e6, fromIntegral (round (b * 1e6) :: Integer) / 1e6)

main :: IO ()
main = do
  putStrLn "sqrt:" >> mapM_ (print . sqrt) zs
  putStrLn "exp:" >> mapM_ (print . exp) zs
  putStrLn "log:" >> mapM_ (print . log) zs
  putStrLn "sin/cos/tan:" >> mapM_ (\z -> print (sin z, cos z, tan z)) (take 4 zs)
  putStrLn "sinh/cosh/tanh:" >> mapM_ (\z -> print (sinh z, cosh z, tanh z)) (take 4 zs)
  putStrLn "asin/acos/atan:" >> mapM_ (\z -> print (asin z, acos z, atan z)) (take 4 zs)
  putStrLn "asinh/acosh/atanh:" >> mapM_ (\z -> print (asinh z, acosh z, atanh z)) (take 4 zs)
  print (pi :: Complex Double)
  print ((3 :+ 4) ** (0.5 :+ 0), (0 :+ 1) ** (0 :+ 1), 2 ** (0 :+ 1) :: Complex Double)
  print (0 ** (2 :+ 0), 0 ** ((-1) :+ 0), 0 ** (0 :+ 3), (1 :+ 1) ** 0 :: Complex Double)
  print (logBase 2 (8 :+ 0), logBase (0 :+ 1) (-1) :: Complex Double)
  print (exp (0 :+ pi) + 1 :: Complex Double)
  print (sqrt (-1) :: Complex Double, sqrt ((-9) :+ (-0)) :: Complex Double, sqrt 0 :: Complex Double)
  print (map (\z -> magnitude (exp (log z) - z) < 1e-12) zs)
  print (map (\z -> magnitude (sqrt z * sqrt z - z) < 1e-12) zs)
  print (map (\z -> magnitude (sin (asin z) - z) < 1e-9) zs)
  print (map roundC (fft [1, 2, 3, 4, 0, 0, 0, 0]))
  print (map roundC (fft (map (\k -> cis (2 * pi * 3 * fromIntegral k / 16)) [0 .. 15 :: Int])))
  let starts = [1 :+ 1, (-1) :+ 1, (-1) :+ (-1), 0.5 :+ (-2)]
  mapM_ (\s -> print (iterate newton s !! 30)) starts
  print (map (roundC . (!! 30) . iterate newton) starts)
