import qualified Data.IntMap as IM
import qualified Data.IntMap.Strict as IMS
import qualified Data.IntSet as IS
import Data.IntMap (IntMap)

-- memoised Collatz lengths in an IntMap
collatz :: IntMap Int -> Int -> (Int, IntMap Int)
collatz memo n
  | n == 1 = (1, memo)
  | Just l <- IM.lookup n memo = (l, memo)
  | otherwise =
      let next = if even n then n `div` 2 else 3 * n + 1
          (l, memo') = collatz memo next
          l' = l + 1
      in (l', IMS.insert n l' memo')

main :: IO ()
main = do
  let m = IM.fromList [(5, "five"), (-2, "minus two"), (17, "seventeen"), (0, "zero"), (-100, "big neg"), (3, "three")]
  print m
  print (IM.size m, IM.keys m, IM.elems m)
  print (IM.lookup (-2) m, IM.lookup 4 m, IM.member 17 m, IM.findWithDefault "?" 9 m)
  print (IM.insert 4 "four" m, IM.delete 0 m, IM.delete 99 m)
  print (IM.insertWith (++) 5 "FIVE-" m IM.! 5)
  print (IM.adjust reverse 3 m, IM.alter (fmap length . fmap show) 3 (IM.map length m))
  print (IM.update (const Nothing) 17 m, IM.updateLookupWithKey (\_ v -> Just (v ++ "!")) 5 m)
  print (IM.toList m, IM.toDescList m, IM.assocs m)
  print (IM.foldr (\v acc -> length v : acc) [] m, IM.foldl (\acc v -> take 1 v ++ acc) "" m)
  print (IM.foldrWithKey (\k _ acc -> k : acc) [] m, IM.foldlWithKey (\acc k _ -> k : acc) [] m)
  print (IM.foldr' (\v n -> n + length v) 0 m, IM.foldl' (\n v -> n + length v) 0 m)
  print (IM.lookupMin m, IM.lookupMax m, IM.findMin m, IM.findMax m)
  print (IM.deleteMin m, IM.deleteMax m, IM.minViewWithKey m, IM.maxView m)
  print (IM.lookupLT 0 m, IM.lookupGT 0 m, IM.lookupLE 3 m, IM.lookupGE 6 m, IM.lookupLT (-100) m)
  print (IM.split 3 m, IM.splitLookup 5 m)
  print (IM.filter ((> 4) . length) m, IM.filterWithKey (\k _ -> k > 0) m, IM.partition ((> 4) . length) m)
  print (IM.mapWithKey (\k v -> show k ++ v) m, IM.mapMaybe (\v -> if length v > 4 then Just (head v) else Nothing) m)
  let a = IM.fromList [(i, i) | i <- [1, 3 .. 21]]
      b = IM.fromList [(i, i * 10) | i <- [1 .. 10]]
  print (IM.union a b, IM.unionWith (+) a b, IM.unions [a, b, IM.singleton (-5) 0])
  print (IM.intersection a b, IM.intersectionWith (,) a b, IM.difference a b, a IM.\\ b)
  print (IM.unionsWith (+) [a, b, a], IM.differenceWith (\x y -> if y > 50 then Nothing else Just (x + y)) a b)
  print (IM.keysSet b, IM.fromSet negate (IS.fromList [3, 1, 2]), IM.restrictKeys a (IS.fromList [1, 5, 6]), IM.withoutKeys a (IS.fromList [1, 5, 6]))
  print (IM.mapKeys (`div` 2) b, IM.mapKeysWith (+) (`div` 3) b)
  print (IM.mapAccum (\acc v -> (acc + v, acc)) 0 b, IM.mapAccumRWithKey (\acc k v -> (acc + k, v - acc)) 0 b)
  print (IM.fromListWith (++) [(k `mod` 3, [k]) | k <- [1 .. 10 :: Int]])
  print (IM.isSubmapOf (IM.fromList [(1, 1)]) a, IM.isProperSubmapOf a a, IM.disjoint a (IM.fromList [(2, 0)]))
  print (fmap (* 2) b, sum b, product (IM.fromList [(1, 2), (2, 3)]), maximum b)
  print (minimum b, length b, elem 30 b, null b)
  print (traverse (\v -> if v > 0 then Just v else Nothing) b, IM.traverseWithKey (\k v -> [k + v]) (IM.fromList [(1, 1), (2, 2)]))
  print (a == a, a == b, compare a b, a <> b == IM.union a b, mempty :: IntMap ())
  print (IM.splitRoot (IM.fromList [(i, ()) | i <- [-3 .. 3]]))
  let (lens, memo) = foldl (\(acc, mm) n -> let (l, mm') = collatz mm n in (l : acc, mm')) ([], IM.empty) [1 .. 30]
  print (reverse lens)
  print (IM.size memo, IM.lookupMax memo)
  print (IM.fromList [(minBound, 'a'), (maxBound, 'z'), (0, 'm'), (-1, 'n')])
  print (IM.toList (IM.insert minBound 'q' (IM.fromList [(maxBound, 'z'), (-1, 'n')])))
