module Main (main) where
import A
import B
main :: IO ()
main = do
  print (evenA 10, oddB 7)
  putStrLn (helperA 3 ++ helperB 4)
