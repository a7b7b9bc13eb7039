-- An incomplete pattern match fails at run time with exit code 1.
data Shape = Circle Int | Square Int | Triangle Int Int Int

sides :: Shape -> Int
sides (Square _) = 4
sides (Triangle _ _ _) = 3

main :: IO ()
main = do
  print (sides (Square 2))
  print (sides (Triangle 3 4 5))
  print (sides (Circle 1))
