import qualified Data.Map as M
import qualified Data.Map.Internal.Debug as MD
import qualified Data.Set as S
import qualified Data.Set.Internal as SI
import Data.List (foldl')

-- the balanced trees' shapes (as showTree draws them) after inserts,
-- deletes, unions, fromList of sorted and unsorted input
main :: IO ()
main = do
  let ins = foldl' (\m k -> M.insert k () m) M.empty [1 .. 20 :: Int]
  putStr (MD.showTree ins)
  let del = foldl' (flip M.delete) ins [2, 4 .. 20]
  putStr (MD.showTree del)
  putStr (MD.showTree (M.fromList [(k, ()) | k <- [10, 3, 7, 1, 15, 12, 20, 5, 8, 2 :: Int]]))
  putStr (MD.showTree (M.fromList [(k, ()) | k <- [1 .. 10 :: Int] ++ [3]]))
  putStr (MD.showTree (M.fromList [(k, ()) | k <- [1, 2, 3, 4, 5, 4, 6, 7 :: Int]]))
  putStr (MD.showTree (M.fromDescList [(k, ()) | k <- [12, 11 .. 1 :: Int]]))
  putStr (MD.showTree (M.union (M.fromList [(k, ()) | k <- [1, 3 .. 15 :: Int]]) (M.fromList [(k, ()) | k <- [2, 4 .. 16]])))
  putStr (MD.showTree (M.filter (\_ -> True) (M.fromList [(k, k) | k <- [1 .. 9 :: Int]])))
  putStr (MD.showTree (M.filterWithKey (\k _ -> odd k) (M.fromList [(k, ()) | k <- [1 .. 15 :: Int]])))
  putStr (MD.showTree (M.intersection (M.fromList [(k, ()) | k <- [1 .. 15 :: Int]]) (M.fromList [(k, ()) | k <- [3, 6 .. 15]])))
  putStr (MD.showTree (M.difference (M.fromList [(k, ()) | k <- [1 .. 15 :: Int]]) (M.fromList [(k, ()) | k <- [3, 6 .. 15]])))
  putStr (MD.showTree (M.mapMaybe (\v -> if v > 4 then Just v else Nothing) (M.fromList [(k, k) | k <- [1 .. 12 :: Int]])))
  putStr (MD.showTree (fst (M.split 9 (M.fromList [(k, ()) | k <- [1 .. 15 :: Int]]))))
  putStr (MD.showTree (M.take 7 (M.fromList [(k, ()) | k <- [1 .. 15 :: Int]])))
  putStr (MD.showTree (M.alter (const Nothing) 8 (M.fromList [(k, ()) | k <- [1 .. 15 :: Int]])))
  putStr (MD.showTree (M.fromAscListWith (++) [(k `div` 2, [k]) | k <- [1 .. 20 :: Int]]))
  putStr (SI.showTree (foldr S.insert S.empty [1 .. 20 :: Int]))
  putStr (SI.showTree (S.fromList "the quick brown fox jumps over the lazy dog"))
  putStr (SI.showTree (S.map (`div` 3) (S.fromList [1 .. 30 :: Int])))
  putStr (SI.showTree (S.deleteMin (S.deleteMax (S.fromList [1 .. 12 :: Int]))))
  print (M.valid del, S.valid (S.fromList [1 .. 100 :: Int]))
