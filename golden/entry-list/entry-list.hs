-- Converted with --entry squares: force evaluates the whole list, so ministg
-- prints it completely.
module Main where

squares :: [Maybe Int]
squares = [Just (n * n) | n <- [1 .. 3]] ++ [Nothing]

main :: IO ()
main = print squares
