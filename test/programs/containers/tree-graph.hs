import Data.Tree
import Data.Graph
import Data.Array

tree :: Tree Int
tree = unfoldTree (\n -> (n, [m | m <- [2 * n, 2 * n + 1], m <= 12])) 1

main :: IO ()
main = do
  print tree
  putStr (drawTree (fmap show tree))
  putStr (drawForest [Node "a" [Node "b\nc" []], Node "d" [Node "e" [], Node "f" [Node "g" []]]])
  print (flatten tree, levels tree, foldTree (\x xs -> x + sum xs) tree, rootLabel tree, map rootLabel (subForest tree))
  print (sum tree, product (Node 2 [Node 3 []]), length tree, maximum tree, elem 7 tree, foldr (:) [] tree)
  print (fmap (* 10) (Node 1 [Node 2 []]), traverse (\x -> Just (x + 1)) (Node 1 [Node 2 []]))
  print (pure 'x' :: Tree Char, Node (+ 1) [Node (* 2) []] <*> Node 10 [Node 20 []])
  print (Node 1 [Node 2 []] >>= \x -> Node x [Node (x * 100) []])
  print (unfoldForest (\n -> (n, [n - 1 | n > 1])) [2, 3])
  r <- unfoldTreeM (\n -> do putStrLn ("visit " ++ show n); return (n, [m | m <- [2 * n, 2 * n + 1], m <= 7])) (1 :: Int)
  print r
  r2 <- unfoldTreeM_BF (\n -> do putStrLn ("bf " ++ show n); return (n, [m | m <- [2 * n, 2 * n + 1], m <= 7])) (1 :: Int)
  print (r2 == r, r2 == Node 0 [])
  -- graphs
  let g = buildG (0, 5) [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 4), (4, 1)]
  print g
  print (vertices g, edges g)
  print (transposeG g, outdegree g, indegree g)
  print (dfs g [0], dff g)
  print (topSort (buildG (0, 4) [(0, 1), (1, 2), (0, 3), (3, 2), (2, 4)]), reverseTopSort (buildG (0, 3) [(0, 1), (1, 2), (2, 3)]))
  print (components g, scc g, reachable g 2, path g 0 4, path g 4 0)
  print (bcc (buildG (0, 5) [(0, 1), (1, 0), (1, 2), (2, 1), (2, 0), (0, 2), (2, 3), (3, 2), (3, 4), (4, 3), (4, 5), (5, 4), (5, 3), (3, 5)]))
  let (g2, nodeFromVertex, vertexFromKey) = graphFromEdges [("A", 'a', "bc"), ("B", 'b', "d"), ("C", 'c', "d"), ("D", 'd', ""), ("E", 'e', "ax")]
  print (g2, map nodeFromVertex (topSort g2), vertexFromKey 'c', vertexFromKey 'z')
  print (fst (graphFromEdges' [("x", 2 :: Int, [1]), ("y", 1, [2])]))
  let sccs = stronglyConnComp [("a", 1 :: Int, [2]), ("b", 2, [3]), ("c", 3, [1]), ("d", 4, [4]), ("e", 5, [1]), ("f", 6, [])]
  print sccs
  print (flattenSCCs sccs, map flattenSCC sccs, fmap length (CyclicSCC ["ab", "c"]))
  print (stronglyConnCompR [((), 'x', "y"), ((), 'y', "")])
  print (AcyclicSCC 1 == AcyclicSCC (1 :: Int), sum (CyclicSCC [1, 2, 3 :: Int]))
