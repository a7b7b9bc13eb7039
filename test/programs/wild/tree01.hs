import Data.Tree
import Data.Graph
import qualified Data.Sequence as Seq
import Data.Sequence (Seq(..), (|>), (<|), (><), ViewL(..), viewl)
import qualified Data.IntSet as IS
import qualified Data.Map as M
import Data.Foldable (toList)

bfs :: M.Map Int [Int] -> Int -> [Int]
bfs g s = go (Seq.singleton s) (IS.singleton s)
  where
    go Empty _ = []
    go (x :<| q) seen =
      let ns = [n | n <- M.findWithDefault [] x g, not (IS.member n seen)]
      in x : go (foldl (|>) q ns) (foldr IS.insert seen ns)

main :: IO ()
main = do
  let t = Node "root" [Node "a" [Node "a1" [], Node "a2" []], Node "b" []]
  putStr (drawTree t)
  print (flatten t, levels t, length t)
  putStr (drawForest [fmap show (Node 1 [Node 2 []]) :: Tree String])
  let (g, nodeFromVertex, vertexFromKey) = graphFromEdges [("a", 1, [2, 3]), ("b", 2, [4]), ("c", 3, [4]), ("d", 4, []), ("e", 5, [1])]
  print (map ((\(n, _, _) -> n) . nodeFromVertex) (topSort g))
  print (map flattenSCC (stronglyConnComp [("x", 1, [2]), ("y", 2, [1]), ("z", 3, [3 :: Int]), ("w", 4, [])]))
  print (reachable g 0, path g 0 3, vertexFromKey 4)
  let gr = buildG (0, 4) [(0, 1), (1, 2), (2, 0), (3, 4)]
  print (map flatten (components gr), map flatten (scc gr), edges gr)
  let adj = M.fromList [(1, [2, 3]), (2, [4]), (3, [4, 5]), (4, [6]), (5, [6]), (6, [])]
  print (bfs adj 1)
  let s = Seq.fromList [1 .. 10 :: Int]
  print (Seq.length s, Seq.index s 3, Seq.update 0 99 s, Seq.reverse (Seq.take 3 s))
  print (toList (Seq.sort (Seq.fromList [3, 1, 2 :: Int])), ((0 <| s) |> 11) >< Seq.fromList [12])
  case viewl s of
    x :< rest -> print (x, Seq.length rest)
    EmptyL -> return ()
  print (Seq.splitAt 4 s, Seq.findIndexL (> 5) s, Seq.adjust (* 100) 2 (Seq.fromList [1, 2, 3 :: Int]))
  print (IS.toList (IS.union (IS.fromList [1, 5, 9]) (IS.fromList [2, 5])), IS.size (IS.fromList [1 .. 100]))
  print (foldTree (\x xs -> length x + sum xs) t, unfoldTree (\n -> (n, [n * 2 | n < 4] ++ [n * 2 + 1 | n < 3])) (1 :: Int))
