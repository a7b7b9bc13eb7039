import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import qualified Data.Set as S
import qualified Data.IntMap as IM
import qualified Data.IntSet as IS
main :: IO ()
main = do
  let m = M.fromList [(k, k * k) | k <- [1 .. 20 :: Int]]
      m2 = MS.fromList [(show k, k) | k <- [1 .. 10 :: Int]]
  print (M.foldr (+) 0 m, M.foldl (+) 0 m, M.foldrWithKey (\k v a -> k + v + a) 0 m, M.foldlWithKey (\a k v -> a - k + v) 0 m)
  print (M.keys (M.filter even m), M.elems (M.map (`div` 2) (M.filterWithKey (\k _ -> k < 4) m)), M.partition (> 100) m)
  print (M.alter (fmap (+ 1)) 3 m M.! 3, M.alter (const (Just 0)) 99 m M.! 99, M.update (\v -> if v > 5 then Nothing else Just v) 3 m M.!? 3)
  print (M.unionWith (+) m (M.fromList [(1, 100)]) M.! 1, M.unionsWith (+) [m, m, m] M.! 2, M.intersectionWith (,) m m2', M.difference m (M.fromList [(k, ()) | k <- [2 .. 20]]))
  print (M.lookupLT 5 m, M.lookupGE 21 m, M.lookupLE 0 m, M.split 3 (M.fromList [(k, ()) | k <- [1 .. 5 :: Int]]), M.splitLookup 2 (M.fromList [(1 :: Int, 'a'), (2, 'b'), (3, 'c')]))
  print (M.findMin m, M.findMax m, M.deleteMin (M.fromList [(1 :: Int, 'a'), (2, 'b')]), M.minViewWithKey m2, M.maxView m2)
  print (M.toDescList (M.fromList (zip "abc" [1 :: Int ..])), M.insertWith (++) 'a' "x" (M.fromList [('a', "y")]), M.adjust (* 10) 2 m M.! 2, M.member 5 m, M.notMember 5 m)
  print (M.mapWithKey (\k v -> k + v) (M.fromList [(1 :: Int, 1 :: Int)]), M.mapKeys (* 2) (M.fromList [(1 :: Int, 'a')]), M.keysSet m2, M.restrictKeys m (S.fromList [1, 2]), M.withoutKeys m (S.fromList [3 .. 20]))
  print (MS.insertWith (+) "1" 5 m2, MS.adjust negate "2" m2 MS.! "2", MS.foldr' (+) 0 m2, MS.foldlWithKey' (\a k v -> a + length k + v) 0 m2, MS.mapMaybe (\v -> if odd v then Just v else Nothing) m2)
  print (M.elemAt 2 m, M.findIndex 3 m, M.take 2 m, M.drop 18 m, M.size m, M.null M.empty, fst <$> M.lookupMin m2, M.spanAntitone (< 4) (M.fromList [(k, ()) | k <- [1 .. 6 :: Int]]))
  print (M.fromAscList [(1 :: Int, 'a'), (2, 'b')], M.fromListWith (++) [(1 :: Int, "a"), (1, "b")], M.toAscList (M.singleton 'k' 'v'), M.insertLookupWithKey (\_ a b -> a + b) 1 5 (M.fromList [(1 :: Int, 1 :: Int)]))
  print (M.foldr' (:) [] (M.fromList [(3 :: Int, 'c'), (1, 'a')]), sum (M.fromList [(1 :: Int, 2 :: Int)]), maximum m, length m2, M.mapAccum (\a v -> (a + v, a)) 0 (M.fromList [(1 :: Int, 1 :: Int), (2, 2)]))
  let s = S.fromList [5, 1, 9, 3 :: Int]
  print (S.member 3 s, S.insert 4 s, S.delete 5 s, S.union s (S.fromList [100]), S.difference s (S.fromList [1]), S.filter odd s, S.partition (> 3) s, S.split 4 s, S.isSubsetOf (S.fromList [1]) s)
  print (S.lookupMin s, S.deleteMax s, S.elems (S.map (`mod` 3) s), S.foldr (:) [] s, S.toList (S.unions [s, s]), S.findIndex 9 s, S.lookupGT 3 s, S.size s, S.minView s)
  let im = IM.fromListWith (+) [(i `mod` 7, i) | i <- [1 .. 50 :: Int]]
  print (im, IM.lookup 3 im, IM.findWithDefault 0 99 im, IM.keys im, IM.unionWith (-) im im, IM.alter (const (Just 1)) 100 im IM.! 100, IM.toList (IM.filter (> 200) im), IM.lookupMin im, IM.foldrWithKey (\k v a -> k + v + a) 0 im)
  print (IS.fromList [3, 1, 2], IS.member 2 (IS.fromList [2]), IS.toList (IS.map (* 2) (IS.fromList [1, 2, 3])), IS.findMin (IS.fromList [7, 4]), IS.unions [IS.fromList [1], IS.fromList [2]])
  where m2' = M.fromList [(1 :: Int, 'x'), (30, 'y')]
