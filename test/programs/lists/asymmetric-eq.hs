-- An Eq whose (==) is not symmetric (x == y when x divides y) shows which
-- side of each comparison the list functions put the sought element on,
-- and an Ord whose compare is not antisymmetric shows the same for sorting
-- and searching.
import Data.List
import qualified Data.List.NonEmpty as NE
import qualified Data.Map as M
import qualified Data.Set as S

newtype D = D Int deriving Show
instance Eq D where
  D a == D b = b `mod` a == 0

divides :: Int -> Int -> Bool
divides a b = b `mod` a == 0

xs :: [D]
xs = map D [6, 4, 3, 2, 12, 1]

main :: IO ()
main = do
  print (D 2 `elem` xs, D 12 `elem` xs, D 5 `notElem` xs)
  print (lookup (D 2) (zip xs "abcdef"), lookup (D 12) (zip xs "abcdef"))
  print (delete (D 2) xs, delete (D 12) xs)
  print (deleteBy divides 2 [6, 4, 3], deleteBy divides 12 [6, 4, 3])
  print (nub xs, nubBy divides [2, 4, 3, 6, 12, 5])
  print (xs \\ [D 2], [D 12, D 5] \\ xs)
  print (union [D 2] xs, unionBy divides [3] [6, 9, 2])
  print (intersect xs [D 2], intersect [D 2] xs, intersectBy divides [2, 3] [4, 9, 5])
  print (elemIndex (D 2) xs, elemIndices (D 3) xs, elemIndices (D 12) xs)
  print (isPrefixOf [D 2] xs, isPrefixOf [D 12] xs, isSuffixOf [D 1] xs, isInfixOf [D 2, D 1] xs)
  print (stripPrefix [D 2] xs, stripPrefix [D 12] xs)
  print (group xs, groupBy divides [2, 4, 8, 3, 9, 1, 5])
  print (insertBy (\a b -> compare (a `mod` 5) (b `mod` 5)) 7 [1, 3, 8, 4])
  print (deleteFirstsBy divides [2, 4, 6, 8] [4, 2])
  print (span (== D 2) xs, break (== D 5) xs)
  print (filter (== D 3) xs, filter (D 3 ==) xs)
  print (lookup 2 [(1 :: Int, 'a'), (2, 'b')])
  print (NE.group xs, NE.groupBy divides [2, 4, 3])
  print (zip3 [1 :: Int ..] "ab" [True, False])
  print (isSubsequenceOf [D 2, D 1] xs, isSubsequenceOf [D 12] xs)
  print (M.fromListWith (++) [(1 :: Int, "a"), (1, "b"), (2, "c")])
  print (S.toList (S.fromList [3, 1, 2 :: Int]))
  print (maximumBy (\a b -> compare (a `mod` 3) (b `mod` 3)) [1, 4, 2, 5, 3 :: Int])
  print (minimumBy (\a b -> compare (a `mod` 3) (b `mod` 3)) [1, 4, 2, 5, 3, 6 :: Int])
  print (sortOn (`mod` 3) [5, 3, 4, 1, 2, 6 :: Int], sortBy (\a b -> compare (a `mod` 2) (b `mod` 2)) [5, 2, 3, 4 :: Int])
  print (insert 3 [1, 2, 3, 4 :: Int], elem (D 4) [D 2])
