-- Internals of Data.IntMap.Internal (patricia-tree helpers, the merge
-- tactics' classes and combinators) and of Data.IntSet.Internal.
import qualified Data.IntMap.Internal as IM
import Data.IntMap.Internal (IntMap (..))
import qualified Data.IntMap.Merge.Lazy as ML
import qualified Data.IntSet.Internal as IS
import Data.Functor.Identity (Identity (..))
import qualified Data.Map.Strict.Internal as MS
import qualified Data.Map.Internal as M
import qualified Data.Map.Merge.Lazy as MML
import Utils.Containers.Internal.BitUtil (bitcount, highestBitMask, shiftLL, shiftRL, wordSize)
import Utils.Containers.Internal.StrictPair (StrictPair (..), toPair)

main :: IO ()
main = do
  -- bit helpers
  print (IM.natFromInt (-1), IM.intFromNat 5, IM.zero 5 4, IM.zero 5 2)
  print (IM.mask 13 4, IM.maskW 13 4, IM.match 13 8 4, IM.nomatch 13 8 4, IM.nomatch 3 8 4)
  print (IM.shorter 8 4, IM.shorter 4 8, IM.branchMask 12 8, IM.branchMask 1 2)
  print (IS.match 70 64 32, IS.bitmapOf 3, IS.bitmapOf 67)
  print (bitcount 0 255, highestBitMask 100, shiftLL 1 10, shiftRL 1024 3, wordSize)
  -- constructors and smart constructors
  let t1 = Bin 0 4 (Tip 1 'a') (Tip 5 'b')
  print (t1, IM.bin 0 4 Nil (Tip 5 'c'), IM.bin 0 4 (Tip 1 'd') Nil, IM.bin 0 4 (Tip 1 'x') (Tip 4 'y'))
  print (IM.binCheckLeft 0 4 Nil (Tip 6 'e'), IM.binCheckLeft 0 4 (Tip 1 'f') (Tip 6 'g'))
  print (IM.binCheckRight 0 4 (Tip 1 'h') Nil, IM.binCheckRight 0 4 (Tip 1 'i') (Tip 6 'j'))
  print (IM.linkWithMask 8 0 (Tip 3 'k') (Tip 12 'l'))
  print (IS.Bin 0 64 (IS.Tip 0 5) (IS.Tip 64 1), IS.Tip 128 3)
  print (IS.toList (IS.Bin 0 64 (IS.Tip 0 5) (IS.Tip 64 1)))
  -- strict pairs
  print (toPair (3 :*: "x"), toPair (1 :*: 2 :: StrictPair Int Int))
  -- merge tactics: Functor/Applicative/Monad of WhenMissing and WhenMatched
  let a = IM.fromList [(1, 10), (2, 20), (3, 30), (5, 50)] :: IntMap Int
      b = IM.fromList [(2, 200), (3, 300), (4, 400)] :: IntMap Int
      miss = fmap (* 2) ML.preserveMissing :: ML.WhenMissing Identity Int Int
      matched = fmap show (ML.zipWithMatched (\_ x y -> x + y)) :: ML.WhenMatched Identity Int Int String
      missS = fmap show miss
  print (ML.merge (fmap show ML.preserveMissing) (fmap show ML.preserveMissing) matched a b)
  print (ML.merge missS ML.dropMissing matched a b)
  let apMiss = (\k x -> show k ++ ":" ++ show x) <$> ML.mapMissing (\k _ -> k) <*> ML.preserveMissing :: ML.WhenMissing Identity Int String
  print (ML.merge apMiss apMiss matched a b)
  print (IM.runWhenMissing ML.preserveMissing 7 (8 :: Int) :: Identity (Maybe Int))
  print (IM.runWhenMatched (ML.zipWithMatched (\k x y -> k + x + y)) 1 2 (3 :: Int) :: Identity (Maybe Int))
  let monMiss = do { x <- ML.mapMissing (\k v -> k + v); if even x then pure (x * 10) else ML.mapMissing (\_ v -> v) } :: ML.WhenMissing Identity Int Int
  print (ML.merge monMiss ML.dropMissing (ML.zipWithMatched (\_ x _ -> x)) a b)
  let monMat = do { x <- ML.zipWithMatched (\_ x y -> x + y); pure (x * 2) } :: ML.WhenMatched Identity Int Int Int
  print (ML.merge ML.dropMissing ML.dropMissing monMat a b)
  print (ML.merge ML.dropMissing ML.dropMissing (pure (+ 7) <*> ML.zipWithMatched (\_ x y -> x * y) *> ML.zipWithMatched (\_ x y -> x - y)) a b)
  print (ML.merge (pure 0 <* ML.preserveMissing) ML.dropMissing (ML.zipWithMatched (\_ x _ -> x)) a b)
  print (ML.merge (IM.lmapWhenMissing (* 3) ML.preserveMissing) ML.dropMissing (IM.contramapFirstWhenMatched negate (ML.zipWithMatched (\_ x y -> x + y))) a b)
  print (ML.merge ML.dropMissing ML.dropMissing (IM.contramapSecondWhenMatched (+ 1) (ML.zipWithMatched (\_ x y -> (x, y)))) a b)
  print (ML.merge (IM.mapGentlyWhenMissing show ML.preserveMissing) (IM.mapGentlyWhenMissing (const "r") ML.preserveMissing) (IM.mapGentlyWhenMatched show (ML.zipWithMatched (\_ x y -> x * y))) a b)
  print (ML.merge ML.dropMissing ML.dropMissing (ML.zipWithMaybeAMatched (\k x y -> Identity (if k == 2 then Nothing else Just (x, y)))) a b)
  print (IM.compose (IM.fromList [(1, 2), (2, 3), (9, 4)]) (IM.fromList [(10, 1), (20, 2), (30, 5), (40, 9 :: Int)]) :: IntMap Int)
  print (IM.compose (IM.empty :: IntMap Char) (IM.fromList [(1, 2 :: Int)]))
  -- Data.Map internals
  let m1 = M.fromList [(i, i * i) | i <- [1 .. 6 :: Int]]
  print (M.Bin 1 'k' (1 :: Int) M.Tip M.Tip, M.bin 'm' (2 :: Int) (M.singleton 'a' 1) M.Tip)
  print (MS.valid (M.bin 'm' (2 :: Int) (M.singleton 'a' 1) M.Tip))
  let mm = do { x <- MML.zipWithMatched (\_ x y -> x + y); pure (x + 1) } :: MML.WhenMatched Identity Int Int Int Int
  print (MML.merge MML.dropMissing MML.dropMissing mm m1 (M.fromList [(2, 1), (4, 1), (9, 1)]))
  print (MML.merge (M.mapGentlyWhenMissing show MML.preserveMissing) MML.dropMissing (M.mapGentlyWhenMatched show (MML.zipWithMatched (\_ x y -> x - y))) m1 (M.fromList [(2, 1), (4, 1), (9, 1)]))
  print (runIdentity (M.missingSubtree (MML.mapMissing (\k x -> k + x)) m1))
  print (runIdentity (M.missingSubtree (MS.mapWhenMissing (* 2) MML.preserveMissing) m1))
  print (MS.mergeWithKey (\_ x y -> if x > 5 then Just (x + y) else Nothing) id (M.map negate) m1 (M.fromList [(2, 1), (3, 1), (9, 1)]))
  print (MS.mergeWithKey (\_ _ _ -> Nothing) (const M.empty) id m1 (M.fromList [(2, 1), (3, 1), (9, 1)]))
