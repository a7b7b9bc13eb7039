-- Rational and Ratio Int arithmetic as users write it: sums of fractions,
-- RealFrac rounding of every kind, Enum ranges of fractions, Show/Read,
-- conversions to and from Double and Float.
import Data.Ratio
import Data.List (foldl')

{-# NOINLINE table #-}
table :: Show b => String -> [(String, a -> b)] -> [a] -> IO ()
table name fs xs = do
  putStrLn name
  mapM_ (\(n, f) -> putStrLn ("  " ++ n ++ ": " ++ unwords (map (show . f) xs))) fs

harmonic :: Int -> Rational
harmonic n = foldl' (+) 0 [1 % fromIntegral k | k <- [1 .. n]]

main :: IO ()
main = do
  let qs = [7 % 3, -7 % 3, 5 % 2, -5 % 2, 3 % 1, 0, 1 % 1000] :: [Rational]
  table "Rational unary" [("negate", negate), ("abs", abs), ("signum", signum), ("recip", \q -> if q == 0 then 0 else recip q)] qs
  table "Rational round" [("round", round), ("floor", floor), ("ceiling", ceiling), ("truncate", truncate)] (qs :: [Rational]) >> pure ()
  table "Rational properFraction" [("pf", properFraction :: Rational -> (Integer, Rational))] qs
  table "Rational to Int" [("round", round :: Rational -> Int), ("floor", floor), ("ceiling", ceiling), ("truncate", truncate)] qs
  table "Rational parts" [("num", numerator), ("den", denominator)] qs
  table "Rational to Double" [("fromRational", fromRational :: Rational -> Double), ("realToFrac", realToFrac)] qs
  table "Rational to Float" [("fromRational", fromRational :: Rational -> Float)] qs
  let bin = [(a, b) | a <- take 4 qs, b <- [2 % 3, -1 % 4]]
  table "Rational binary" [("+", uncurry (+)), ("-", uncurry (-)), ("*", uncurry (*)), ("/", uncurry (/))] bin
  table "Rational compare" [("compare", uncurry compare)] bin
  table "Rational ord" [("<", uncurry (<)), ("<=", uncurry (<=)), (">", uncurry (>)), (">=", uncurry (>=)), ("==", uncurry (==)), ("/=", uncurry (/=))] bin
  table "Rational min/max" [("min", uncurry min), ("max", uncurry max)] bin
  print (harmonic 20, fromRational (harmonic 20) :: Double)
  print (toRational (0.1 :: Double), toRational (1.5e-3 :: Float), toRational (3 :: Int))
  print (approxRational (pi :: Double) 0.001, approxRational (0.3333 :: Double) 0.01)
  print [1 % 2, 1 .. 3 :: Rational]
  print [1 % 3 .. 3 :: Rational]
  print (take 4 [5 % 2 ..] :: [Rational], take 3 [1 % 2, 3 % 4 ..] :: [Rational])
  print (succ (1 % 2 :: Rational), pred (1 % 2 :: Rational), fromEnum (7 % 2 :: Rational), toEnum 4 :: Rational)
  let rs = [3 % 4, -9 % 6, 10 % 4] :: [Ratio Int]
  table "Ratio Int" [("neg", negate), ("abs", abs), ("sq", \r -> r * r), ("plus", (+ 1 % 3)), ("minus", subtract (1 % 6)), ("div", (/ (2 % 5))), ("recip", recip)] rs
  table "Ratio Int rounding" [("round", round :: Ratio Int -> Int), ("floor", floor), ("ceiling", ceiling), ("truncate", truncate)] rs
  table "Ratio Int compare" [("cmp", compare (1 % 2))] rs
  table "Ratio Int lt" [("lt", (< 0)), ("ge", (>= 1 % 2))] rs
  table "Ratio Int max" [("max", max 1), ("min", min 0)] rs
  print (map show rs, showsPrec 8 (3 % 4 :: Ratio Int) "", showsPrec 7 (-3 % 4 :: Rational) "")
  print (read "3 % 4" :: Rational, read " (-5) % 10" :: Ratio Int, reads "7 % 2 rest" :: [(Rational, String)])
  print (read "[1 % 2,3 % 4]" :: [Rational], read "(Just (2 % 3))" :: Maybe Rational)
  print (fromIntegral (12 :: Int) / (5 :: Rational), realToFrac (2.75 :: Double) :: Rational)
  print (truncate (10 ^ 20 % 3 :: Rational) :: Integer, (2 % 3 :: Rational) ^^ (-3 :: Int), (3 % 2 :: Rational) ^ (5 :: Int))
  print (gcd 12 (18 :: Int), lcm 4 (6 :: Integer), 17 `divMod` (-5 :: Int), (-17) `quotRem` (5 :: Integer))
  print (toInteger (maxBound :: Int), toInteger (maxBound :: Word), divMod (maxBound :: Word) 7, quotRem (100 :: Word) 7)
  print (fromIntegral (300 :: Int) :: Word, realToFrac (1.25 :: Float) :: Double, realToFrac (0.1 :: Double) :: Float)
  print (map (\x -> x `div` 3) [-7, 7 :: Int], map (`mod` 3) [-7, 7 :: Int], map (`divMod` 4) [-9, 9 :: Integer])
  print (showSigned' (-5), showSigned' 5)
  where
    showSigned' :: Rational -> String
    showSigned' q = showsPrec 7 q ""
