-- Complex numbers and fixed-point decimals: every Floating method on
-- Complex Double and Complex Float, polar forms, Show/Read, the functor
-- instances; Data.Fixed resolutions with arithmetic, rounding, div'/mod'.
import Data.Complex
import Numeric (log1p, expm1)
import Data.Fixed
import Text.Printf (printf)

{-# NOINLINE table #-}
table :: String -> [(String, a -> String)] -> [a] -> IO ()
table name fs xs = do
  putStrLn name
  mapM_ (\(n, f) -> putStrLn ("  " ++ n ++ ": " ++ unwords (map f xs))) fs

cd :: Complex Double -> String
cd (a :+ b) = printf "%.6f:+%.6f" a b

cf :: Complex Float -> String
cf (a :+ b) = printf "%.3f:+%.3f" a b

main :: IO ()
main = do
  let zs = [1 :+ 1, (-2) :+ 0.5, 0.3 :+ (-0.7), 3 :+ 0] :: [Complex Double]
  table "Complex Double" [(n, cd . f) | (n, f) <- [("exp", exp), ("log", log), ("sqrt", sqrt), ("sin", sin), ("cos", cos), ("tan", tan), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh), ("asin", asin), ("acos", acos), ("atan", atan), ("asinh", asinh), ("acosh", acosh), ("atanh", atanh), ("recip", recip), ("signum", signum), ("abs", abs), ("negate", negate), ("sq", \z -> z * z), ("pow", (** (0.5 :+ 1))), ("logBase", logBase 2), ("conj", conjugate), ("+", (+ (1 :+ 2))), ("-", subtract (1 :+ 2)), ("/", (/ (2 :+ (-1)))), ("log1p", log1p), ("expm1", expm1)]] zs
  table "Complex Double parts" [("polar", \z -> let (m, p) = polar z in printf "%.5f/%.5f" m p), ("mag", printf "%.5f" . magnitude), ("phase", printf "%.5f" . phase), ("re", show . realPart), ("im", show . imagPart)] zs
  let ws = [1 :+ 1, (-2) :+ 0.5, 0.5 :+ (-0.25)] :: [Complex Float]
  table "Complex Float" [(n, cf . f) | (n, f) <- [("exp", exp), ("log", log), ("sqrt", sqrt), ("sin", sin), ("cos", cos), ("tan", tan), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh), ("asin", asin), ("acos", acos), ("atan", atan), ("asinh", asinh), ("acosh", acosh), ("atanh", atanh), ("recip", recip), ("sq", \z -> z * z), ("/", (/ (2 :+ 1)))]] ws
  print (mkPolar 2 (pi / 4) :: Complex Double, cis 1 :: Complex Double, pi :: Complex Double, fromInteger 3 :: Complex Float, fromRational 2.5 :: Complex Double)
  print (zs, showsPrec 7 (1 :+ 2 :: Complex Double) "", showsPrec 6 ((-1) :+ (-2) :: Complex Float) "")
  print (read "3.0 :+ (-4.5)" :: Complex Double, read "[1.0 :+ 2.0]" :: [Complex Float], reads "2 :+ 3 x" :: [(Complex Double, String)])
  print ((1 :+ 2) == (1 :+ (2 :: Double)), (1 :+ 2) /= (1 :+ (3 :: Double)))
  print (fmap (* 2) (1 :+ 2 :: Complex Int), (+) <$> (1 :+ 2) <*> (10 :+ 20 :: Complex Int), pure 5 :: Complex Int)
  print ((1 :+ 2) >>= \x -> x :+ (x * 10) :: Complex Int, sum (3 :+ 4 :: Complex Int), foldr (:) [] (5 :+ 6 :: Complex Int), length (() :+ ()))
  print (traverse (\x -> if x > 0 then Just x else Nothing) (1 :+ 2 :: Complex Int), maximum (3 :+ 9 :: Complex Int), (1 :+ 2 :: Complex Int) <* (0 :+ 0 :: Complex Int))
  -- Data.Fixed
  let ms = [1.5, -2.25, 3.141, 0.001] :: [Milli]
  table "Milli" [("show", show), ("neg", show . negate), ("abs", show . abs), ("sig", show . signum), ("*", show . (* 1.5)), ("/", show . (/ 3)), ("+", show . (+ 0.999)), ("recip", show . recip), ("round", show . (round :: Milli -> Integer)), ("floor", show . (floor :: Milli -> Int)), ("ceiling", show . (ceiling :: Milli -> Int)), ("truncate", show . (truncate :: Milli -> Int)), ("pf", show . (properFraction :: Milli -> (Integer, Milli))), ("toRational", show . toRational), ("realToFrac", show . (realToFrac :: Milli -> Double))] ms
  print (3.14159 :: Pico, 2.5 :: Deci, 1 / 3 :: Uni, 1 / 3 :: Centi, 1 / 7 :: Micro, 1 / 9 :: Nano, 7.25 :: Fixed E2, 100 :: Fixed E1)
  print (resolution (1 :: Milli), resolution (0 :: Pico), showFixed True (1.5 :: Milli), showFixed True (2 :: Centi), showFixed False (2 :: Centi))
  print (read "3.25" :: Centi, read "-1.5" :: Milli, read "(2.001)" :: Milli, reads "4.5 and" :: [(Deci, String)])
  print ([1, 1.25 .. 2] :: [Centi], take 3 [0.5 ..] :: [Deci], [1 .. 1.03] :: [Centi], succ (1.5 :: Milli), pred (1.5 :: Milli), fromEnum (1.5 :: Milli), toEnum 1500 :: Milli)
  print ((7.5 :: Double) `div'` 2 :: Integer, (7.5 :: Double) `mod'` 2, (-7.5 :: Double) `divMod'` 2 :: (Integer, Double), (10 :: Milli) `mod'` 3, (2.5 :: Rational) `mod'` (2 % 3))
  print (compare (1.5 :: Milli) 1.25, max (1.5 :: Centi) 2, (1.5 :: Milli) == 1.5, showsPrec 7 (-1.5 :: Milli) "", [-0.5 :: Milli])
  where
    a % b = toRational (a :: Integer) / toRational (b :: Integer)
