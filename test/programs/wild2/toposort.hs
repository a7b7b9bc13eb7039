-- Build-order planning with Data.Graph (topological sort, SCCs, reachability)
-- and Data.Tree rendering.
module Main (main) where

import Data.Graph
import Data.Tree
import Data.List (sort)

deps :: [(String, String, [String])]
deps =
  [ ("app", "app", ["lib", "utils", "config"])
  , ("lib", "lib", ["utils", "base"])
  , ("utils", "utils", ["base"])
  , ("config", "config", ["base", "yaml"])
  , ("yaml", "yaml", ["base"])
  , ("base", "base", [])
  , ("cycA", "cycA", ["cycB"])
  , ("cycB", "cycB", ["cycC"])
  , ("cycC", "cycC", ["cycA", "base"])
  ]

main :: IO ()
main = do
  let (g, fromV, toV) = graphFromEdges deps
      name v = let (n, _, _) = fromV v in n
  putStrLn ("build order: " ++ unwords (reverse (map name (topSort g))))
  mapM_ (putStrLn . showSCC) (stronglyConnComp deps)
  let Just app = toV "app"
  putStrLn ("app needs: " ++ unwords (sort (map name (reachable g app))))
  print (path g app (maybe 0 id (toV "yaml")), length (edges g), length (vertices g))
  let t = fmap name (head (dfs g [app]))
  putStr (drawTree t)
  print (flatten t == preorder t, levels t)
  let g2 = buildG (0, 4) [(0, 1), (1, 2), (2, 0), (3, 4)]
  print (map flatten (scc g2), indegree g2, outdegree g2)
  print (transposeG g2)
  where
    showSCC (AcyclicSCC v) = "ok " ++ v
    showSCC (CyclicSCC vs) = "cycle " ++ unwords vs
    preorder (Node a ts) = a : concatMap preorder ts
