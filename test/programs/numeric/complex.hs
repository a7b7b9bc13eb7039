import Data.Complex

main :: IO ()
main = do
  let z = 3 :+ 4 :: Complex Double
      w = (-1) :+ 0.5 :: Complex Double
  print (z, realPart z, imagPart z, magnitude z, phase z, polar z, conjugate z)
  print (z + w, z * w, z / w, negate z, abs z, signum z, fromInteger 7 :: Complex Double)
  print (mkPolar 2 (pi / 2) :: Complex Double, cis 0 :: Complex Double)
  print (sqrt z, exp w, log z)
  print (read "3.0 :+ 4.0" :: Complex Double, showsPrec 7 z "", show (Just z))
  print (fmap (* 2) z, (1 :+ 2 :: Complex Int) == (1 :+ 2), sum (1 :+ 2 :: Complex Int))
  print ((2 :+ 0) ** (3 :+ 0) :: Complex Double, magnitude (0 :+ 0 :: Complex Float), z ^ (3 :: Int))
  print (realPart (1.5 :+ 2 :: Complex Float) + 1, recip (0 :+ 2 :: Complex Double))
