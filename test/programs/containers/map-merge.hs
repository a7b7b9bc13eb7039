import qualified Data.Map.Strict as M
import qualified Data.Map.Merge.Strict as MS
import qualified Data.Map.Merge.Lazy as ML
import Data.Functor.Identity

main :: IO ()
main = do
  let a = M.fromList [(k, k * 10) | k <- [1, 2, 3, 5, 8 :: Int]]
      b = M.fromList [(k, show k) | k <- [2, 3, 4, 8, 9 :: Int]]
  print (ML.merge ML.dropMissing ML.dropMissing (ML.zipWithMatched (\_ x y -> (x, y))) a b)
  print (ML.merge ML.preserveMissing (ML.mapMissing (\k _ -> k)) (ML.zipWithMatched (\_ x y -> x + length y)) a b)
  print (ML.merge (ML.mapMaybeMissing (\k x -> if even k then Just x else Nothing)) ML.dropMissing (ML.zipWithMaybeMatched (\k x _ -> if k > 2 then Just x else Nothing)) a b)
  print (ML.merge (ML.filterMissing (\k _ -> k > 1)) (ML.mapMissing (\_ s -> read s)) (ML.zipWithMatched (\_ x _ -> x)) a b :: M.Map Int Int)
  print (MS.merge MS.preserveMissing MS.dropMissing (MS.zipWithMatched (\_ x y -> x * length y)) a b)
  r <- ML.mergeA (ML.traverseMissing (\k x -> do putStrLn ("left only " ++ show k); return x))
                 (ML.traverseMaybeMissing (\k s -> do putStrLn ("right only " ++ show k); return (if k > 5 then Just (length s) else Nothing)))
                 (ML.zipWithAMatched (\k x y -> do putStrLn ("both " ++ show k ++ " " ++ y); return (x + 1)))
                 a b
  print r
  print (runIdentity (ML.mergeA (ML.filterAMissing (\_ x -> Identity (x > 20))) ML.dropMissing (ML.zipWithMaybeAMatched (\_ x _ -> Identity (Just x))) a b))
  print (runIdentity (ML.mergeA ML.preserveMissing ML.dropMissing (ML.zipWithMatched (\_ x _ -> x)) a b))
  print (ML.merge (ML.mapWhenMissing (* 2) ML.preserveMissing) ML.dropMissing (ML.mapWhenMatched negate (ML.zipWithMatched (\_ x _ -> x))) a b)
  print (ML.merge (ML.lmapWhenMissing (+ 1) ML.preserveMissing) ML.dropMissing (ML.contramapFirstWhenMatched (* 3) (ML.zipWithMatched (\_ x _ -> x))) a b)
  print (ML.merge ML.dropMissing ML.dropMissing (ML.contramapSecondWhenMatched length (ML.zipWithMatched (\_ x y -> x + y))) a b)
  print (runIdentity (ML.runWhenMatched (ML.zipWithMatched (\k x y -> k + x + y)) 1 2 (3 :: Int)), runIdentity (ML.runWhenMissing (ML.mapMissing (\k x -> k * x)) 4 (5 :: Int)))
  print (ML.merge (fmap (+ 1) ML.preserveMissing) ML.dropMissing (fmap (* 2) (ML.zipWithMatched (\_ x _ -> x))) a b)
  print (ML.merge (pure 0) (pure 1) (pure 2) a b :: M.Map Int Int)
  print (ML.merge (ML.preserveMissing >>= \x -> ML.mapMissing (\k _ -> k + x)) ML.dropMissing (ML.zipWithMaybeMatched (\_ _ _ -> Nothing)) a b)
  where
    _unused = ()
