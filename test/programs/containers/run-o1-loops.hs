-- The loops and errors containers' -O1 unfoldings name: IntMap's and
-- IntSet's folds, splits and views below a root of either sign, Foldable's
-- foldl1/foldr1 on empty structures, Seq's index/replicate/cycleTaking
-- errors, sub-map and sub-set tests, Set's validity check.
import qualified Data.IntMap as IM
import qualified Data.IntMap.Strict as IMS
import qualified Data.IntSet as IS
import qualified Data.IntSet.Internal as ISI
import qualified Data.Map as M
import qualified Data.Set as S
import qualified Data.Set.Internal as SI
import qualified Data.Sequence as Q
import Data.Graph (SCC (..), buildG, indegree)
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (sconcat)
import Control.Exception

try' :: String -> IO ()
try' s = do
  r <- try (evaluate (length s))
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) (const s) r)

main :: IO ()
main = do
  let keys = [5, -3, 17, 0, -40, 64, 1000, -1000, 2, 9]
      im = IM.fromList [(k, k * 2) | k <- keys]
      pos = IM.fromList [(k, show k) | k <- [3, 9, 1, 100, 64, 7]]
      neg = IM.fromList [(k, show k) | k <- [-3, -9, -1, -100]]
  print (IM.elems im, IM.keys im, IM.toAscList pos, IM.toDescList im)
  print (IM.elems neg, IM.keys neg, IM.toDescList neg, IM.toAscList (IM.singleton 4 'x'))
  print (IM.mapKeys (`div` 3) im, IM.mapKeys negate pos, IM.mapKeys (const 1) neg)
  print (sconcat (im :| [IM.fromList [(1, 1), (5, 500)], IM.empty, neg `seq` IM.singleton 77 7]))
  print (im /= im, im /= IM.delete 0 im, IS.fromList keys /= IS.fromList keys, IS.empty /= IS.singleton 1)
  mapM_ (\k -> print (IM.split k im, IM.splitLookup k im)) [-5, 0, 5, 6, 2000, -2000]
  mapM_ (\k -> print (IM.split k pos, IM.splitLookup k neg)) [1, 50, -9]
  print (IM.updateMinWithKey (\k x -> if k < 0 then Nothing else Just (x + 1)) im)
  print (IM.updateMaxWithKey (\k x -> Just (k + x)) im, IM.updateMaxWithKey (\_ _ -> Nothing) pos)
  print (IM.updateMinWithKey (\_ _ -> Nothing) neg, IM.updateMaxWithKey (\_ _ -> Nothing) (IM.singleton 1 'a'))
  print (IMS.updateMinWithKey (\k x -> Just (k * x)) im, IMS.updateMaxWithKey (\_ _ -> Nothing) im)
  print (IMS.updateMinWithKey (\_ x -> Just (x ++ "!")) pos, IMS.updateMaxWithKey (\_ x -> Just (x ++ "?")) neg)
  -- IntSet
  let is = IS.fromList (keys ++ [130, 131, 190])
      ps = IS.fromList [1, 2, 3, 70, 71, 200]
  print (IS.toAscList is, IS.toDescList is, IS.toDescList ps, IS.elems (IS.fromList [-5, -1]))
  print (IS.maxView is, IS.minView is, IS.maxView ps, IS.minView ps, IS.maxView (IS.singleton 3), IS.minView IS.empty)
  print (IS.maxView (IS.fromList [-5, -7]), IS.minView (IS.fromList [-5, -7, 8]))
  mapM_ (\k -> print (IS.split k is, IS.splitMember k is, IS.split k ps)) [-41, -3, 0, 64, 135, 5000]
  mapM_ (\k -> print (IS.lookupLT k is, IS.lookupGT k is, IS.lookupLE k is, IS.lookupGE k is, IS.lookupLT k ps, IS.lookupGE k ps)) [-1000, -2, 0, 63, 64, 65, 999, 2000]
  print (sconcat (is :| [ps, IS.empty, IS.fromList [-77]]))
  putStr (ISI.showTreeWith True False is)
  putStr (ISI.showTreeWith True True ps)
  -- Foldable's foldl1 and foldr1 on empty structures
  try' (show (foldl1 (+) (M.empty :: M.Map Int Int)))
  try' (show (foldr1 (+) (M.empty :: M.Map Int Int)))
  try' (show (foldl1 (-) (M.fromList [(1, 10), (2, 3 :: Int)]), foldr1 (-) (M.fromList [(1, 10), (2, 3 :: Int)])))
  try' (show (foldl1 (+) (S.empty :: S.Set Int)))
  try' (show (foldr1 (+) (S.empty :: S.Set Int)))
  try' (show (foldl1 (-) (S.fromList [1, 5, 9 :: Int]), foldr1 (-) (S.fromList [1, 5, 9 :: Int])))
  try' (show (foldl1 (+) (IM.empty :: IM.IntMap Int)))
  try' (show (foldr1 (+) (IM.empty :: IM.IntMap Int)))
  try' (show (foldl1 (-) im, foldr1 (-) im))
  try' (show (foldl1 (+) (CyclicSCC [] :: SCC Int)))
  try' (show (foldr1 (+) (CyclicSCC [] :: SCC Int)))
  try' (show (foldl1 (-) (CyclicSCC [1, 2, 3 :: Int]), foldr1 (-) (AcyclicSCC (4 :: Int))))
  try' (show (foldl1 (+) (Q.viewl (Q.empty :: Q.Seq Int))))
  try' (show (foldr1 (+) (Q.viewr (Q.empty :: Q.Seq Int))))
  try' (show (foldl1 (-) (Q.viewl (Q.fromList [10, 2, 3 :: Int])), foldr1 (-) (Q.viewr (Q.fromList [10, 2, 3 :: Int]))))
  try' (show (foldr1 (-) (Q.viewl (Q.fromList [10, 2, 3 :: Int])), foldl1 (-) (Q.viewr (Q.fromList [10, 2, 3 :: Int]))))
  try' (show (foldr1 (+) (Q.viewl (Q.empty :: Q.Seq Int))))
  try' (show (foldl1 (+) (Q.viewr (Q.empty :: Q.Seq Int))))
  -- Seq's errors
  try' (show (Q.replicate (-1) 'x'))
  try' (show (Q.replicate 3 'x', 'c' <$ Q.fromList "ab", Q.replicateA 2 (Just 'y')))
  try' (show (Q.index (Q.fromList "abc") 5))
  try' (show (Q.index (Q.fromList "abc") 1, Q.index (Q.fromList [1 .. 100 :: Int]) 77))
  try' (show (Q.index (Q.fromList "") (-2)))
  try' (show (Q.cycleTaking 3 (Q.empty :: Q.Seq Int)))
  try' (show (Q.cycleTaking 7 (Q.fromList "ab"), Q.cycleTaking 0 (Q.empty :: Q.Seq Int)))
  -- sub-maps and sub-sets
  let m = M.fromList [(k, k) | k <- [1 .. 20 :: Int]]
  print (M.isSubmapOf (M.fromList [(3, 3), (9, 9)]) m, M.isSubmapOf (M.fromList [(3, 4)]) m, M.isSubmapOf m m)
  print (M.isSubmapOfBy (<=) (M.fromList [(k, k - 1) | k <- [2 .. 15]]) m, M.isProperSubmapOf m m, M.isProperSubmapOfBy (==) (M.delete 4 m) m)
  print (M.isSubmapOf (M.fromList [(0, 0)]) m, M.isSubmapOf M.empty m, M.isSubmapOf m M.empty)
  let s = S.fromList [1, 3 .. 99 :: Int]
  print (S.isSubsetOf (S.fromList [1, 5, 97]) s, S.isSubsetOf (S.fromList [1, 2]) s, S.isProperSubsetOf s s, S.isProperSubsetOf (S.delete 3 s) s)
  print (S.isSubsetOf S.empty s, S.isSubsetOf s (S.insert 0 s), S.isSubsetOf (S.fromList [1 .. 10]) s)
  print (SI.valid s, SI.valid (SI.Bin 3 (2 :: Int) (SI.singleton 1) SI.Tip), SI.valid (SI.Bin 2 (2 :: Int) (SI.singleton 1) SI.Tip))
  print (SI.valid (SI.Bin 2 (1 :: Int) (SI.singleton 2) SI.Tip), SI.valid (S.empty :: S.Set Int))
  -- deleteFindMin/Max of an empty set: a pair with an error inside
  print (snd (S.deleteFindMax (S.empty :: S.Set Int)), snd (S.deleteFindMin (S.empty :: S.Set Int)))
  try' (show (fst (S.deleteFindMax (S.empty :: S.Set Int))))
  try' (show (fst (S.deleteFindMin (S.empty :: S.Set Int))))
  -- Data.Graph's index errors
  try' (show (buildG (0, 3) [(5, 1)]))
  try' (show (buildG (2, 3) [(2, 1)], buildG (0, 3) [(1, 7)]))
  try' (show (indegree (buildG (0, 3) [(1, 2), (3, 2)])))
  try' (show (indegree (buildG (0, 3) [(1, 7)])))
  try' (show (buildG (-2, 3) [(-9, 1)]))
  -- Seq's zipWith3 and zipWith4 (their least length and zip of equal lengths)
  print (Q.zipWith3 (,,) (Q.fromList "abcde") (Q.fromList [1 .. 3 :: Int]) (Q.fromList [True, False, True, True]))
  print (Q.zipWith4 (\a b c d -> a + b + c + d) (Q.fromList [1 .. 10]) (Q.fromList [10, 20 .. 100]) (Q.fromList [1 .. 7 :: Int]) (Q.fromList [100, 200 .. 2000]))
  print (Q.zip3 (Q.fromList "xy") (Q.fromList "pqr") (Q.empty :: Q.Seq Int), Q.zipWith (+) (Q.fromList [1, 2, 3]) (Q.fromList [10, 20 :: Int]))

