-- Dijkstra's shortest paths with Data.Set as the priority queue,
-- over a graph read from stdin ("a b weight" lines).
module Main (main) where

import qualified Data.Map.Strict as M
import qualified Data.Set as S
import Data.Maybe (fromMaybe)

type Graph = M.Map String [(String, Int)]

parse :: String -> Graph
parse = foldr add M.empty . map words . lines
  where add [a, b, w] g = M.insertWith (++) b [(a, read w)] (M.insertWith (++) a [(b, read w)] g)
        add _ g = g

dijkstra :: Graph -> String -> (M.Map String Int, M.Map String String)
dijkstra g src = go (S.singleton (0, src)) (M.singleton src 0) M.empty
  where
    go q dist prev = case S.minView q of
      Nothing -> (dist, prev)
      Just ((d, u), q')
        | d > fromMaybe maxBound (M.lookup u dist) -> go q' dist prev
        | otherwise ->
            let edges = fromMaybe [] (M.lookup u g)
                (q'', dist', prev') = foldl relax (q', dist, prev) edges
                relax (qa, da, pa) (v, w) =
                  let nd = d + w
                  in if nd < fromMaybe maxBound (M.lookup v da)
                       then (S.insert (nd, v) qa, M.insert v nd da, M.insert v u pa)
                       else (qa, da, pa)
            in go q'' dist' prev'

path :: M.Map String String -> String -> [String]
path prev t = reverse (go t)
  where go v = v : maybe [] go (M.lookup v prev)

main :: IO ()
main = do
  g <- parse <$> getContents
  let (dist, prev) = dijkstra g "A"
  mapM_ (\(k, v) -> putStrLn (k ++ " " ++ show v ++ " via " ++ unwords (path prev k))) (M.toList dist)
  print (M.size g, M.lookup "Z" dist)
