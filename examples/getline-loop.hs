-- Read numbers line by line until "end", printing a running total.
loop :: Int -> IO ()
loop total = do
  line <- getLine
  if line == "end"
    then putStrLn ("total: " ++ show total)
    else do
      let n = read line :: Int
          total' = total + n
      putStrLn (line ++ " -> " ++ show total')
      loop total'

main :: IO ()
main = do
  putStrLn "summing"
  loop 0
