-- error exits with code 1 after output so far has been flushed.
safeDiv :: Int -> Int -> Int
safeDiv _ 0 = error "division by zero requested"
safeDiv a b = a `div` b

main :: IO ()
main = do
  putStrLn "before"
  print (safeDiv 10 2)
  print (safeDiv 1 0)
  putStrLn "not reached"
