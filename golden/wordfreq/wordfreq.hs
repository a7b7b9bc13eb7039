module Main where

import Data.List (sortBy, group, sort)

frequencies :: String -> [(String, Int)]
frequencies = map (\ws -> (head ws, length ws)) . group . sort . words

byCount :: (String, Int) -> (String, Int) -> Ordering
byCount (a, m) (b, n) = compare n m <> compare a b

main :: IO ()
main = do
  let text = "the cat and the dog and the bird"
  mapM_ (\(w, n) -> putStrLn (w ++ ": " ++ show n)) (sortBy byCount (frequencies text))
