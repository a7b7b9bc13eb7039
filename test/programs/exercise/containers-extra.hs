-- containers functions no other program calls: IntMap's ascending builds,
-- min/max updates, mapEither, merges (mergeWithKey and the tactics of
-- Data.IntMap.Merge.Strict / Data.Map.Merge.Strict), Map.Strict's
-- accumulating and traversing functions, Seq's right-to-left searches
-- and view instances, IntSet/Set folds, Tree's monadic unfold.
import qualified Data.IntMap as IM
import qualified Data.IntMap.Strict as IMS
import qualified Data.IntMap.Merge.Strict as IMM
import qualified Data.IntMap.Merge.Lazy as IML
import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import qualified Data.Map.Merge.Strict as MM
import qualified Data.Map.Merge.Lazy as ML
import qualified Data.Set as S
import qualified Data.IntSet as IS
import qualified Data.Sequence as Q
import Data.Sequence (ViewL (..), ViewR (..))
import qualified Data.Tree as T
import Data.Graph (SCC (..), stronglyConnComp, flattenSCC)
import Data.Functor.Identity
import Control.Exception

main :: IO ()
main = do
  let im = IM.fromList [(5, "e"), (-3, "m"), (1, "a"), (9, "i")]
  print (IM.fromAscList [(1, 'a'), (2, 'b'), (2, 'c')], IM.fromAscListWith (++) [(1, "a"), (1, "b"), (3, "c")], IM.fromDistinctAscList [(-2, 'x'), (0, 'y')])
  print (IM.fromAscListWithKey (\k a b -> show k ++ a ++ b) [(4, "p"), (4, "q")], IMS.fromAscList [(0, 1), (0, 2 :: Int)], IMS.fromAscListWith (+) [(7, 1), (7, 2 :: Int)])
  print (IMS.fromAscListWithKey (\k a b -> k + a + b) [(1, 10), (1, 20 :: Int)], IMS.fromDistinctAscList [(1, 'q'), (5, 'r')])
  print (IM.updateMin (const Nothing) im, IM.updateMax (Just . (++ "!")) im, IM.updateMinWithKey (\k v -> Just (show k ++ v)) im, IM.updateMaxWithKey (\_ _ -> Nothing) im)
  print (IMS.updateMin (Just . reverse) im, IMS.updateMax (const Nothing) im, IMS.updateMinWithKey (\_ _ -> Nothing) im, IMS.updateMaxWithKey (\k v -> Just (v ++ show k)) im)
  print (IMS.adjustWithKey (\k v -> v ++ show k) 5 im, IMS.updateWithKey (\k _ -> if k > 0 then Nothing else Just "z") 1 im)
  print (IM.mapEither (\v -> if v < "f" then Left v else Right (length v)) im, IM.mapEitherWithKey (\k v -> if odd k then Left k else Right v) im)
  print (IM.mapKeysMonotonic (* 2) im, IMS.mapKeysWith (++) (`div` 4) im, IM.isProperSubmapOfBy (==) (IM.delete 1 im) im, IM.isProperSubmapOfBy (/=) im im)
  let a = IM.fromList [(k, k * 10) | k <- [1 .. 6 :: Int]]
      b = IM.fromList [(k, k) | k <- [4 .. 9 :: Int]]
  print (IM.mergeWithKey (\k x y -> if k == 5 then Nothing else Just (x - y)) id (IM.map negate) a b)
  print (IMS.mergeWithKey (\_ x y -> Just (x + y)) (const IM.empty) id a b)
  print (IMM.merge IMM.dropMissing (IMM.mapMissing (\k v -> k + v)) (IMM.zipWithMatched (\_ x y -> x * y)) a b)
  print (runIdentity (IMM.mergeA (IMM.traverseMissing (\_ v -> Identity (v + 1))) (IMM.traverseMaybeMissing (\k v -> Identity (if even k then Just v else Nothing))) (IMM.zipWithAMatched (\_ x y -> Identity (x - y))) a b))
  print (IMM.mergeA IMM.dropMissing IMM.preserveMissing (IMM.zipWithMaybeAMatched (\k x y -> if k == 4 then Nothing else Just (Just (x + y)))) a b)
  print (IML.merge (IML.mapMaybeMissing (\k v -> if k < 3 then Just v else Nothing)) IML.dropMissing (IML.zipWithMaybeMatched (\_ x y -> Just (x * 1000 + y))) a b)
  print (IMM.merge (IMM.filterMissing (\k _ -> odd k)) IMM.dropMissing (IMM.zipWithMatched (\_ x _ -> x)) a b)
  print (fmap (IM.toList) (IMM.mergeA (IMM.filterAMissing (\k _ -> Just (k > 2))) IMM.dropMissing (IMM.zipWithAMatched (\_ x y -> Just (x + y))) a b))
  print (read "fromList [(3,\"c\"),(1,\"a\")]" :: IM.IntMap String, reads "fromList []" :: [(IM.IntMap Int, String)])
  -- Data.Map.Strict
  let m = M.fromList [(k, [k]) | k <- "hello world"]
  print (MS.differenceWithKey (\k x _ -> if k == 'o' then Just (x ++ "!") else Nothing) m (M.fromList [('o', ()), ('l', ())]))
  print (M.differenceWith (\x y -> if y then Just (x ++ x) else Nothing) m (M.fromList [('h', True), ('e', False)]))
  print (MS.fromAscListWithKey (\k x y -> k : x ++ y) [('a', "1"), ('a', "2"), ('b', "3")], M.fromAscListWithKey (\_ x y -> x ++ y) [(1, "x"), (1, "y")])
  print (MS.fromDescListWithKey (\_ x y -> x + y) [(3, 1), (3, 2), (1, 4 :: Int)], M.fromDescListWithKey (\k x y -> show k ++ x ++ y) [(9, "a"), (9, "b")])
  print (MS.fromDistinctAscList [(1, 'a'), (2, 'b')], MS.fromDistinctDescList [(2, 'b'), (1, 'a')], MS.fromSet (* 2) (S.fromList [3, 1, 2 :: Int]))
  print (MS.intersectionWith (,) m (M.fromList [('w', 1 :: Int), ('z', 2)]), MS.mapAccumRWithKey (\acc k v -> (acc ++ [k], length v)) "" m)
  print (MS.mapKeysWith (++) (const 'k') m, MS.unionsWith (+) [M.fromList [(1, 1)], M.fromList [(1, 2), (2, 3 :: Int)]], MS.updateAt (\_ _ -> Nothing) 0 m)
  print (MS.updateMin (Just . (++ "<")) m, MS.updateMax (const Nothing) m, M.mapEither (\v -> if v > "l" then Left v else Right v) m, M.mapKeysMonotonic succ m)
  print (MS.traverseWithKey (\k v -> if k == ' ' then Nothing else Just (k : v)) m, MS.traverseWithKey (\k v -> Just (k : v)) (M.delete ' ' m))
  print (MS.traverseMaybeWithKey (\k v -> Just (if k > 'l' then Just v else Nothing)) m, IMS.traverseWithKey (\k v -> [show k ++ v, v]) (IM.fromList [(1, "a")]))
  print (IMS.traverseMaybeWithKey (\k v -> Just (if k > 1 then Just v else Nothing)) im, IMS.mergeWithKey (\_ _ _ -> Nothing) id id a b)
  let x = M.fromList [(k, k) | k <- [1 .. 6 :: Int]]
      y = M.fromList [(k, -k) | k <- [4 .. 8 :: Int]]
  print (MM.merge (MM.mapMissing (\_ v -> v * 100)) (MM.mapMaybeMissing (\k v -> if odd k then Just v else Nothing)) (MM.zipWithMaybeMatched (\_ p q -> if p + q == 0 then Just p else Nothing)) x y)
  print (runIdentity (MM.mergeA (MM.traverseMissing (\_ v -> Identity (v + 1))) (MM.traverseMaybeMissing (\_ v -> Identity (Just v))) (MM.zipWithAMatched (\_ p q -> Identity (p * q))) x y))
  print (MM.mergeA MM.dropMissing MM.preserveMissing (MM.zipWithMaybeAMatched (\k p q -> Just (if k == 5 then Nothing else Just (p - q)))) x y)
  print (MM.merge MM.preserveMissing' MM.dropMissing (MM.zipWithMatched (\_ p q -> p + q)) x y, M.mergeWithKey (\_ p q -> Just (p * q)) id id x y)
  print (MM.merge (MM.mapMissing (\_ v -> v)) MM.dropMissing (MM.mapWhenMatched (* 2) (MM.zipWithMatched (\_ p _ -> p))) x y)
  print (ML.merge (ML.mapWhenMissing negate ML.preserveMissing) ML.dropMissing (ML.zipWithMatched (\_ p q -> p * 100 + q)) x y)
  -- Data.Sequence: right-to-left searches, views, foldMapWithIndex
  let s = Q.fromList "abracadabra"
  print (Q.elemIndexR 'a' s, Q.elemIndicesR 'a' s, Q.findIndicesR (`elem` "br") s, Q.findIndexR (== 'z') s, Q.foldMapWithIndex (\i c -> [(i, c)]) (Q.take 3 s))
  print (Q.viewl s == Q.viewl s, Q.viewr s == Q.viewr (Q.fromList "x"), compare (Q.viewl s) (Q.viewl (Q.drop 1 s)), Q.viewr s > Q.viewr Q.empty, Q.viewl (Q.empty :: Q.Seq Int))
  print (read "'a' :< fromList \"bc\"" :: ViewL Char, read "fromList [1,2] :> 3" :: ViewR Int, read "EmptyR" :: ViewR Int)
  print (sum (Q.viewr (Q.fromList [1 .. 10 :: Int])), length (Q.viewr s), traverse (\c -> Just (succ c)) (Q.viewl s), traverse (\c -> [c]) (Q.viewr (Q.fromList "xy")))
  print (fmap succ (Q.viewr s), foldr (:) [] (Q.viewl s), Q.sortOn negate (Q.fromList [3, 1, 2 :: Int]), Q.unstableSortOn negate (Q.fromList [5, 9, 1 :: Int]), Q.unstableSort (Q.fromList "qwe"))
  -- IntSet/Set
  print (IS.foldr (:) [] (IS.fromList [5, 1, 3]), IS.fold (+) 0 (IS.fromList [1 .. 10]), IS.mapMonotonic (* 2) (IS.fromList [1, 2]), IS.null IS.empty, IS.null (IS.singleton 1))
  print (S.fold (:) [] (S.fromList "set"), S.mapMonotonic succ (S.fromList "abc"))
  -- Data.Tree and Data.Graph
  f <- T.unfoldForestM (\n -> return (n, [n * 2 | n < 4])) [1, 3]
  putStr (T.drawForest (map (fmap show) f))
  t <- T.unfoldTreeM_BF (\n -> return (n, [n + 1 | n < 3])) 0
  print (T.flatten t, T.levels t)
  let sccs = stronglyConnComp [("a", 1, [2]), ("b", 2, [1]), ("c", 3, [3 :: Int]), ("d", 4, [])]
  print (map flattenSCC sccs, traverse (\v -> Just (v ++ "!")) (head sccs), fmap length (CyclicSCC ["xy", "z"]))
  let caught :: Show a => a -> IO ()
      caught v = try (evaluate v) >>= putStrLn . either (\e -> "error: " ++ show (e :: SomeException)) show
  caught (IM.findMin (IM.empty :: IM.IntMap Int))
  caught (IM.updateMin Just (IM.empty :: IM.IntMap Int))
  caught (IMS.updateMaxWithKey (\_ -> Just) (IM.empty :: IM.IntMap Int))
