import qualified Data.IntMap.Strict as IM
import qualified Data.IntMap.Merge.Lazy as ML
import qualified Data.IntMap.Merge.Strict as MS

main :: IO ()
main = do
  let a = IM.fromList [(k, k * 10) | k <- [-3, 1, 2, 3, 5, 8]]
      b = IM.fromList [(k, show k) | k <- [-4, -3, 2, 4, 8, 9]]
  print (ML.merge ML.dropMissing ML.dropMissing (ML.zipWithMatched (\_ x y -> (x, y))) a b)
  print (ML.merge ML.preserveMissing (ML.mapMissing (\k _ -> k)) (ML.zipWithMatched (\_ x y -> x + length y)) a b)
  print (ML.merge (ML.mapMaybeMissing (\k x -> if even k then Just x else Nothing)) ML.dropMissing (ML.zipWithMaybeMatched (\k x _ -> if k > 2 then Just x else Nothing)) a b)
  print (ML.merge (ML.filterMissing (\k _ -> k > 1)) (ML.mapMissing (\_ s -> read s)) (ML.zipWithMatched (\_ x _ -> x)) a b)
  r <- ML.mergeA (ML.traverseMissing (\k x -> do putStrLn ("left only " ++ show k); return x))
                 (ML.traverseMaybeMissing (\k s -> do putStrLn ("right only " ++ show k); return (if k > 5 then Just (length s) else Nothing)))
                 (ML.zipWithAMatched (\k x y -> do putStrLn ("both " ++ show k ++ " " ++ y); return (x + 1)))
                 a b
  print r
  print (ML.merge (ML.mapWhenMissing (* 2) ML.preserveMissing) ML.dropMissing (ML.mapWhenMatched negate (ML.zipWithMatched (\_ x _ -> x))) a b)
  print (ML.merge ML.preserveMissing ML.preserveMissing (ML.zipWithMatched (\_ x _ -> x)) a (IM.map length b))
  print (ML.merge ML.dropMissing ML.preserveMissing (ML.zipWithMatched (\_ _ y -> y)) IM.empty b)
  print (MS.merge MS.preserveMissing (MS.mapMissing (\k _ -> k)) (MS.zipWithMatched (\_ x y -> x + length y)) a b)
  print (MS.merge (MS.mapMaybeMissing (\k x -> if k > 0 then Just x else Nothing)) MS.dropMissing (MS.zipWithMaybeMatched (\_ x _ -> Just (x * 2))) a b)
  print (MS.merge (MS.mapWhenMissing (+ 1) MS.preserveMissing) MS.dropMissing (MS.mapWhenMatched (* 3) (MS.zipWithMatched (\_ x _ -> x))) a b)
