import Data.List (transpose, foldl')
import Data.Ratio
newtype Matrix a = Matrix [[a]] deriving Eq
instance Show a => Show (Matrix a) where
  show (Matrix rows) = unlines (map (unwords . map show) rows)
instance Num a => Num (Matrix a) where
  Matrix a + Matrix b = Matrix (zipWith (zipWith (+)) a b)
  Matrix a * Matrix b = Matrix [[sum (zipWith (*) r c) | c <- transpose b] | r <- a]
  negate (Matrix a) = Matrix (map (map negate) a)
  abs = undefined
  signum = undefined
  fromInteger n = Matrix [[fromInteger n]]

identity :: Num a => Int -> Matrix a
identity n = Matrix [[if i == j then 1 else 0 | j <- [1 .. n]] | i <- [1 .. n]]

mpow :: Num a => Matrix a -> Int -> Matrix a
mpow m 0 = identity (let Matrix r = m in length r)
mpow m n | even n = let h = mpow m (n `div` 2) in h * h
         | otherwise = m * mpow m (n - 1)

det :: [[Rational]] -> Rational
det [] = 1
det m = case [r | r <- m, head r /= 0] of
  [] -> 0
  (p : _) ->
    let rest = [r | r <- m, r /= p]
        sign = if odd (length (takeWhile (/= p) m)) then -1 else 1
        elim r = zipWith (-) (tail r) (map (* (head r / head p)) (tail p))
    in sign * head p * det (map elim rest)

gauss :: [[Double]] -> [Double]
gauss m = reverse (foldl' back [] (reverse (elim m)))
  where
    elim [] = []
    elim rows = let (p : rs) = pivot rows in p : elim (map (sub p) rs)
    pivot rows = let best = maximum (map (abs . head) rows); (a, b : c) = break ((== best) . abs . head) rows in b : a ++ c
    sub p r = tail (zipWith (-) r (map (* (head r / head p)) p))
    back xs row = let (coefs, rhs) = (init row, last row); v = (rhs - sum (zipWith (*) (tail coefs) xs)) / head coefs in v : xs

main :: IO ()
main = do
  let fib = Matrix [[1, 1], [1, 0]] :: Matrix Integer
  putStr (show (mpow fib 50))
  print (mpow fib 90 == mpow fib 45 * mpow fib 45)
  print (det [[2, 0, 1], [1, 3, 2], [1, 1, 1]], det [[1 % 2, 1 % 3], [1 % 4, 1 % 5]])
  print (map (\x -> fromIntegral (round (x * 1000)) / 1000) (gauss [[2, 1, -1, 8], [-3, -1, 2, -11], [-2, 1, 2, -3]]) :: [Double])
  putStr (show (Matrix [[1.5, 2], [3, 4.25 :: Double]] * identity 2 + 1))
