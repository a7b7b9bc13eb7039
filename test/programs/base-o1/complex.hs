-- Data.Complex at -O1: the Floating instance's methods build dictionaries
-- with GHC's absent-argument fillers; Show/Read/Eq of Complex.
import Data.Complex

{-# NOINLINE zs #-}
zs :: [Complex Double]
zs = [1 :+ 1, 0 :+ 2, (-3) :+ 0.5, 2 :+ (-1)]

{-# NOINLINE fs #-}
fs :: [Complex Float]
fs = [1 :+ 1, 0.5 :+ (-2)]

main :: IO ()
main = do
  mapM_ (print . sqrt) zs
  mapM_ (print . exp) zs
  mapM_ (print . log) zs
  print (map sin zs, map cos zs, map tan zs)
  print (map sinh zs, map cosh zs, map tanh zs)
  print (map asin zs, map acos zs, map atan zs)
  print (map asinh zs, map acosh zs, map atanh zs)
  print (zipWith (**) zs (reverse zs), zipWith logBase zs (tail zs))
  print (map (\z -> z ^ (3 :: Int)) zs, map recip zs, map signum zs, map abs zs)
  print (map sqrt fs, map exp fs, map (** 2) fs, map magnitude fs, map phase fs)
  print (read "2.0 :+ 3.5" :: Complex Double, (1 :+ 2) == (1 :+ (2 :: Double)), conjugate (head zs))
  print (mkPolar 2 (pi / 3) :: Complex Double, polar (head zs), cis (pi :: Double))
