-- Roman numerals both ways.
toRoman :: Int -> String
toRoman 0 = ""
toRoman n = sym ++ toRoman (n - val)
  where
    (val, sym) = head (filter ((<= n) . fst) table)

table :: [(Int, String)]
table =
  [ (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")
  ]

fromRoman :: String -> Int
fromRoman s = go (map value s)
  where
    value c = maybe 0 id (lookup [c] (map (\(v, k) -> (k, v)) table))
    go (a : b : rest)
      | a < b = b - a + go rest
      | otherwise = a + go (b : rest)
    go [a] = a
    go [] = 0

main :: IO ()
main = do
  mapM_ (\n -> putStrLn (show n ++ " = " ++ toRoman n)) [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]
  print (map fromRoman ["III", "LVIII", "MCMXCIV", "MMXXIV"])
  print (all (\n -> fromRoman (toRoman n) == n) [1 .. 500])
