{-# OPTIONS_GHC -Wno-deprecations #-}
{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- integer-gmp's Integer functions: gcd/lcm, extended gcd, modular powers
-- and inverses, squares, and GHC.Integer's re-exported operations.
import GHC.Integer.GMP.Internals
import GHC.Exts

main :: IO ()
main = do
  let xs = [0, 1, -1, 12, -18, 2 ^ (70 :: Int), negate (3 ^ (45 :: Int)), 1234567891011121314151617]
  print [gcdInteger x y | x <- xs, y <- take 4 xs]
  print [lcmInteger x y | x <- take 5 xs, y <- drop 3 xs]
  mapM_ (\(x, y) -> case gcdExtInteger x y of (# g, s #) -> print (x, y, g, s))
    [(240, 46), (-240, 46), (17, 0), (0, 5), (2 ^ (80 :: Int), 3 ^ (30 :: Int))]
  print (map sqrInteger xs)
  print [powModInteger b e m | b <- [2, 3, -5, 2 ^ (65 :: Int)], e <- [0, 1, 10, 2 ^ (70 :: Int)], m <- [7, 1000000007, 2 ^ (64 :: Int) + 13]]
  print [recipModInteger x m | x <- [3, 10, -7, 2 ^ (66 :: Int)], m <- [7, 11, 1000000007, 2 ^ (64 :: Int) + 13]]
  print (recipModInteger 4 8, powModInteger 3 5 0)
  print (plusInteger 5 7, timesInteger (2 ^ (40 :: Int)) 3)
  case quotRemInteger (-17) 5 of (# q, r #) -> print (q, r)
  case divModInteger (-17) 5 of (# q, r #) -> print (q, r)
  print (shiftLInteger 3 70#, shiftRInteger (2 ^ (90 :: Int)) 88#, testBitInteger 5 2#, I# (integerToInt 77))
  print (I# (hashInteger 12345), compareInteger 3 (2 ^ (80 :: Int)))
