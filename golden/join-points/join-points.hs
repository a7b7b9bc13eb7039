-- -O1 makes let-no-escape join points out of shared continuations.
module Main where

classify :: Int -> String
classify n =
  let suffix = if n > 100 then " (big)" else ""
  in case compare n 0 of
       LT -> "negative" ++ suffix
       EQ -> "zero"
       GT -> "positive" ++ suffix

main :: IO ()
main = mapM_ (putStrLn . classify) [-5, 0, 7, 1000]
