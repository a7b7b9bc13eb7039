-- Towers of Hanoi: list the moves, count them.
data Peg = A | B | C deriving (Show, Eq)

hanoi :: Int -> Peg -> Peg -> Peg -> [(Peg, Peg)]
hanoi 0 _ _ _ = []
hanoi n from to via =
  hanoi (n - 1) from via to ++ [(from, to)] ++ hanoi (n - 1) via to from

showMove :: (Peg, Peg) -> String
showMove (a, b) = "move " ++ show a ++ " -> " ++ show b

main :: IO ()
main = do
  mapM_ (putStrLn . showMove) (hanoi 3 A C B)
  print (length (hanoi 10 A C B))
  print (take 3 (hanoi 12 A C B))
