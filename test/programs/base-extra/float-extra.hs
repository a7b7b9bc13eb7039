-- GHC.Float's expt / expts / expts10, and log1mexpOrd (fromRat': float-internals).
import GHC.Arr (bounds, (!))
import GHC.Float

main :: IO ()
main = do
  print (bounds expts, bounds expts10, expts ! 10, expts10 ! 5, expts ! 1100 `mod` 1000007, expts10 ! 324 `mod` 999983)
  print (expt 2 70, expt 10 30, expt 3 4, expt 2 2000 `mod` 1000000007, expt (-5) 3, expt 7 0)
  print (map log1mexpOrd [-0.1, -1, -10, -1e-10, -0.6931, -0.6932, -800 :: Double], log1mexpOrd (-0.5 :: Float))
