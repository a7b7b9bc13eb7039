import Text.Printf

main :: IO ()
main = do
  let xs = [0, 1, -1, 3.14159, 1234567.891, 1.0e-5, 6.02e23, -0.5, 0.1] :: [Double]
  mapM_ (\x -> printf "%f|%e|%g|%F|%E|%G\n" x x x x x x) xs
  mapM_ (\x -> printf "%.2f|%.3e|%.4g|%10.2f|%-10.2f|%010.2f|%+.1f|% .1f\n" x x x x x x x x) xs
  printf "%#.0f %#.0e %#g %#.3g\n" (2 :: Double) (3 :: Double) (1.5 :: Double) (100 :: Double)
  printf "%.0f %.0f %.0f %.0f\n" (0.5 :: Double) (1.5 :: Double) (2.5 :: Double) (-0.5 :: Double)
  printf "%v %v\n" (2.5 :: Double) (1.25 :: Float)
  printf "%f %e %g\n" (1.1 :: Float) (2.5e-3 :: Float) (123456.7 :: Float)
  printf "%8.3f|%-8.3e|%08.3f\n" (3.14159 :: Float) (3.14159 :: Float) (-3.14159 :: Float)
  printf "%f %f %f\n" (1/0 :: Double) (-1/0 :: Double) (0/0 :: Double)
  printf "%5.1f%%\n" (99.5 :: Double)
  printf "[%*.*f]\n" (10 :: Int) (3 :: Int) (2.71828 :: Double)
  printf "%.10f\n" (1/3 :: Double)
  printf "%e\n" (0 :: Double)
  printf "%g %g %g\n" (0.0001 :: Double) (1.0e7 :: Double) (123.456 :: Double)
