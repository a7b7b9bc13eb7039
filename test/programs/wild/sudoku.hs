import Data.List (minimumBy, (\\), foldl', transpose, nub)
import Data.Ord (comparing)
import Data.Char (digitToInt, intToDigit)
import qualified Data.Map as M

type Board = M.Map (Int, Int) Int

parse :: String -> Board
parse s = M.fromList [((r, c), if ch == '.' then 0 else digitToInt ch) | (r, row) <- zip [0 ..] (lines s), (c, ch) <- zip [0 ..] row]

candidates :: Board -> (Int, Int) -> [Int]
candidates b (r, c) = [1 .. 9] \\ used
  where
    used = [b M.! (r, k) | k <- [0 .. 8]] ++ [b M.! (k, c) | k <- [0 .. 8]]
        ++ [b M.! (br + i, bc + j) | i <- [0 .. 2], j <- [0 .. 2]]
    br = 3 * (r `div` 3); bc = 3 * (c `div` 3)

solve :: Board -> [Board]
solve b = case [p | (p, 0) <- M.toList b] of
  [] -> [b]
  empties ->
    let p = minimumBy (comparing (length . candidates b)) empties
    in concat [solve (M.insert p v b) | v <- candidates b p]

render :: Board -> String
render b = unlines [[intToDigit (b M.! (r, c)) | c <- [0 .. 8]] | r <- [0 .. 8]]

main :: IO ()
main = do
  s <- getContents
  case solve (parse s) of
    (x : _) -> putStr (render x)
    [] -> putStrLn "no solution"
