-- Tic-tac-toe: winner detection and minimax from a mid-game position.
import Data.List (maximumBy, minimumBy)
import Data.Ord (comparing)

data Cell = X | O | E deriving (Eq, Show)

type Board = [Cell]

wins :: [[Int]]
wins = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]]

winner :: Board -> Maybe Cell
winner b = case [c | [i, j, k] <- wins, let c = b !! i, c /= E, c == b !! j, c == b !! k] of
  (c : _) -> Just c
  [] -> Nothing

moves :: Board -> [Int]
moves b = [i | (i, c) <- zip [0 ..] b, c == E]

play :: Board -> Int -> Cell -> Board
play b i c = take i b ++ [c] ++ drop (i + 1) b

other :: Cell -> Cell
other X = O
other O = X
other E = E

score :: Cell -> Board -> Int
score p b = case winner b of
  Just w -> if w == X then 1 else -1
  Nothing
    | null (moves b) -> 0
    | p == X -> maximum [score O (play b m X) | m <- moves b]
    | otherwise -> minimum [score X (play b m O) | m <- moves b]

bestMove :: Cell -> Board -> Int
bestMove p b = pick (comparing snd) [(m, score (other p) (play b m p)) | m <- moves b]
  where
    pick = if p == X then fst .: maximumBy else fst .: minimumBy
    (.:) f g x y = f (g x y)

render :: Board -> String
render b = unlines [concatMap cell (take 3 (drop (3 * r) b)) | r <- [0 .. 2]]
  where
    cell E = "."
    cell c = show c

main :: IO ()
main = do
  let b0 = [X, O, X, E, O, E, E, E, E]
  putStr (render b0)
  print (winner b0, moves b0)
  print (score X b0)
  let m = bestMove X b0
  print m
  putStr (render (play b0 m X))
  print (winner [X, X, X, O, O, E, E, E, E], winner [O, X, E, X, O, E, E, X, O])
