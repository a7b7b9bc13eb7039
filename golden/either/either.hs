module Main where

parseDigit :: Char -> Either String Int
parseDigit c
  | c >= '0' && c <= '9' = Right (fromEnum c - fromEnum '0')
  | otherwise = Left ("not a digit: " ++ [c])

main :: IO ()
main = do
  print (map parseDigit "4x2")
  print (either length (* 10) (parseDigit '7'))
  print (sequence (map parseDigit "123"))
