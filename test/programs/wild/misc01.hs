import Data.Either (partitionEithers, lefts, rights, either, fromLeft, isLeft)
import Data.Maybe (catMaybes, fromMaybe, listToMaybe, maybeToList, isJust)
import Data.Foldable (for_, traverse_, foldrM, foldlM)
import Data.Traversable (mapAccumL, mapAccumR, for)
import Control.Monad (foldM, zipWithM_, zipWithM, replicateM_, filterM, mapAndUnzipM, msum, mplus, mzero, guard, unless, forever, (>=>))
import Data.Function ((&), fix, on)
import Data.Functor ((<&>), ($>), void)
import Data.Coerce (coerce)
import qualified Data.List.NonEmpty as NE
import Data.List.NonEmpty (NonEmpty(..))
import Data.Semigroup (Max(..), Min(..), sconcat, stimes)
import Data.Monoid (Sum(..), Product(..), Any(..), All(..), First(..), Last(..), Alt(..))
import Data.Ord (comparing, Down(..))
import Data.List (sortBy, sortOn, maximumBy, minimumBy, group, sort, insertBy, deleteBy, unionBy, intersect, union, (\\), zip4, lookup, elemIndex, findIndex, elemIndices, stripPrefix, subsequences, permutations, scanl', iterate, splitAt, span, dropWhileEnd, genericLength)

main :: IO ()
main = do
  let es = [Left "a", Right 1, Right 2, Left "b"] :: [Either String Int]
  print (partitionEithers es, lefts es, rights es, fromLeft "z" (Right 3 :: Either String Int), map isLeft es)
  print (catMaybes [Just 1, Nothing, Just 3 :: Maybe Int], fromMaybe 0 Nothing, listToMaybe [9, 8 :: Int], maybeToList (Just 'c'))
  for_ [1, 2 :: Int] print
  traverse_ print "ab"
  r <- foldM (\acc x -> do { print acc; return (acc + x) }) 0 [1, 2, 3 :: Int]
  print r
  zipWithM_ (\i s -> putStrLn (show i ++ s)) [1 :: Int ..] ["a", "b"]
  print (mapAccumL (\acc x -> (acc + x, acc * x)) 0 [1 .. 5 :: Int], mapAccumR (\a x -> (a + 1, (a, x))) 0 "xyz")
  print ([1, 2, 3] & map (* 2) & sum :: Int)
  print (fix (\rec n -> if n <= 1 then 1 else n * rec (n - 1)) (10 :: Integer))
  print (Just 4 <&> (+ 1), Just 1 $> "r", ((==) `on` fst) (1 :: Int, 'a') (1, 'b'))
  print (coerce (Sum (3 :: Int)) :: Int, getSum (foldMap Sum [1 .. 10 :: Int]), getProduct (foldMap Product [1 .. 5 :: Int]))
  print (getAll (foldMap (All . even) [2, 4 :: Int]), getAny (foldMap (Any . odd) [2, 4 :: Int]))
  print (getFirst (First (Just 1) <> First Nothing <> First (Just (3 :: Int))), getLast (foldMap (Last . Just) [1, 2, 3 :: Int]))
  print (sconcat (Max 3 :| [Max 5, Max (1 :: Int)]), getMin (Min 'q' <> Min 'c'), stimes 3 "ab")
  let ne = 5 :| [3, 8, 1 :: Int]
  print (NE.head ne, NE.length ne, NE.toList (NE.sort ne), NE.map (* 2) ne, NE.groupBy (==) "aabccc")
  print (sortBy (comparing Down) [3, 1, 2 :: Int], sortOn negate [3, 1, 2 :: Int], maximumBy (comparing snd) [(1, 'a'), (2, 'c'), (3 :: Int, 'b')])
  print (map (\g -> (head g, length g)) (group (sort "mississippi")))
  print ([1, 2, 3, 4] \\ [2, 3 :: Int], union [1, 2] [2, 3 :: Int], intersect [1, 2, 3] [2, 3, 4 :: Int], elemIndex 3 [1, 2, 3 :: Int], findIndex (> 1) [1, 2, 3 :: Int])
  print (subsequences [1, 2, 3 :: Int], length (permutations [1 .. 5 :: Int]), stripPrefix "foo" "foobar")
  print (filterM (const [True, False]) [1, 2 :: Int], msum [Nothing, Just 1, Just (2 :: Int)], do { x <- [1 .. 10 :: Int]; guard (x * x > 50); return x })
  r2 <- foldlM (\a b -> return (a * b)) 1 [1 .. 6 :: Integer]
  print r2
  print ((Just . (+ 1)) >=> (\x -> if x > 2 then Nothing else Just x) $ (1 :: Int))
  print (genericLength "hello" :: Integer, elemIndices 'a' "banana", zip4 [1 :: Int, 2] "ab" [True, False] [(), ()])
  print (minimumBy (comparing abs) [-3, 2, -1, 4 :: Int], insertBy (comparing negate) 2 [5, 3, 1 :: Int])
  print (Alt (Just 1) <> Alt (Just (2 :: Int)))
