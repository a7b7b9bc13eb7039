{-# LANGUAGE PatternSynonyms #-}
{-# OPTIONS_GHC -fno-specialise #-}
-- A warehouse ledger kept in maps, int maps and sequences, exercising the
-- less common operations (lookups that also update, splits, views, ascending
-- builders, accumulating maps, merges built applicatively) through helpers
-- kept out of line so optimised code calls the library's own workers.
import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import qualified Data.Map.Merge.Lazy as MML
import qualified Data.Map.Merge.Strict as MMS
import qualified Data.Map.Internal.Debug as MD
import qualified Data.IntMap as IM
import qualified Data.IntMap.Strict as IMS
import qualified Data.IntMap.Merge.Lazy as IML
import qualified Data.IntMap.Merge.Strict as IMMS
import qualified Data.Sequence as Seq
import Data.Sequence (Seq, pattern (:<|), pattern Empty)
import Data.Functor.Classes
import Data.Functor.Identity
import Data.Foldable (foldl', fold, toList)
import Data.Semigroup (sconcat)
import Data.List.NonEmpty (NonEmpty (..))
import qualified Data.Array as A
import Control.Applicative (liftA2)
import qualified Control.Category as C
import Data.Containers.ListUtils (nubOrdOn, nubIntOn)

{-# NOINLINE summarise #-}
summarise :: (Foldable t, Show a, Monoid a) => t a -> String
summarise t = show (fold t) ++ "/" ++ show (length t) ++ "/" ++ show (foldMap (: []) t)

{-# NOINLINE foldBoth #-}
foldBoth :: (Foldable t, Num a, Ord a, Show a) => t a -> String
foldBoth t = show (foldr1 (-) t, foldl1 (-) t, foldr (:) [] t, foldl' (+) 0 t, sum t, product t, maximum t, minimum t, elem 3 t)

{-# NOINLINE viaFunctor #-}
viaFunctor :: (Functor f, Show (f Int)) => f Int -> String
viaFunctor x = show (fmap (* 2) x) ++ show ((0 :: Int) <$ x)

{-# NOINLINE viaTraverse #-}
viaTraverse :: (Traversable t, Show (t Int)) => t Int -> String
viaTraverse x = show (traverse (\v -> if v > 0 then Just v else Nothing) x) ++ show (fmap (fmap negate) (sequenceA (fmap Just x)))

{-# NOINLINE readBack #-}
readBack :: (Read a, Show a) => a -> String -> String
readBack sample s = show ((read s) `asTypeOf` sample)

{-# NOINLINE lifted #-}
lifted :: (Show1 f, Ord1 f, Eq1 f) => f Int -> f Int -> String
lifted a b = showsPrec1 11 a "" ++ " " ++ show (compare1 a b, eq1 a b, liftCompare compare a a)

{-# NOINLINE lifted2 #-}
lifted2 :: (Show2 p, Ord2 p) => p Int Char -> p Int Char -> String
lifted2 a b = showsPrec2 0 a "" ++ " " ++ liftShowsPrec2 showsPrec showList showsPrec showList 11 b "" ++ " " ++ show (liftCompare2 compare compare a b)

main :: IO ()
main = do
  let stock = M.fromList [(k, length k) | k <- words "apple banana cherry date elder fig grape honeydew"]
  print (M.insertLookupWithKey (\_ n o -> n + o) "fig" 10 stock)
  print (MS.insertLookupWithKey (\_ n o -> n * o) "kiwi" 4 stock)
  print (M.updateLookupWithKey (\_ v -> if v > 5 then Nothing else Just (v + 1)) "banana" stock)
  print (MS.updateLookupWithKey (\_ v -> Just (v * 100)) "date" stock)
  print (M.split "cherry" stock, M.splitLookup "date" stock)
  print (M.take 3 stock, M.drop 5 stock, M.splitAt 2 (M.take 4 stock))
  print (M.deleteFindMin stock, M.deleteFindMax stock, M.deleteMin stock, M.deleteMax stock)
  print (M.lookupMin stock, M.lookupMax stock, M.findMin stock, M.findMax stock)
  print (M.mapEither (\v -> if even v then Left v else Right (show v)) stock, MS.mapEither (\v -> if v > 5 then Left v else Right v) stock)
  print (M.partition even stock, M.spanAntitone (< "d") stock)
  print (M.fromAscList [(1, 'a'), (2, 'b'), (2, 'c')], M.fromDescList [(3, 'z'), (1, 'y')], MS.fromAscListWith (++) [(1, "a"), (1, "b"), (2, "c")])
  print (MS.fromAscListWithKey (\k a b -> show k ++ a ++ b) [(1, "a"), (1, "b")], MS.fromDescListWithKey (\_ a b -> a ++ b) [(5, "x"), (5, "y"), (2, "z")])
  print (M.mapAccum (\acc v -> (acc + v, acc)) 0 stock, MS.mapAccum (\acc v -> (acc ++ show v, v * 2)) "" (M.take 3 stock))
  print (MS.mapAccumWithKey (\acc k v -> (acc + length k, v)) 0 stock, MS.mapAccumRWithKey (\acc k v -> (k : acc, v)) [] (M.take 3 stock))
  print (sconcat (M.fromList [(1, 'a')] :| [M.fromList [(2, 'b')], M.fromList [(1, 'c')]]), M.mapKeys (take 2) stock, M.isSubmapOf (M.take 2 stock) stock, M.isProperSubmapOfBy (<=) (M.take 2 stock) stock)
  print (M.alterF (\v -> [Nothing, fmap (+ 1) v]) "fig" stock, MS.alterF (\v -> Identity (Just (maybe 0 (* 3) v))) "fig" stock)
  print (M.foldr' (+) 0 stock, foldMap show stock, M.foldlWithKey (\a k v -> a ++ take 1 k ++ show v) "" stock)
  putStr (MD.showTree (M.take 5 stock))
  putStr (MD.showTreeWith (\k v -> k ++ "=" ++ show v) False True (M.take 4 stock))
  print (MD.valid stock)
  putStrLn (summarise (M.fromList [(1, "a"), (2, "b")]) ++ foldBoth (M.fromList (zip "abc" [5, 3, 9])))
  putStrLn (viaFunctor (M.fromList [(1, 4)]) ++ viaTraverse (M.fromList [(1, 4), (2, 0)]))
  putStrLn (readBack stock "fromList [(\"x\",1),(\"y\",2)]" ++ lifted (M.fromList [(1, 2)]) (M.fromList [(1, 3)]) ++ lifted2 (M.fromList [(1, 'a')]) (M.fromList [(2, 'b')]))
  -- merges assembled from applicative tactics
  let w1 = MML.zipWithMatched (\_ a b -> a + b) :: MML.WhenMatched Identity String Int Int Int
      w2 = MML.zipWithMatched (\_ a b -> a * b)
      both = liftA2 (+) w1 w2
      seqd = w1 *> w2
      const7 = 7 <$ w1
      ap = fmap (,) w1 <*> w2
  print (MML.merge MML.dropMissing MML.dropMissing both stock stock, MML.merge MML.dropMissing MML.dropMissing seqd stock stock)
  print (MML.merge MML.dropMissing MML.dropMissing const7 stock stock, MML.merge MML.dropMissing MML.dropMissing (pure 'p') stock stock)
  print (MML.merge MML.dropMissing MML.dropMissing ap (M.take 2 stock) stock, MML.merge MML.preserveMissing MML.dropMissing (C.id C.. w1) stock (M.take 3 stock))
  print (MMS.merge (MMS.mapMissing (\_ v -> v + 1)) MMS.dropMissing (MMS.zipWithMatched (\_ a b -> a - b)) stock (M.take 2 stock))
  print (MML.merge (liftA2 (+) MML.preserveMissing (MML.mapMissing (\_ v -> v * 10))) MML.dropMissing (MML.zipWithMatched (\_ a _ -> a)) stock M.empty)
  -- int maps
  let im = IM.fromList [(k * 7 `mod` 50, k) | k <- [1 .. 20]]
  print (IM.keys im, IM.elems im, IM.toAscList (IM.filter even im), IM.toDescList (IM.filter (> 15) im))
  print (IM.mapKeys (`div` 3) im, IM.partition odd im, IM.split 21 im, IM.splitLookup 14 im)
  print (IM.updateMinWithKey (\k v -> Just (k + v)) im, IM.updateMaxWithKey (\_ _ -> Nothing) im, IMS.updateMinWithKey (\_ v -> Just (v * 2)) im, IMS.updateMaxWithKey (\k _ -> Just k) im)
  print (IM.maxViewWithKey im, IM.minViewWithKey im, IM.size im, IM.foldr (:) [] im)
  print (IMS.alterF (\v -> [v, Nothing]) 7 im, IMS.insertLookupWithKey (\_ a b -> a + b) 7 100 im, IMS.updateLookupWithKey (\_ _ -> Nothing) 14 im)
  print (IMS.mapAccum (\a v -> (a + v, a)) 0 im, IMS.mapAccumRWithKey (\a k v -> (a + k, v - a)) 0 im, IMS.mapEither (\v -> if odd v then Left v else Right v) im)
  print (IMMS.merge (IMMS.mapMissing (\_ v -> v + 1)) IMMS.dropMissing (IMMS.zipWithMatched (\_ a b -> a * b)) im (IM.fromList [(7, 3)]))
  let iw = IML.zipWithMatched (\_ a b -> a + b) :: IML.WhenMatched Identity Int Int Int
  print (IML.merge IML.dropMissing IML.dropMissing (liftA2 (,) iw (pure 'x')) im im == IML.merge IML.dropMissing IML.dropMissing (fmap (\v -> (v, 'x')) iw) im im)
  print (IML.merge IML.dropMissing IML.dropMissing (iw *> (0 <$ iw)) im im, IML.merge IML.dropMissing IML.dropMissing (C.id C.. iw) im (IM.fromList [(7, 1)]))
  putStrLn (summarise (IM.fromList [(1, "x"), (9, "y")]) ++ readBack im "fromList [(3,4),(1,2)]")
  print (nubOrdOn (`mod` 3) [1 .. 10 :: Int], nubIntOn (`div` 2) [5, 4, 3, 2, 1, 0])
  -- sequences
  let s = Seq.fromList [1 .. 10 :: Int]
  print (Seq.fromArray (A.listArray (0, 3) "wxyz"), Seq.fromFunction 5 (* 3), Seq.intersperse 0 (Seq.take 4 s), Seq.iterateN 5 (* 2) 1)
  print (Seq.replicateA 2 (Just 'r'), Seq.replicate 3 'q', Seq.reverse s, Seq.scanl (+) 0 (Seq.take 4 s), Seq.scanr (+) 0 (Seq.take 4 s))
  print (Seq.unfoldl (\n -> if n == 0 then Nothing else Just (n - 1, n)) 5, Seq.unfoldr (\n -> if n > 4 then Nothing else Just (n, n + 1)) 0)
  print (Seq.unzip (Seq.fromList [(1, 'a'), (2, 'b')]), Seq.viewl s, Seq.viewr s, Seq.zipWith (+) s s, Seq.zipWith3 (,,) s s (Seq.fromList "abc"))
  print (Seq.splitAt 3 s, Seq.sortBy (flip compare) s, Seq.unstableSortBy (\a b -> compare (a `mod` 3) (b `mod` 3)) s, Seq.chunksOf 3 s)
  print (case s of x :<| rest -> (x, Seq.length rest); Empty -> (0, 0), 0 :<| Seq.singleton 1, Seq.lookup 3 s, Seq.adjust' (* 100) 2 s)
  putStrLn (summarise (Seq.fromList ["a", "b", "c"]) ++ foldBoth s ++ viaFunctor s ++ viaTraverse (Seq.take 3 s))
  putStrLn (foldBoth (Seq.viewl s) ++ foldBoth (Seq.viewr s) ++ viaFunctor (Seq.viewl s) ++ viaTraverse (Seq.viewr (Seq.take 3 s)))
  putStrLn (readBack s "fromList [7,8]" ++ readBack (Seq.viewl s) "3 :< fromList [4]" ++ readBack (Seq.viewr s) "fromList [1] :> 2" ++ lifted s (Seq.reverse s))
  print (Seq.viewl (Seq.empty :: Seq Int), Seq.viewr (Seq.fromList "ab"), toList (Seq.fromList "xyz"), foldMap show s)
