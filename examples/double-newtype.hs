-- A user type with Num/Fractional/Floating/RealFrac/RealFloat instances
-- that leave most methods to the class defaults (**, logBase, sqrt, tan,
-- tanh, log1p, expm1, exponent, significand, scaleFloat, atan2, truncate,
-- round, ceiling, floor), next to Double's own.
newtype Meters = Meters Double deriving (Eq, Ord, Show)

lift1 :: (Double -> Double) -> Meters -> Meters
lift1 f (Meters a) = Meters (f a)

lift2 :: (Double -> Double -> Double) -> Meters -> Meters -> Meters
lift2 f (Meters a) (Meters b) = Meters (f a b)

instance Num Meters where
  (+) = lift2 (+)
  (*) = lift2 (*)
  negate = lift1 negate
  abs = lift1 abs
  signum = lift1 signum
  fromInteger = Meters . fromInteger

instance Fractional Meters where
  (/) = lift2 (/)
  fromRational = Meters . fromRational

instance Real Meters where
  toRational (Meters a) = toRational a

instance RealFrac Meters where
  properFraction (Meters a) = let (n, f) = properFraction a in (n, Meters f)

instance Floating Meters where
  pi = Meters pi
  exp = lift1 exp
  log = lift1 log
  sin = lift1 sin
  cos = lift1 cos
  asin = lift1 asin
  acos = lift1 acos
  atan = lift1 atan
  sinh = lift1 sinh
  cosh = lift1 cosh
  asinh = lift1 asinh
  acosh = lift1 acosh
  atanh = lift1 atanh

instance RealFloat Meters where
  floatRadix _ = 2
  floatDigits _ = 53
  floatRange _ = (-1021, 1024)
  decodeFloat (Meters a) = decodeFloat a
  encodeFloat m e = Meters (encodeFloat m e)
  isNaN (Meters a) = isNaN a
  isInfinite (Meters a) = isInfinite a
  isDenormalized (Meters a) = isDenormalized a
  isNegativeZero (Meters a) = isNegativeZero a
  isIEEE _ = True

main :: IO ()
main = do
  let xs = [Meters 2.5, Meters (-3.75), Meters 0.1, Meters 1.0e-310]
  print (map sqrt [Meters 2, Meters 9], Meters 2 ** Meters 10, logBase (Meters 2) (Meters 1024))
  print (tan (Meters 1), tanh (Meters 0.5), Meters 1 - Meters 0.25, recip (Meters 8))
  print (map exponent xs, map significand xs)
  print (map (scaleFloat 3) xs, scaleFloat 5000 (Meters 1), scaleFloat (-5000) (Meters 1))
  print (map (atan2 (Meters 1)) [Meters 1, Meters (-1), Meters 0, Meters (-0.0)])
  print (atan2 (Meters (-0.0)) (Meters (-1)), atan2 (Meters 0) (Meters 0), atan2 (Meters (-1)) (Meters (-0.0)))
  print (map round xs :: [Integer], map truncate xs :: [Int], map ceiling xs :: [Int], map floor xs :: [Integer])
  print (map (\(Meters a) -> (exponent a, significand a)) xs)
  print (map (atan2 1) [1, -1, 0, -0.0 :: Double] == map ((\(Meters a) -> a) . atan2 (Meters 1) . Meters) [1, -1, 0, -0.0])
  print (realToFrac (Meters 1.5) :: Double, realToFrac (2.25 :: Double) :: Meters)
