-- containers' internal names that -O1 code calls and whose definitions
-- come from the interfaces' unfoldings: Foldable workers (foldMap'),
-- Functor's <$, alterF's helpers, lookupMin/Max, fromAscList/fromDescList,
-- Seq's replicateA/fromFunction/sortBy, Tree's unfoldTreeM(_BF) and flatten,
-- Read IntSet (unfoldForestM_BF's worker has no unfolding: not here).
import Data.Foldable (foldMap', toList)
import qualified Data.IntMap.Strict as IMS
import qualified Data.IntMap as IM
import qualified Data.IntSet as IS
import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import qualified Data.Sequence as Seq
import qualified Data.Set as S
import Data.Monoid (Sum (..))
import Data.Tree

main :: IO ()
main = do
  let m = M.fromList [(k, k * k) | k <- [1 .. 20 :: Int]]
      s = S.fromList "hello world"
      im = IM.fromList [(k, show k) | k <- [3, 1, 4, 1, 5, 9, 2, 6 :: Int]]
  print (getSum (foldMap' Sum m), foldMap' (: []) s, getSum (foldMap' (Sum . length) im))
  print ('x' <$ M.fromList [(1 :: Int, 'a'), (2, 'b')], () <$ im)
  print (M.lookupMin m, M.lookupMax m, S.lookupMin s, S.lookupMax s)
  print (M.lookupMin (M.empty :: M.Map Int Int), IM.lookupMin im, IM.lookupMax im)
  print (M.alterF (\v -> [Nothing, fmap (+ 1) v]) 3 m)
  print (M.alterF (\v -> Just (Just (maybe 0 negate v))) 42 (M.fromList [(1 :: Int, 1 :: Int)]))
  print (S.alterF (\b -> [b, not b]) 'z' s)
  print (IM.alterF (\v -> (v, Just "new")) 4 im, IMS.alterF (\v -> Just (fmap (++ "!") v)) 9 im)
  print (M.fromAscList [(1 :: Int, 'a'), (1, 'b'), (2, 'c')], M.fromDescList [(3 :: Int, 'x'), (3, 'y'), (1, 'z')])
  print (MS.fromAscListWith (++) [(1 :: Int, "a"), (1, "b")], MS.fromDescListWith (++) [(2 :: Int, "c"), (2, "d")])
  print (S.fromAscList "aabbc", S.fromDescList "cba", S.deleteFindMin s, S.deleteFindMax s)
  print (IMS.insertLookupWithKey (\_ a b -> a ++ b) 4 "x" im, IMS.updateLookupWithKey (\_ _ -> Nothing) 5 im)
  print (IM.maxViewWithKey im, IM.minViewWithKey im, IM.size im, IS.size (IS.fromList [1, 5, 9]))
  print (IS.findMin (IS.fromList [7, -3, 12]), IS.findMax (IS.fromList [7, -3, 12]))
  print (read "fromList [3,1,2]" :: IS.IntSet)
  print (Seq.replicateA 2 [1, 2 :: Int], Seq.fromFunction 5 (* 3))
  print (Seq.sortBy (flip compare) (Seq.fromList [3, 1, 2 :: Int]), Seq.unstableSortBy compare (Seq.fromList "seq"))
  print (getSum (foldMap Sum (Seq.fromList [1 .. 10 :: Int])), foldMap' show (Seq.fromList [1, 2, 3 :: Int]))
  t <- unfoldTreeM (\n -> pure (n, [n * 2 | n < 8] ++ [n * 2 + 1 | n < 4])) (1 :: Int)
  putStr (drawTree (fmap show t))
  t2 <- unfoldTreeM_BF (\n -> do { print n; pure (n, [n + 1 | n < 3]) }) (0 :: Int)
  print (flatten t2, levels t, toList t)
