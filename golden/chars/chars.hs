module Main where

import Data.Char (chr, isDigit, isUpper, ord)

rot13 :: Char -> Char
rot13 c
  | c >= 'a' && c <= 'z' = rot 'a'
  | c >= 'A' && c <= 'Z' = rot 'A'
  | otherwise = c
  where
    rot base = chr (ord base + (ord c - ord base + 13) `mod` 26)

main :: IO ()
main = do
  putStrLn (map rot13 "Hello, World!")
  print (filter isDigit "a1b2c3", filter isUpper "aBcD")
  print (ord 'A', chr 97, '\n', "tab\there")
