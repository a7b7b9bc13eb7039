-- Exact linear algebra over Rational: Gaussian elimination, determinant,
-- inverse and solving; continued fractions and Egyptian fractions.
module Main (main) where

import Data.Ratio
import Data.List (intercalate)

type Matrix = [[Rational]]

showR :: Rational -> String
showR r | denominator r == 1 = show (numerator r)
        | otherwise = show (numerator r) ++ "/" ++ show (denominator r)

showM :: Matrix -> String
showM = intercalate "\n" . map (unwords . map showR)

det :: Matrix -> Rational
det [] = 1
det m = case [(i, r) | (i, r) <- zip [0 :: Int ..] m, head r /= 0] of
  [] -> 0
  ((i, p) : _) ->
    let others = [r | (j, r) <- zip [0 ..] m, j /= i]
        reduce r = zipWith (\a b -> a - b * head r / head p) (tail r) (tail p)
        sign = if even i then 1 else -1
    in sign * head p * det (map reduce others)

inverse :: Matrix -> Maybe Matrix
inverse m = fmap (map (drop n)) (gaussJordan (zipWith (++) m ident))
  where n = length m
        ident = [[if i == j then 1 else 0 | j <- [1 .. n]] | i <- [1 .. n]]

gaussJordan :: Matrix -> Maybe Matrix
gaussJordan m0 = go 0 m0
  where
    n = length m0
    go c m | c == n = Just m
           | otherwise = case [r | r <- drop c m, r !! c /= 0] of
               [] -> Nothing
               (p : _) ->
                 let rest = filter (/= p) (drop c m)
                     pn = map (/ (p !! c)) p
                     elim r = zipWith (\a b -> a - (r !! c) * b) r pn
                     m' = map elim (take c m) ++ [pn] ++ map elim rest
                 in go (c + 1) m'

contFrac :: Rational -> [Integer]
contFrac r = let (q, f) = (floor r, r - fromIntegral (floor r :: Integer)) in q : if f == 0 then [] else contFrac (1 / f)

egyptian :: Rational -> [Integer]
egyptian r | r == 0 = []
           | otherwise = let d = ceiling (1 / r) in d : egyptian (r - 1 % d)

main :: IO ()
main = do
  let m = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]] :: Matrix
  putStrLn (showR (det m))
  maybe (putStrLn "singular") (putStrLn . showM) (inverse m)
  print (inverse [[1, 2], [2, 4]])
  let hilbert n = [[1 % (i + j - 1) | j <- [1 .. n]] | i <- [1 .. n]] :: Matrix
  putStrLn (showR (det (hilbert 5)))
  print (contFrac (415 % 93), contFrac (toRational (sqrt 2 :: Double)) !! 5)
  print (egyptian (4 % 13), sum (map (1 %) (egyptian (4 % 13))))
  print (map (\x -> (x, x * x)) [1 % 2, -3 % 4 :: Rational])
  print (approxRational (pi :: Double) 0.001, truncate (22 % 7 :: Rational) :: Int, recip (3 % (-9) :: Rational))
