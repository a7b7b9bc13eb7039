-- where, let, guards, case, if, and local functions.
classify :: Int -> String
classify n
  | n < 0 = "negative"
  | n == 0 = "zero"
  | n < small = "small"
  | n < big = "medium"
  | otherwise = "large"
  where
    small = 10
    big = small * small

bmi :: Int -> Int -> String
bmi weight height
  | idx <= 18 = "under"
  | idx <= 25 = "normal"
  | otherwise = "over"
  where
    idx = weight * 10000 `div` (height * height)

roots :: Int -> Int -> Int -> String
roots a b c =
  let d = b * b - 4 * a * c
   in case compare d 0 of
        LT -> "no real roots"
        EQ -> "one root"
        GT -> "two roots"

grade :: Int -> Char
grade score = if score >= 90 then 'A' else if score >= 80 then 'B' else if score >= 70 then 'C' else 'F'

main :: IO ()
main = do
  print (map classify [-5, 0, 3, 42, 1000])
  print (map (bmi 70) [150, 175, 200])
  print [roots 1 2 1, roots 1 0 1, roots 1 5 6]
  putStrLn (map grade [95, 85, 75, 10])
  let sq x = x * x
      total = sum (map sq [1 .. 10 :: Int])
  print total
