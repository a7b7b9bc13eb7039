-- Specialisations GHC makes of containers' functions (SpecConstr's call
-- patterns): -O1 code that applies them to a known Bin calls the
-- specialised copies (link_$slink2, deleteMin_$sdeleteMin, ...).
import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import qualified Data.Set as S
import qualified Data.IntMap as IM
import qualified Data.IntSet as IS

main :: IO ()
main = do
  let one = M.singleton (3 :: Int) "three"
  print (M.deleteMin one, M.deleteMax one)
  print (M.deleteMin (M.insert 1 "one" one), M.deleteMax (M.insert 5 "five" one))
  print (M.updateMinWithKey (\k v -> if k > 2 then Just (v ++ "!") else Nothing) one)
  print (M.updateMaxWithKey (\_ _ -> Nothing) one)
  print (MS.updateMinWithKey (\k v -> Just (show k ++ v)) (MS.singleton (7 :: Int) "x"))
  print (MS.updateMaxWithKey (\k v -> Just (v ++ show k)) (MS.singleton (8 :: Int) "y"))
  let s = S.singleton 'm'
  print (S.cartesianProduct (S.fromList "ab") (S.fromList [1 :: Int, 2]))
  print (S.cartesianProduct s (S.singleton True))
  print (S.union s (S.fromList "xyz"), S.difference (S.fromList "mnop") s)
  print (M.union one (M.fromList [(i, show i) | i <- [1 .. 6 :: Int]]))
  print (M.filter (/= "three") (M.insert 4 "four" one))
  print (M.foldr (:) [] (M.mapMaybe Just one), M.splitLookup 3 (M.insert 9 "n" one))
  print (IM.difference (IM.fromList [(1 :: Int, 'a'), (2, 'b'), (3, 'c')]) (IM.singleton 2 'z'))
  print (IM.intersection (IM.singleton 5 "five") (IM.fromList [(5, 'x'), (6, 'y')]))
  print (IM.restrictKeys (IM.fromList [(i, i * i) | i <- [1 .. 10 :: Int]]) (IS.fromList [2, 3, 64]))
  print (IM.withoutKeys (IM.fromList [(i, i * i) | i <- [1 .. 10 :: Int]]) (IS.singleton 4))
  print (IS.isSubsetOf (IS.singleton 3) (IS.fromList [1 .. 5]), IS.disjoint (IS.singleton 70) (IS.fromList [1, 2]))
  print (IS.difference (IS.fromList [1 .. 10]) (IS.singleton 5), IS.intersection (IS.singleton 200) (IS.fromList [100, 200]))
  print (IS.isProperSubsetOf (IS.singleton 3) (IS.fromList [3, 4]), IM.isSubmapOf (IM.singleton 1 'a') (IM.fromList [(1, 'a'), (2, 'b')]))
