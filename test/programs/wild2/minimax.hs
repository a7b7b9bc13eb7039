-- Tic-tac-toe solved by minimax with alpha-beta pruning; the board as a
-- list, the game tree searched lazily, and a played-out game printed.
module Main (main) where

import Data.List (maximumBy, minimumBy, intercalate)
import Data.Ord (comparing)
import Data.Maybe (isNothing, isJust)

data Player = X | O deriving (Eq, Show)
type Board = [Maybe Player]

wins :: [[Int]]
wins = [[0,1,2],[3,4,5],[6,7,8],[0,3,6],[1,4,7],[2,5,8],[0,4,8],[2,4,6]]

winner :: Board -> Maybe Player
winner b = case [p | l <- wins, let cs = map (b !!) l, Just p <- [head cs], all (== Just p) cs] of
  (p : _) -> Just p
  [] -> Nothing

moves :: Board -> [Int]
moves b = [i | (i, Nothing) <- zip [0 ..] b]

play :: Player -> Int -> Board -> Board
play p i b = take i b ++ [Just p] ++ drop (i + 1) b

other :: Player -> Player
other X = O
other O = X

score :: Player -> Board -> Int -> Int -> Int
score p b alpha beta
  | Just w <- winner b = if w == X then 10 - depth else depth - 10
  | null (moves b) = 0
  | p == X = goMax (moves b) alpha
  | otherwise = goMin (moves b) beta
  where
    depth = length (filter isJust b)
    goMax [] a = a
    goMax (m : ms) a = let v = score O (play X m b) a beta; a' = max a v in if a' >= beta then a' else goMax ms a'
    goMin [] bt = bt
    goMin (m : ms) bt = let v = score X (play O m b) alpha bt; bt' = min bt v in if alpha >= bt' then bt' else goMin ms bt'

best :: Player -> Board -> Int
best p b = pick (comparing snd) [(m, score (other p) (play p m b) (-100) 100) | m <- moves b]
  where pick = if p == X then fst .: maximumBy else fst .: minimumBy
        (.:) f g x y = f (g x y)

render :: Board -> String
render b = intercalate "\n-+-+-\n" [intercalate "|" [maybe " " show (b !! (r * 3 + c)) | c <- [0 .. 2]] | r <- [0 .. 2]]

game :: Player -> Board -> [Board]
game p b
  | isJust (winner b) || null (moves b) = [b]
  | otherwise = b : game (other p) (play p (best p b) b)

main :: IO ()
main = do
  let start = play O 4 (play X 0 (replicate 9 Nothing))
      g = game X start
  mapM_ (\b -> putStrLn (render b) >> putStrLn "") (drop (length g - 2) g)
  print (winner (last g), length g, length (filter isNothing (last g)))
  print (score X (play X 2 (play O 1 (play X 0 (replicate 9 Nothing)))) (-100) 100)
