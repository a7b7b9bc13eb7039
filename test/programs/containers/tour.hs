-- containers as a data-processing script uses them: Seq as a deque with
-- views, sorting, zips, scans, replicateA and Foldable on its views; Map and
-- IntMap merges (Merge.Strict tactics), strict accumulations and min/max
-- updates; Set/IntSet splits and folds; Trees (unfold, flatten, levels,
-- Foldable), graphs (SCCs, indegree, buildG) and the Debug renderings.
import qualified Data.Foldable as F
import Data.Graph
import qualified Data.IntMap.Merge.Strict as IMM
import qualified Data.IntMap.Strict as IM
import qualified Data.IntSet as IS
import qualified Data.Map.Internal.Debug as MD
import qualified Data.Map.Merge.Strict as MM
import qualified Data.Map.Strict as M
import Data.Sequence (Seq (..), ViewL (..), ViewR (..), (<|), (|>), (><))
import qualified Data.Sequence as S
import qualified Data.Set as Set
import Data.Tree
import Data.Containers.ListUtils
import Data.Functor.Identity
import Data.Functor.Classes

main :: IO ()
main = do
  let s = S.fromList [5, 3, 8, 1, 9, 2 :: Int]
  print (S.viewl s, S.viewr s, S.viewl (S.empty :: Seq Int), S.viewr (S.empty :: Seq Int))
  case s of
    x :<| rest -> print (x, rest)
    Empty -> putStrLn "empty"
  case s of
    rest :|> x -> print (rest, x)
    Empty -> putStrLn "empty"
  print (S.sort s, S.sortBy (flip compare) s, S.unstableSort s, S.unstableSortBy (flip compare) s, S.sortOn negate s, S.unstableSortOn negate s)
  print (S.scanl (+) 0 s, S.scanr (+) 0 s, S.scanl1 max s, S.scanr1 min s, S.reverse s, S.intersperse 0 s)
  print (S.zipWith (+) s (S.reverse s), S.zipWith3 (,,) s s s, S.zip3 s s s S.!? 0, S.unzip (S.fromList [(1, 'a'), (2 :: Int, 'b')]), S.unzipWith (\x -> (x, -x)) s)
  print (runIdentity (S.replicateA 3 (Identity 'r')), S.replicateM 2 [1, 2 :: Int], S.fromFunction 4 (* 10), S.iterateN 4 (* 2) 1, S.unfoldr (\n -> if n > 3 then Nothing else Just (n, n + 1)) (0 :: Int), S.unfoldl (\n -> if n > 3 then Nothing else Just (n + 1, n)) (0 :: Int))
  print (S.splitAt 2 s, S.takeWhileL (> 2) s, S.dropWhileR (< 5) s, S.spanl odd s, S.breakr even s, S.partition even s, S.filter odd s, S.lookup 3 s, S.index s 4, S.adjust' (* 100) 1 s, S.update 0 7 s, S.insertAt 2 0 s, S.deleteAt 1 s)
  print (S.elemIndexL 8 s, S.elemIndicesR 1 s, S.findIndexL (> 5) s, S.foldlWithIndex (\a i x -> a + i * x) 0 s, S.foldrWithIndex (\i x a -> a - i * x) 0 s, S.mapWithIndex (,) (S.take 2 s), S.traverseWithIndex (\i x -> Just (i + x)) s)
  print (S.tails (S.take 3 s), S.inits (S.take 3 s), S.chunksOf 2 s, S.cycleTaking 8 s, (1 <| s) |> 10, s >< s)
  let vl = S.viewl s; vr = S.viewr s
  print (F.toList vl, F.toList vr, F.foldl (-) 0 vl, F.foldr1 (-) vr, F.foldl1 (-) vl, F.foldr (:) [] vr, sum vl, length vr, maximum vl, fmap show vl, fmap (+ 1) vr)
  print (read "fromList [1,2,3]" :: Seq Int, read (show (S.viewl s)) :: ViewL Int, read (show (S.viewr s)) :: ViewR Int, showsPrec 11 s "", liftShowsPrec showsPrec showList 11 s "", fst (head (liftReadsPrec readsPrec readList 0 "fromList [4,5]" :: [(Seq Int, String)])))
  print (F.foldr' (+) 0 s, F.foldl' (+) 0 s, F.foldr1 max s, F.foldl1 min s, F.toList (fmap (* 2) s), 0 <$ S.take 2 s, s == s, compare s (S.reverse s), S.length (S.replicate 1000 'x'), s <> s)
  -- Map and IntMap
  let m1 = M.fromList [(k, k * k) | k <- [1 .. 6 :: Int]]
      m2 = M.fromList [(k, show k) | k <- [4 .. 9 :: Int]]
  print (MM.merge MM.dropMissing MM.preserveMissing (MM.zipWithMatched (\k a b -> show (k + a) ++ b)) m1 m2)
  print (MM.merge (MM.mapMissing (\_ a -> show a)) (MM.filterMissing (\k _ -> even k)) (MM.zipWithMaybeMatched (\_ a b -> if a > 20 then Just b else Nothing)) m1 m2)
  print (runIdentity (MM.mergeA (MM.traverseMissing (\_ a -> Identity (show a))) MM.dropMissing (MM.zipWithAMatched (\_ a b -> Identity (b ++ show a))) m1 m2), MM.merge MM.preserveMissing (MM.mapMaybeMissing (\k b -> if k > 8 then Nothing else Just (length b))) (MM.zipWithMatched (\_ a _ -> a)) m1 m2)
  print (M.mapAccum (\a b -> (a + b, a)) 0 m1, M.mapAccumWithKey (\a k b -> (a + k, b - a)) 0 m1, M.mapAccumRWithKey (\a k b -> (a + k, b + a)) 0 m1, M.mapEither (\v -> if even v then Left v else Right v) m1)
  print (M.insertLookupWithKey (\_ n o -> n + o) 3 100 m1, M.updateLookupWithKey (\_ v -> if v > 5 then Just (v * 2) else Nothing) 2 m1, M.updateMinWithKey (\_ v -> Just (v + 1)) m1, M.updateMaxWithKey (\_ _ -> Nothing) m1)
  print (M.deleteFindMin m1, M.deleteFindMax m1, M.fromAscList [(1, 'a'), (1, 'b'), (2, 'c')], M.fromDescList [(3, 'x'), (1, 'y')], M.fromAscListWith (++) [(1, "a"), (1, "b")], M.fromDescListWithKey (\k a b -> show k ++ a ++ b) [(2, "p"), (2, "q")], M.fromDistinctAscList [(1, 'd')])
  print (M.spanAntitone (< 3) m1, M.partition even m1, M.isSubmapOf (M.fromList [(2, 4)]) m1, M.isProperSubmapOfBy (<=) (M.fromList [(2, 3)]) m1, M.valid m1, M.lookupMin m1, M.lookupMax m2, M.alterF (\v -> [v, Nothing]) 3 (M.fromList [(3, 'c')]))
  print (read "fromList [(1,'a')]" :: M.Map Int Char, liftShowsPrec2 showsPrec showList showsPrec showList 11 m2 "", F.foldr (:) [] m2, F.foldl (flip (:)) [] m1, F.toList m1, F.elem 25 m1, sum m1, product m1, maximum m1, minimum m1)
  let i1 = IM.fromList [(k, k * 3) | k <- [1 .. 6]]
      i2 = IM.fromList [(k, [k]) | k <- [4 .. 8]]
  print (IMM.merge IMM.dropMissing IMM.preserveMissing (IMM.zipWithMatched (\_ a b -> a : b)) i1 i2, runIdentity (IMM.mergeA IMM.dropMissing IMM.dropMissing (IMM.zipWithMaybeAMatched (\_ a b -> Identity (if a > 12 then Just (a, b) else Nothing))) i1 i2))
  print (IM.mapAccum (\a b -> (a + b, a)) 0 i1, IM.mapAccumRWithKey (\a k b -> (a + k, b + a)) 0 i1, IM.mapEither (\v -> if even v then Left v else Right v) i1, IM.insertLookupWithKey (\_ n o -> n + o) 3 100 i1, IM.updateLookupWithKey (\_ _ -> Nothing) 2 i1)
  print (IM.updateMinWithKey (\_ v -> Just (v + 1)) i1, IM.updateMaxWithKey (\_ _ -> Nothing) i1, IM.elems i1, IM.keys i1, IM.toAscList i1, IM.toDescList i1, IM.mapKeys (* 2) i1, IM.partition odd i1, IM.split 3 i1, IM.splitLookup 3 i1, IM.size i1)
  print (IM.maxViewWithKey i1, IM.minViewWithKey i1, read "fromList [(1,2)]" :: IM.IntMap Int, showsPrec 11 i1 "", F.foldr (:) [] i1, F.foldl (-) 0 i1, sum i1, maximum i1, liftShowsPrec showsPrec showList 0 i2 "")
  -- Set and IntSet
  let st = Set.fromList "setexample"
      is = IS.fromList [9, 3, 7, 1, 12]
  print (Set.deleteFindMin st, Set.deleteFindMax st, Set.partition (> 'm') st, Set.spanAntitone (< 'm') st, Set.mapMonotonic succ st, Set.isSubsetOf (Set.fromList "set") st, Set.fromAscList "aabc", Set.fromDescList "cba", Set.valid st, Set.alterF (\b -> [not b]) 'z' st)
  print (read "fromList \"abc\"" :: Set.Set Char, showsPrec 11 st "", F.foldr (:) [] st, F.foldl (flip (:)) [] st, sum (Set.fromList [1, 2, 3 :: Int]), maximum st, st == st, Set.powerSet (Set.fromList [1, 2 :: Int]))
  print (IS.findMin is, IS.findMax is, IS.maxView is, IS.minView is, IS.partition even is, IS.split 7 is, IS.splitMember 7 is, IS.toAscList is, IS.toDescList is, IS.size is, is == is, read "fromList [1,2]" :: IS.IntSet, showsPrec 11 is "")
  print (nubOrdOn negate [3, 1, 3, 2 :: Int], nubIntOn (`div` 2) [1, 2, 3, 4, 5], nubOrd "mississippi", nubInt [3, 3, 1])
  -- trees and graphs
  let t = unfoldTree (\n -> (n, [n * 2 .. min 7 (n * 2 + 1)])) (1 :: Int)
  putStr (drawTree (fmap show t))
  print (flatten t, levels t, F.foldr1 (-) t, F.foldl1 (-) t, F.foldMap show t, F.toList (fmap (* 10) t), sum t, product t, maximum t, length t, elem 5 t, foldTree (\x xs -> x + sum xs) t)
  print (runIdentity (unfoldTreeM (\n -> Identity (n, [n + 1 | n < 3])) (0 :: Int)), runIdentity (unfoldForestM_BF (\n -> Identity (n, [n + 1 | n < 2])) [0 :: Int]), runIdentity (unfoldTreeM_BF (\n -> Identity (n, [n * 2 | n < 4])) (1 :: Int)), unfoldForest (\n -> (n, [])) [1, 2 :: Int])
  let g = buildG (0, 5) [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5)]
      sccs = stronglyConnComp [("a", 1, [2]), ("b", 2, [1]), ("c", 3, [3]), ("d", 4, [1 :: Int])]
  print (indegree g, outdegree g, edges (transposeG g), topSort (buildG (0, 3) [(0, 1), (1, 2), (0, 3)]), reachable g 3, path g 0 2, map flatten (scc g), map flatten (components g), map flatten (bcc g))
  print (sccs, map flattenSCC sccs, flattenSCCs sccs, F.toList (head sccs), F.foldr1 (++) (head sccs), F.foldl1 (++) (last sccs), fmap length (head sccs), traverse (\x -> Just (x ++ "!")) (head sccs), showsPrec 11 (last sccs) "")
  putStr (MD.showTree (M.fromList [(k, ()) | k <- [1 .. 5 :: Int]]))
  putStr (MD.showTreeWith (\k _ -> show k) True True (M.fromList [(k, ()) | k <- [1 .. 4 :: Int]]))
  print (MD.balanced (M.fromList [(1 :: Int, 'a')]), MD.ordered (M.fromList [(2 :: Int, 'b'), (1, 'a')]))
