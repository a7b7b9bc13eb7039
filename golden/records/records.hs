module Main where

data Person = Person { name :: String, age :: Int }

birthday :: Person -> Person
birthday p = p { age = age p + 1 }

describe :: Person -> String
describe p = name p ++ " is " ++ show (age p)

main :: IO ()
main = do
  let alice = Person { name = "Alice", age = 30 }
  putStrLn (describe alice)
  putStrLn (describe (birthday alice))
