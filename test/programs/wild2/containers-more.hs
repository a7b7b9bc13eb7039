-- Data.Map/Set/IntSet/Tree APIs used in the wild: alter, foldrWithKey,
-- traverseWithKey, unionsWith, partitionWithKey, lookupMin, elemAt,
-- Set.partition/split/powerSet-free combos, IntSet, unfoldTree, Map.Merge-free joins.
module Main (main) where

import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import qualified Data.Set as S
import qualified Data.IntSet as IS
import Data.Tree
import Data.Maybe (fromMaybe)

main :: IO ()
main = do
  let m = M.fromList [(k, length k) | k <- words "alpha beta gamma delta epsilon zeta"]
  print (M.alter (fmap (* 10)) "beta" m M.! "beta", M.alter (const (Just 0)) "new" m M.!? "new", M.alter (const Nothing) "zeta" m == M.delete "zeta" m)
  print (M.foldrWithKey (\k v acc -> take 1 k ++ show v ++ acc) "" m, M.foldlWithKey (\a _ v -> a + v) 0 m)
  r <- M.traverseWithKey (\k v -> do { putStrLn (k ++ "=" ++ show v); return (v * 2) }) (M.take 2 m)
  print r
  print (M.unionsWith (+) [M.singleton 'a' 1, M.fromList [('a', 2), ('b', 3)], M.singleton 'b' (4 :: Int)])
  print (M.partitionWithKey (\k _ -> k < "d") m, M.lookupMin m, M.lookupMax m, M.elemAt 2 m, M.findIndex "delta" m)
  print (M.mapKeysWith (+) length m, M.mapMaybe (\v -> if v > 4 then Just (show v) else Nothing) m)
  print (M.splitLookup "c" m, M.restrictKeys m (S.fromList ["beta", "nope"]), M.withoutKeys m (S.fromList ["alpha"]))
  print (M.insertLookupWithKey (\_ n o -> n + o) "beta" 100 m, M.updateLookupWithKey (\_ _ -> Nothing) "gamma" m)
  print (MS.adjust (+ 1) "alpha" m M.! "alpha", M.toDescList (M.filterWithKey (\k v -> head k > 'c' && v < 6) m))
  print (M.intersectionWith (,) m (M.fromList [("beta", True), ("x", False)]), M.difference m (M.fromList [("alpha", ())]) == M.delete "alpha" m)
  print (M.foldr (:) [] m, M.keysSet m, M.fromSet length (S.fromList ["a", "bb"]), M.fromAscList [(1 :: Int, 'a'), (2, 'b')])
  print (fst <$> M.minViewWithKey m, M.spanAntitone (< "c") m, M.lookupLE "c" m, M.lookupGT "zeta" m)
  let s = S.fromList [1 .. 20 :: Int]
  print (S.partition even s, S.split 10 s, S.elemAt 3 s, S.isSubsetOf (S.fromList [2, 3]) s, S.lookupGE 21 s)
  print (S.map (`div` 3) s, S.foldr (+) 0 s, S.toDescList (S.filter (> 15) s), S.unions [S.singleton 'x', S.fromList "yz"])
  print (S.cartesianProduct (S.fromList "ab") (S.fromList [1, 2 :: Int]), S.disjoint s (S.fromList [0]), S.take 3 s, S.deleteMin s S.\\ S.fromList [5 .. 20])
  let is = IS.fromList [5, 3, 9, 3, 1, 100]
  print (is, IS.member 9 is, IS.toList (IS.map (* 2) is), IS.split 5 is, IS.findMin is, IS.size is, IS.unions [is, IS.fromList [2, 4]])
  let t = unfoldTree (\n -> (n, [d | d <- [2 * n, 2 * n + 1], d <= 10])) (1 :: Int)
  putStr (drawTree (fmap show t))
  print (flatten t, levels t, foldTree (\x xs -> x + sum xs) t, length t, maximum t)
  print (fromMaybe 0 (M.lookup "omega" m), M.notMember "omega" m, M.size m, M.null M.empty)
