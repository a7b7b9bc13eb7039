import qualified Data.Set as S
import Data.List (intercalate)

type Cell = (Int, Int)

step :: S.Set Cell -> S.Set Cell
step live = S.fromList [c | c <- candidates, rule c]
  where
    candidates = S.toList (S.union live (S.fromList (concatMap neighbors (S.toList live))))
    neighbors (x, y) = [(x + dx, y + dy) | dx <- [-1, 0, 1], dy <- [-1, 0, 1], (dx, dy) /= (0, 0)]
    count c = length (filter (`S.member` live) (neighbors c))
    rule c = let n = count c in n == 3 || (n == 2 && c `S.member` live)

render :: S.Set Cell -> String
render s
  | S.null s = "(empty)"
  | otherwise = intercalate "\n" [[if (x, y) `S.member` s then '#' else '.' | x <- [x0 .. x1]] | y <- [y0 .. y1]]
  where xs = S.map fst s; ys = S.map snd s
        (x0, x1, y0, y1) = (S.findMin xs, S.findMax xs, S.findMin ys, S.findMax ys)

main :: IO ()
main = do
  let glider = S.fromList [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]
      gens = iterate step glider
  mapM_ (\(i, g) -> putStrLn ("gen " ++ show i ++ ":\n" ++ render g)) (take 5 (zip [0 :: Int ..] gens))
  print (S.toList (gens !! 40))
  let rpent = S.fromList [(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)]
  print (map S.size (take 10 (drop 50 (iterate step rpent))))
