-- A sudoku solver over Data.Array with constraint propagation-lite
-- (most constrained cell first) and backtracking.
module Main (main) where

import Data.Array
import Data.Char (digitToInt, intToDigit)
import Data.List (minimumBy, (\\))
import Data.Ord (comparing)

type Board = Array (Int, Int) Int

readBoard :: String -> Board
readBoard s = listArray ((0, 0), (8, 8)) [if c == '.' then 0 else digitToInt c | c <- s, c /= '\n']

candidates :: Board -> (Int, Int) -> [Int]
candidates b (r, c) = [1 .. 9] \\ (row ++ col ++ box)
  where row = [b ! (r, j) | j <- [0 .. 8]]
        col = [b ! (i, c) | i <- [0 .. 8]]
        br = 3 * (r `div` 3); bc = 3 * (c `div` 3)
        box = [b ! (i, j) | i <- [br .. br + 2], j <- [bc .. bc + 2]]

solve :: Board -> [Board]
solve b = case [(p, candidates b p) | (p, 0) <- assocs b] of
  [] -> [b]
  empties ->
    let (p, cs) = minimumBy (comparing (length . snd)) empties
    in concat [solve (b // [(p, v)]) | v <- cs]

showBoard :: Board -> String
showBoard b = unlines [[intToDigit (b ! (r, c)) | c <- [0 .. 8]] | r <- [0 .. 8]]

main :: IO ()
main = do
  let puzzle = concat
        [ "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1"
        , "7...2...6", ".6....28.", "...419..5", "....8..79" ]
      b = readBoard puzzle
  print (bounds b, length (filter (== 0) (elems b)))
  case solve b of
    (s:_) -> putStr (showBoard s)
    [] -> putStrLn "no solution"
  print (sum [s ! (i, i) | s <- take 1 (solve b), i <- [0 .. 8]])
  print (accumArray (+) 0 (1, 9) [(v, 1 :: Int) | v <- elems b, v /= 0] :: Array Int Int)
