module Main where

isEven :: Int -> Bool
isEven 0 = True
isEven n = isOdd (n - 1)

isOdd :: Int -> Bool
isOdd 0 = False
isOdd n = isEven (n - 1)

answer :: ([Bool], Bool)
answer = (map isEven [0 .. 6], isOdd 11)

main :: IO ()
main = print answer
