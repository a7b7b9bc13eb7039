-- Matrices as lists of lists: multiply, transpose, power (Fibonacci by matrices).
import Data.List (transpose)

type Matrix = [[Integer]]

mmul :: Matrix -> Matrix -> Matrix
mmul a b = [[sum (zipWith (*) row col) | col <- transpose b] | row <- a]

identity :: Int -> Matrix
identity n = [[if i == j then 1 else 0 | j <- [1 .. n]] | i <- [1 .. n]]

mpow :: Matrix -> Int -> Matrix
mpow m 0 = identity (length m)
mpow m k
  | even k = let h = mpow m (k `div` 2) in mmul h h
  | otherwise = mmul m (mpow m (k - 1))

showMatrix :: Matrix -> String
showMatrix = unlines . map (unwords . map show)

main :: IO ()
main = do
  let a = [[1, 2], [3, 4]]
      b = [[0, 1], [1, 0]]
  putStr (showMatrix (mmul a b))
  putStr (showMatrix (transpose [[1, 2, 3], [4, 5, 6]]))
  print (mpow [[1, 1], [1, 0]] 100)
  print (mpow a 5)
  print (mmul (identity 3) [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
