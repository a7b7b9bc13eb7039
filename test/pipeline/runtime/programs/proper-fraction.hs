-- properFraction/truncate/round/ceiling/floor of -0.0, +-0.5 and friends
-- at Int and Integer (-O1 inlines base's RealFracMethods unfoldings).
vals :: [Double]
vals = [-0.0, 0.0, -0.5, 0.5, -1.5, 1.5, 2.5, -2.5, -0.7, 0.7, 1e20, -1e20]
{-# NOINLINE vals #-}

fvals :: [Float]
fvals = [-0.0, 0.0, -0.5, 0.5, -1.5, 2.5, -2.5, -0.7]
{-# NOINLINE fvals #-}

main :: IO ()
main = do
  mapM_ (\x -> print (properFraction x :: (Int, Double))) (take 10 vals)
  mapM_ (\x -> print (properFraction x :: (Integer, Double))) vals
  print (map truncate vals :: [Integer], map round vals :: [Integer])
  print (map ceiling vals :: [Integer], map floor vals :: [Integer])
  print (map truncate (take 10 vals) :: [Int], map round (take 10 vals) :: [Int])
  print (map ceiling (take 10 vals) :: [Int], map floor (take 10 vals) :: [Int])
  mapM_ (\x -> print (properFraction x :: (Int, Float))) fvals
  mapM_ (\x -> print (properFraction x :: (Integer, Float))) fvals
  print (map round fvals :: [Int], map ceiling fvals :: [Int], map floor fvals :: [Integer], map truncate fvals :: [Int])
  let (n, f) = properFraction (-0.0 :: Double) :: (Int, Double)
  print (n, f, isNegativeZero f, 1 / f)
