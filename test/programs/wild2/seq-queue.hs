-- Breadth-first search and a round-robin scheduler with Data.Sequence queues.
module Main (main) where

import qualified Data.Sequence as Seq
import Data.Sequence (Seq, ViewL(..), (|>), (<|), (><))
import qualified Data.Set as Set
import Data.Foldable (toList)

-- knight moves on an 8x8 board: BFS distance
knight :: (Int, Int) -> (Int, Int) -> Int
knight from to = go (Seq.singleton (from, 0)) (Set.singleton from)
  where
    go q seen = case Seq.viewl q of
      EmptyL -> -1
      ((p@(x, y), d) :< rest)
        | p == to -> d
        | otherwise ->
            let next = [(x + dx, y + dy) | (dx, dy) <- [(1,2),(2,1),(-1,2),(-2,1),(1,-2),(2,-1),(-1,-2),(-2,-1)]
                       , x + dx >= 0, x + dx < 8, y + dy >= 0, y + dy < 8
                       , not (Set.member (x + dx, y + dy) seen)]
            in go (foldl (|>) rest [(n, d + 1) | n <- next]) (foldr Set.insert seen next)

-- round robin: each job needs some time slices of size q
roundRobin :: Int -> [(String, Int)] -> [(String, Int)]
roundRobin q jobs = go 0 (Seq.fromList jobs)
  where
    go t s = case Seq.viewl s of
      EmptyL -> []
      ((n, left) :< rest)
        | left <= q -> (n, t + left) : go (t + left) rest
        | otherwise -> go (t + q) (rest |> (n, left - q))

main :: IO ()
main = do
  print [knight (0, 0) t | t <- [(0, 0), (1, 2), (7, 7), (3, 3), (0, 1)]]
  print (roundRobin 3 [("a", 5), ("b", 2), ("c", 9), ("d", 3)])
  let s = Seq.fromList [1 .. 10 :: Int]
  print (Seq.length s, Seq.index s 4, toList (Seq.reverse (Seq.take 3 s)))
  print (toList (Seq.update 2 99 s), toList (Seq.adjust (* 100) 0 (Seq.drop 8 s)))
  print (0 <| Seq.fromList [1, 2] >< Seq.fromList [3, 4 :: Int])
  print (Seq.sort (Seq.fromList "sequence"), Seq.findIndexL (> 5) s, Seq.lookup 20 s)
  print (fmap (* 2) (Seq.fromList [1, 2, 3 :: Int]), sum s, maximum s)
  let (l, r) = Seq.splitAt 4 s in print (toList l, toList r)
  print (Seq.viewr (Seq.fromList "xyz"), Seq.empty :: Seq Int)
