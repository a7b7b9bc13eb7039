-- Numeric code at user-defined number types (newtypes deriving their
-- instances), where base's type-specific rewrite rules and SPECIALISE
-- pragmas do not apply and GHC calls the general definitions: Complex and
-- Ratio over them, realToFrac/fromIntegral, numeric enumerations, Show/Read
-- and Numeric's formatting, RealFrac rounding, Integral division, Ix.
{-# LANGUAGE GeneralizedNewtypeDeriving, DerivingStrategies #-}
import Data.Bits
import Data.Complex
import Data.Ix
import Data.Ratio
import Numeric
import Data.Char (intToDigit)
import Data.List (genericLength)

newtype D = D Double deriving newtype (Eq, Ord, Num, Fractional, Floating, Real, RealFrac, RealFloat, Enum, Show, Read)
newtype F = F Float deriving newtype (Eq, Ord, Num, Fractional, Floating, Real, RealFrac, RealFloat, Enum, Show, Read)
newtype I = I Int deriving newtype (Eq, Ord, Num, Enum, Real, Integral, Bounded, Show, Read, Bits, FiniteBits, Ix)
newtype N = N Integer deriving newtype (Eq, Ord, Num, Enum, Real, Integral, Show, Read, Bits, Ix)

{-# NOINLINE cshow #-}
cshow :: RealFloat a => Complex a -> String
cshow (a :+ b) = showFFloat (Just 5) (realToFrac a :: Double) "" ++ ":+" ++ showFFloat (Just 5) (realToFrac b :: Double) ""

main :: IO ()
main = do
  let zs = [D 1 :+ D 1, D (-2) :+ D 0.5, D 0.3 :+ D (-0.7)]
  mapM_ (\(n, f) -> putStrLn (n ++ ": " ++ unwords (map (cshow . f) zs))) [("exp", exp), ("log", log), ("sqrt", sqrt), ("sin", sin), ("cos", cos), ("tan", tan), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh), ("asin", asin), ("acos", acos), ("atan", atan), ("asinh", asinh), ("acosh", acosh), ("atanh", atanh), ("recip", recip), ("sq", \z -> z * z), ("abs", abs), ("signum", signum), ("neg", negate), ("div", (/ (D 2 :+ D 1))), ("pow", (** (D 0.5 :+ D 0))), ("logBase", logBase (D 2 :+ D 0)), ("+", (+ 1)), ("-", subtract 1)]
  let ws = [F 1 :+ F 1, F 0.5 :+ F (-0.25)]
  mapM_ (\(n, f) -> putStrLn (n ++ ": " ++ unwords (map (cshow . f) ws))) [("exp", exp), ("log", log), ("sqrt", sqrt), ("sin", sin), ("cos", cos), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh), ("atan", atan), ("/", (/ (F 2 :+ F 1)))]
  print (magnitude (D 3 :+ D 4), phase (D (-1) :+ D 0), polar (D 0 :+ D 2), mkPolar (D 1) (D 0), cis (D 0), realPart (D 1 :+ D 2), conjugate (D 1 :+ D 2), show (D 1 :+ D (-2)), read "1.5 :+ 2" :: Complex Double)
  print (read "1.5 :+ 2.0" :: Complex D, showsPrec 7 (F 1 :+ F 2) "", (D 1 :+ D 2) == (D 1 :+ D 2), fromInteger 3 :: Complex D, fromRational (3 % 4) :: Complex F)
  -- Ratio over a user Integral
  let qs = [I 3 % I 4, I (-5) % I 6, I 7 % I 1]
  print (qs, map negate qs, map abs qs, map signum qs, map recip qs, [a + b | a <- qs, b <- qs], [a * b | a <- qs, b <- qs], [a - b | a <- qs, b <- qs], [a / b | a <- qs, b <- qs])
  print ([compare a b | a <- qs, b <- qs], [a < b | a <- qs, b <- qs], map numerator qs, map denominator qs, maximum qs, minimum qs, map (round :: Ratio I -> Integer) qs, map (floor :: Ratio I -> I) qs, map (ceiling :: Ratio I -> Int) qs, map (truncate :: Ratio I -> N) qs)
  print (map (properFraction :: Ratio I -> (I, Ratio I)) qs, map toRational qs, map (fromRational . toRational) qs :: [Double], [I 1 % I 2 .. 3], take 3 [I 1 % I 3, I 1 % I 2 ..], succ (I 1 % I 2), fromEnum (I 7 % I 2), toEnum 3 :: Ratio I, show (I 3 % I 4), read "3 % 4" :: Ratio I)
  -- conversions
  print (realToFrac (D 2.5) :: Double, realToFrac (1.25 :: Double) :: D, realToFrac (F 0.1) :: D, fromIntegral (I 42) :: Integer, fromIntegral (N (2 ^ 70)) :: I, fromIntegral (7 :: Int) :: N, toInteger (I (-3)), fromIntegral (I 5) :: D, realToFrac (I 3) :: D)
  print (truncate (D 2.7) :: I, round (D 2.5) :: N, round (D 3.5) :: I, ceiling (F 1.1) :: I, floor (D (-1.1)) :: N, properFraction (D 3.75) :: (I, D), truncate (D 1e20) :: Integer, round (F (-0.5)) :: Integer)
  print ([D 1 .. D 4], [D 1, D 1.5 .. D 3], take 3 [D 0.5 ..], take 3 [F 1, F 1.25 ..], [F 3, F 2 .. F 0], [I 1 .. I 5], [I 10, I 7 .. I 0], take 3 [N 5 ..], [N 1, N 4 .. N 12], fromEnum (D 3.9), toEnum 4 :: D)
  print (map (\x -> showFFloat (Just 2) x "") [D 3.14159, D (-0.005)], showEFloat (Just 3) (F 1234.5) "", showGFloat Nothing (D 1e-5) "", showFloat (D 0.1) "", floatToDigits 10 (D 0.3), fromRat (1 % 3) :: D, showHFloat (D 0.75) "", showFFloatAlt Nothing (D 2) "", showGFloatAlt (Just 1) (F 5) "")
  print (decodeFloat (D 1.5), encodeFloat 3 (-1) :: D, significand (F 8), exponent (D 0.1), isNaN (D (0 / 0)), isInfinite (F (1 / 0)), floatDigits (D 1), scaleFloat 2 (F 1.5), atan2 (D 1) (D (-1)), isNegativeZero (D (-0.0)), floatRange (F 0))
  print (showSigned showInt 0 (I (-5)) "", showSigned showFloat 7 (D (-2.5)) "", showInt (N 12345) "", showHex (I 255) "", showOct (N 64) "", showIntAtBase (I 3) intToDigit (I 100) "", fst (head (readSigned readDec "-17" :: [(I, String)])), fst (head (readHex "ff" :: [(N, String)])), fst (head (readOct "17" :: [(I, String)])), fst (head (readFloat "2.5e1" :: [(D, String)])))
  print (I 17 `div` I 5, I (-17) `mod` I 5, I (-17) `quot` I 5, I (-17) `rem` I 5, divMod (N (-7)) (N 2), quotRem (I 7) (I (-2)), gcd (I 12) (I 18), lcm (N 4) (N 6), I 2 ^ (10 :: Int), D 2 ^^ (-2 :: Int), D 2 ** D 0.5, even (I 4), odd (N 3))
  print (I 5 .&. I 3, I 5 .|. I 3, xor (N 5) (N 3), shiftL (I 1) 4, shiftR (N 256) 4, popCount (I 255), testBit (N 5) 2, complement (I 0), countLeadingZeros (I 1), finiteBitSize (I 0), rotate (I 1) (-1) == minBound)
  print (range (I 1, I 4), index (I 10, I 20) (I 15), inRange (N 0, N 9) (N 10), rangeSize (I 3, I 9), sum [I 1 .. I 100], product [N 1 .. N 20], genericLength "abc" :: I, maximum [D 1, D 3, D 2], minimum [F 2, F 1], sum [D 0.5, D 0.25], product [F 2, F 3])
  print (read " ( 3 ) " `asTypeOf` I 0, read "-7" :: I, read "2.5" :: D, read "[1.0,2.0]" :: [F], show [I 1, I (-2)], showsPrec 11 (D (-1)) "", showsPrec 11 (N (-4)) "", minBound :: I, maxBound :: I)
