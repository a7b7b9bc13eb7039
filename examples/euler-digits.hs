-- Digit puzzles: sum of digits of 2^1000, digit factorial sums, Armstrong numbers.
import Data.Char (digitToInt)

digits :: Integer -> [Int]
digits = map digitToInt . show

armstrong :: Int -> Bool
armstrong n = n == sum (map (^ length ds) ds)
  where
    ds = map digitToInt (show n)

main :: IO ()
main = do
  print (sum (digits (2 ^ (1000 :: Int))))
  print (sum (digits (product [1 .. 100])))
  print (filter armstrong [1 .. 1000])
  print (length (show (3 ^ (500 :: Int) :: Integer)))
  print (head [n | n <- [1 ..], length (show (fibs !! n)) >= 100])
  where
    fibs = 0 : 1 : zipWith (+) fibs (tail fibs) :: [Integer]
