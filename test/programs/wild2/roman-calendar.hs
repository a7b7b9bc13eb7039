-- Roman numerals both ways, day-of-week by Zeller, leap years, and a
-- calendar month printed with padding.
module Main (main) where

import Data.List (intercalate, unfoldr)
import qualified Data.Map as M

toRoman :: Int -> String
toRoman 0 = ""
toRoman n = let (v, s) = head [(v', s') | (v', s') <- table, v' <= n] in s ++ toRoman (n - v)
  where table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

fromRoman :: String -> Maybe Int
fromRoman s = do
  vs <- mapM (`M.lookup` vals) s
  return (go vs)
  where vals = M.fromList (zip "IVXLCDM" [1, 5, 10, 50, 100, 500, 1000])
        go (a : b : r) | a < b = b - a + go r
                       | otherwise = a + go (b : r)
        go [a] = a
        go [] = 0

leap :: Int -> Bool
leap y = (y `mod` 4 == 0 && y `mod` 100 /= 0) || y `mod` 400 == 0

daysIn :: Int -> Int -> Int
daysIn y m | m == 2 = if leap y then 29 else 28
           | m `elem` [4, 6, 9, 11] = 30
           | otherwise = 31

-- 0 = Sunday
dow :: Int -> Int -> Int -> Int
dow y m d = let (y', m') = if m < 3 then (y - 1, m + 12) else (y, m)
                k = y' `mod` 100; j = y' `div` 100
                h = (d + (13 * (m' + 1)) `div` 5 + k + k `div` 4 + j `div` 4 + 5 * j) `mod` 7
            in (h + 6) `mod` 7

calendar :: Int -> Int -> [String]
calendar y m = header : "Su Mo Tu We Th Fr Sa" : map (intercalate " ") (chunk 7 cells)
  where
    names = words "January February March April May June July August September October November December"
    title = names !! (m - 1) ++ " " ++ show y
    header = replicate ((20 - length title) `div` 2) ' ' ++ title
    cells = replicate (dow y m 1) "  " ++ [pad (show d) | d <- [1 .. daysIn y m]]
    pad s = replicate (2 - length s) ' ' ++ s
    chunk k = unfoldr (\xs -> if null xs then Nothing else Just (splitAt k xs))

main :: IO ()
main = do
  print (map toRoman [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999])
  print (map fromRoman ["MCMXCIV", "XLII", "MMXXIV", "ABC", ""])
  print (all (\n -> fromRoman (toRoman n) == Just n) [1 .. 2000])
  print [y | y <- [1896 .. 1912], leap y]
  print (map (\(y, m, d) -> words "Sun Mon Tue Wed Thu Fri Sat" !! dow y m d) [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29)])
  mapM_ putStrLn (calendar 2024 2)
  mapM_ putStrLn (calendar 1999 12)
