import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import qualified Data.Set as S
import Data.Functor.Identity
import Data.Monoid (Sum (..))

main :: IO ()
main = do
  let m = M.fromList [(k, length k) | k <- ["one", "two", "three", "four", "five"]]
  print (M.traverseWithKey (\k v -> if v > 2 then Just (k ++ "!") else Nothing) m)
  print (M.traverseWithKey (\k v -> [v, k * 10]) (M.fromList [(1 :: Int, 1 :: Int), (2, 2)]))
  r <- M.traverseWithKey (\k v -> do putStrLn (k ++ " -> " ++ show v); return (v * 2)) m
  print r
  mapM_ print (M.toList m)
  print (traverse (\v -> if v > 0 then Right v else Left v) m, sequenceA (M.fromList [(1 :: Int, Just 'a'), (2, Nothing)]))
  print (M.foldMapWithKey (\k v -> [(k, v)]) m, getSum (foldMap Sum m), M.foldMapWithKey (\k _ -> k) m)
  print (M.alterF (\v -> [Nothing, fmap (+ 1) v, Just 0]) "two" m)
  print (M.alterF (\v -> Identity (fmap negate v)) "six" m, runIdentity (M.alterF (const (Identity (Just 6))) "six" m))
  print (MS.alterF (\v -> (v, Just 99)) "one" m)
  print (M.mapAccumWithKey (\acc k v -> (acc ++ k, v + length acc)) "" m)
  print (M.mapEitherWithKey (\k v -> if even v then Left k else Right v) m)
  print (M.partitionWithKey (\k _ -> k > "p") m)
  print (M.takeWhileAntitone (< "p") m, M.dropWhileAntitone (< "p") m, M.spanAntitone (< "p") m)
  print (M.lookupIndex "three" m, M.elemAt 0 m, M.findIndex "two" m)
  print (M.compose (M.fromList [(3, 'c'), (5, 'e')]) m, M.fromSet length (S.fromList ["a", "bb"]))
  print (M.insertLookupWithKey (\_ n o -> n + o) "two" 100 m, M.insertLookupWithKey (\_ n o -> n + o) "zero" 0 m)
  print (M.updateMin (const Nothing) m, M.updateMax (Just . (* 100)) m, M.updateMinWithKey (\k v -> Just (v + length k)) m)
  print (M.deleteFindMin m, M.deleteFindMax m, M.minView m, M.maxView m)
  print (M.mergeWithKey (\_ a b -> Just (a + b)) id (M.map negate) m (M.fromList [("two", 10), ("zzz", 1)]))
  print (M.disjoint m (M.fromList [("six", ())]), M.isSubmapOfBy (<=) (M.fromList [("one", 1)]) m, M.isProperSubmapOfBy (==) m m)
  print (M.unionWithKey (\k a b -> length k + a + b) m (M.fromList [("one", 100)]), M.intersectionWithKey (\k a b -> (k, a, b)) m (M.fromList [("five", 'x')]))
  print (M.differenceWithKey (\k a _ -> if k == "one" then Nothing else Just (a * 2)) m (M.fromList [("one", ()), ("two", ())]))
  print (M.foldrWithKey' (\k v acc -> length k + v + acc) 0 m, M.foldlWithKey' (\acc k v -> acc - length k - v) 0 m)
  print (fmap show m, (+ 1) <$> m, 0 <$ m, m <> M.fromList [("six", 3)], mconcat [m, m])
  print (M.splitRoot m, M.lookupMin (M.empty :: M.Map Int Int))
  print (M.notMember "one" m, M.unions (map (\k -> M.singleton k k) [5, 3, 1 :: Int]))
