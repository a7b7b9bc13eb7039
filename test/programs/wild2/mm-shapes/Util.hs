module Util where
import Data.IORef
pad :: Int -> String -> String
pad n s = s ++ replicate (n - length s) '.'
counter :: Int -> Int
counter n = length [() | _ <- [1..n]]
