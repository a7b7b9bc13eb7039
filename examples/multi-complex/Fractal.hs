-- Complex-number algorithms written once for any RealFloat component type.
module Fractal (escapeTime, newtonRoot, rootsOf, polyEval, describeExact, describeTrans) where

import Data.Complex

-- Iterations of z -> z*z + c before |z| > 2 (at most limit).
escapeTime :: RealFloat a => Int -> Complex a -> Int
escapeTime limit c = go 0 0
  where
    go k z
      | k >= limit = limit
      | magnitude z > 2 = k
      | otherwise = go (k + 1) (z * z + c)

-- Evaluate a polynomial (coefficients lowest first) by Horner's rule.
polyEval :: RealFloat a => [Complex a] -> Complex a -> Complex a
polyEval cs x = foldr (\c acc -> c + x * acc) 0 cs

derivative :: RealFloat a => [Complex a] -> [Complex a]
derivative cs = zipWith (*) (map fromIntegral [1 :: Int ..]) (drop 1 cs)

-- Newton's method from a starting point, n steps.
newtonRoot :: RealFloat a => [Complex a] -> Int -> Complex a -> Complex a
newtonRoot cs n z0 = iterate step z0 !! n
  where
    step z = z - polyEval cs z / polyEval (derivative cs) z

-- The n-th roots of w.
rootsOf :: RealFloat a => Int -> Complex a -> [Complex a]
rootsOf n w = [mkPolar r ((t + 2 * pi * fromIntegral k) / fromIntegral n) | k <- [0 .. n - 1]]
  where
    (m, t) = polar w
    r = m ** recip (fromIntegral n)

-- Correctly rounded operations only (+, -, *, /, sqrt, scaleFloat).
describeExact :: (RealFloat a, Show a) => Complex a -> String
describeExact z =
  show z ++ " |z|=" ++ show (magnitude z) ++ " sqrt=" ++ show (sqrt z)
    ++ " signum=" ++ show (signum z) ++ " conj=" ++ show (conjugate z)
    ++ " recip=" ++ show (recip z) ++ " cube=" ++ show (z * z * z)

-- Through the C library's exp, log, sin, cos, atan2 (last bits may vary).
describeTrans :: (RealFloat a, Show a) => Complex a -> String
describeTrans z =
  "exp=" ++ show (exp z) ++ " log=" ++ show (log z)
    ++ " sin=" ++ show (sin z) ++ " cos=" ++ show (cos z)
    ++ " tan=" ++ show (tan z) ++ " tanh=" ++ show (tanh z)
    ++ " cosh=" ++ show (cosh z) ++ " sinh=" ++ show (sinh z)
