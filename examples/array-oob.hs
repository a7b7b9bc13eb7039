-- Indexing outside an array's bounds is an error: GHC's message names the
-- index type, the index and the bounds, and the program exits with code 1.
import Data.Array

squares :: Array Int Int
squares = listArray (0, 9) [ i * i | i <- [0 .. 9] ]

main :: IO ()
main = do
  print (squares ! 3)
  print (sum [ squares ! i | i <- [0 .. 9] ])
  putStrLn "now reading index 10"
  print (squares ! 10)
  putStrLn "not reached"
