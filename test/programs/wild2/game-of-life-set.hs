-- Conway's life on an unbounded board as a Data.Set of live cells; a glider
-- and a blinker, with bounding-box rendering.
module Main (main) where

import qualified Data.Set as S
import qualified Data.Map.Strict as M

type Cell = (Int, Int)

step :: S.Set Cell -> S.Set Cell
step live = S.fromList [c | (c, n) <- M.toList counts, n == 3 || (n == 2 && c `S.member` live)]
  where counts = M.fromListWith (+) [((x + dx, y + dy), 1 :: Int) | (x, y) <- S.toList live, dx <- [-1, 0, 1], dy <- [-1, 0, 1], (dx, dy) /= (0, 0)]

render :: S.Set Cell -> [String]
render s
  | S.null s = ["(empty)"]
  | otherwise = [[if (x, y) `S.member` s then '#' else '.' | x <- [x0 .. x1]] | y <- [y0 .. y1]]
  where xs = S.map fst s; ys = S.map snd s
        (x0, x1, y0, y1) = (S.findMin xs, S.findMax xs, S.findMin ys, S.findMax ys)

main :: IO ()
main = do
  let glider = S.fromList [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]
      gens = iterate step glider
  mapM_ (\(i, g) -> putStrLn ("gen " ++ show i) >> mapM_ putStrLn (render g)) (zip [0 :: Int ..] (take 5 gens))
  print (S.toList (gens !! 16))
  let rpent = S.fromList [(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)]
  print (map S.size (take 5 (drop 20 (iterate step rpent))))
