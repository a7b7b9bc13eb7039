import qualified Data.Set as S
import Data.Set (Set)

main :: IO ()
main = do
  let a = S.fromList [1, 3 .. 19 :: Int]
      b = S.fromList [1 .. 10]
      c = S.fromList "hello world"
  print (a, b, c)
  print (S.union a b, S.intersection a b, S.difference a b, a S.\\ b)
  print (S.unions [a, b, S.singleton 100], S.size a, S.null S.empty, S.member 3 a, S.notMember 3 b)
  print (S.insert 4 a, S.delete 3 a, S.delete 4 a)
  print (S.isSubsetOf (S.fromList [1, 3]) a, S.isProperSubsetOf a a, S.isSubsetOf a b, S.disjoint a (S.fromList [2, 4]))
  print (S.findMin a, S.findMax a, S.lookupMin (S.empty :: Set Int), S.lookupMax b, S.deleteMin a, S.deleteMax a)
  print (S.minView a, S.maxView b, S.deleteFindMin c, S.deleteFindMax c)
  print (S.lookupLT 5 a, S.lookupGT 5 a, S.lookupLE 5 a, S.lookupGE 20 a)
  print (S.split 7 a, S.splitMember 7 a, S.splitMember 8 a)
  print (S.elemAt 0 a, S.findIndex 9 a, S.lookupIndex 4 a, S.take 3 a, S.drop 8 a, S.splitAt 2 a, S.deleteAt 1 a)
  print (S.filter even b, S.partition (> 5) b, S.map (`div` 3) b, S.mapMonotonic (* 2) a)
  print (S.foldr (:) [] c, S.foldl (flip (:)) [] c, S.foldr' (+) 0 a)
  print (S.foldl' (+) 0 a, S.elems c, S.toDescList c)
  print (S.toAscList a, S.fromAscList [1, 1, 2, 3, 3], S.fromDistinctAscList "abc", S.fromDescList [3, 2, 2, 1 :: Int], S.fromDistinctDescList "cba")
  print (S.takeWhileAntitone (< 7) a, S.dropWhileAntitone (< 7) a, S.spanAntitone (< 7) a)
  print (S.cartesianProduct (S.fromList "ab") (S.fromList [1, 2 :: Int]), S.disjointUnion (S.fromList "ab") (S.fromList [True]))
  print (S.powerSet (S.fromList [1, 2, 3 :: Int]))
  print (sum a, product b, maximum c, minimum c)
  print (length a, elem 'w' c, null a, concatMap show (S.toList a))
  print (a == a, a == b, compare a b, a < b)
  print (max a b, a <> b, mempty :: Set Char, mconcat [a, b])
  print (S.alterF (\x -> [x, not x]) 3 a)
  print (S.splitRoot c, S.lookupMin c)
  print (foldr (\x acc -> x : acc) [] (S.fromList [5, 4 .. 1 :: Int]), foldl (\acc x -> x : acc) [] (S.fromList [5, 4 .. 1 :: Int]))
  let primes = sieve (S.fromList [2 .. 100 :: Int])
      sieve s = case S.minView s of
        Nothing -> []
        Just (p, rest) -> p : sieve (S.filter (\n -> n `mod` p /= 0) rest)
  print primes
