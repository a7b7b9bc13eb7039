import qualified Data.IntSet as IS
import Data.IntSet (IntSet)

main :: IO ()
main = do
  let s = IS.fromList [5, 3, 64, 65, 127, 128, -1, -64, -65, 1000000, 3]
  print s
  print (IS.size s, IS.toList s, IS.toDescList s, IS.elems s)
  print (IS.member 64 s, IS.member 66 s, IS.notMember (-1) s)
  print (IS.insert 66 s, IS.delete 64 s, IS.delete 7 s)
  print (IS.findMin s, IS.findMax s, IS.deleteMin s, IS.deleteMax s)
  print (IS.minView s, IS.maxView s, IS.deleteFindMin s)
  print (IS.lookupLT 64 s, IS.lookupGT 64 s, IS.lookupLE 63 s, IS.lookupGE 129 s)
  let a = IS.fromList [0, 2 .. 200]
      b = IS.fromList [0, 3 .. 200]
  print (IS.size (IS.union a b), IS.intersection a b, IS.size (IS.difference a b))
  print (IS.isSubsetOf (IS.fromList [6, 12]) a, IS.isProperSubsetOf a a, IS.disjoint a (IS.fromList [1, 3]))
  print (IS.filter odd s, IS.partition (> 0) s, IS.split 64 s, IS.splitMember 65 s)
  print (IS.map (`div` 2) s, IS.foldr (:) [] s, IS.foldl (flip (:)) [] s, IS.foldr' (+) 0 s, IS.foldl' (+) 0 s)
  print (IS.unions [a, b, s] == IS.union s (IS.union a b), IS.toList (a IS.\\ b) == IS.toList (IS.difference a b))
  print (s == s, compare a b, a < b, s <> IS.singleton 7, mempty :: IntSet)
  print (IS.splitRoot s, IS.fromAscList [1, 2, 2, 3], IS.fromDistinctAscList [1, 2, 3])
  print (IS.fromList [minBound, maxBound, 0, -1, 1])
  print (IS.alterF (\b -> [b, not b]) 5 (IS.fromList [1, 5]))
