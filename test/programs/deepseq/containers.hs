-- NFData of containers' types (the instances live in containers): Map,
-- Set, IntMap, IntSet, Seq, Tree, SCC; bottoms inside are found by force,
-- and when two are present the one rnf reaches first is reported.
import Control.DeepSeq
import Control.Exception
import Data.Graph (SCC (..), stronglyConnComp)
import qualified Data.IntMap as IM
import qualified Data.IntSet as IS
import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import qualified Data.Sequence as Seq
import qualified Data.Set as S
import Data.Tree

probe :: NFData a => String -> a -> IO ()
probe l x = do
  r <- try (evaluate (rnf x))
  putStrLn (l ++ ": " ++ either (\(ErrorCall m) -> m) show r)

main :: IO ()
main = do
  let m = M.fromList [(k, show k) | k <- [1 .. 20 :: Int]]
  probe "map" m
  probe "map/value" (M.insert 7 (error "value 7") m)
  probe "map/two" (M.insert 3 (error "three") (M.insert 15 (error "fifteen") m))
  probe "map/strict-ok" (MS.insert 4 "x" m)
  probe "set" (S.fromList "hello world")
  probe "intmap" (IM.fromList [(k, [k]) | k <- [-5 .. 5]])
  probe "intmap/value" (IM.fromList [(1, "a"), (2, error "b")])
  probe "intmap/two" (IM.fromList [(-3, error "neg"), (8, error "pos")] :: IM.IntMap Int)
  probe "intset" (IS.fromList [1, 5, 1000, -7])
  let s = Seq.fromList [1 .. 50 :: Int]
  probe "seq" s
  probe "seq/front" (Seq.update 0 (error "front") s)
  probe "seq/back-and-front" (Seq.update 49 (error "back") (Seq.update 0 (error "front") s))
  probe "seq/middle-and-back" (Seq.update 49 (error "back") (Seq.update 25 (error "middle") s))
  probe "seq/middle-and-front" (Seq.update 25 (error "middle") (Seq.update 1 (error "second") s))
  let t = unfoldTree (\n -> (n, if n < 8 then [2 * n, 2 * n + 1] else [])) (1 :: Int)
  probe "tree" t
  probe "tree/deep" (fmap (\n -> if n == 9 then error "nine" else n) t)
  probe "tree/root-and-leaf" (Node (error "root") [Node (error "leaf" :: Int) []])
  let sccs = stronglyConnComp [(c, c, [succ c]) | c <- "abc"] ++ [CyclicSCC [error "cyc" :: Char]]
  probe "sccs" (init sccs)
  probe "sccs/bad" sccs
  print (M.size (force m), S.toList (force (S.fromList [3, 1, 2 :: Int])), sum (force s))
  print (fmap (* 2) <$!!> Just (IM.fromList [(1, 1 :: Int)]))
