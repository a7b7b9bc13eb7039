-- unstableSort/unstableSortBy/unstableSortOn with many ties, applied to the
-- results of Seq's operations: the order of equal keys depends on the tree
-- each operation builds (<*>, liftA2, *>, >>, intersperse, cycleTaking,
-- stimes, tails/inits' inner sequences, fromListN, mfix, zips, unfolds...).
import qualified Data.Sequence as Seq
import Data.Sequence (Seq, (|>), (<|), (><))
import Data.Foldable (toList)
import Data.Ord (comparing)
import Data.Semigroup (stimes)
import Control.Applicative (liftA2)
import Control.Monad.Fix (mfix)
import Data.Functor.Identity (Identity (..))
import qualified Data.List as L
import qualified GHC.Exts as Exts

-- keys with many duplicates, tagged with their position
tagged :: Int -> Int -> [(Int, Int)]
tagged seed n = zip (map (`mod` 4) (randoms seed n)) [0 ..]

randoms :: Int -> Int -> [Int]
randoms seed n = map (`div` 65536) (take n (tail (iterate step seed)))
  where step x = (x * 1103515245 + 12345) `mod` 2147483648

sl, sn, fl :: [a] -> Seq a
sl = L.foldl' (|>) Seq.empty
sn = foldr (<|) Seq.empty
fl = Seq.fromList

ops :: [(String, Int -> Seq (Int, Int))]
ops =
  [ ("ap", \n -> fmap (\a b -> ((fst a + fst b) `mod` 3, snd a * 100 + snd b)) (fl (tagged 1 (n `mod` 9 + 1))) <*> sl (tagged 2 n))
  , ("liftA2", \n -> liftA2 (\a b -> ((fst a * fst b) `mod` 3, snd a * 100 + snd b)) (sn (tagged 3 (n `div` 4 + 2))) (fl (tagged 4 (n `mod` 13 + 2))))
  , ("then", \n -> sl (tagged 5 (n `mod` 6 + 2)) *> sn (tagged 6 n))
  , ("seqThen", \n -> fl (tagged 7 (n `mod` 5 + 1)) >> sl (tagged 8 (n `div` 2)))
  , ("intersperse", \n -> Seq.intersperse (1, -1) (sn (tagged 9 n)))
  , ("cycleTaking", \n -> Seq.cycleTaking (3 * n + 2) (sl (tagged 10 (n `div` 3 + 1))))
  , ("stimes", \n -> stimes (n `mod` 5 + 2) (fl (tagged 11 (n `div` 2))))
  , ("tails", \n -> Seq.tails (sl (tagged 12 n)) >>= id)
  , ("tailsIn", \n -> Seq.index (Seq.tails (sl (tagged 13 n))) (n `div` 3))
  , ("initsIn", \n -> Seq.index (Seq.inits (sn (tagged 14 n))) (n - n `div` 3))
  , ("fromListN", \n -> Exts.fromListN n (tagged 15 n))
  , ("mfix", \n -> mfix (\_ -> fl (tagged 16 n)))
  , ("zip3", \n -> fmap (\(a, _, _) -> a) (Seq.zip3 (sl (tagged 17 n)) (fl [1 .. n + 3]) (sn [1 .. n + 1])))
  , ("unfoldr", \n -> Seq.unfoldr (\i -> if i >= n then Nothing else Just ((i * 7 `mod` 3, i), i + 1)) 0)
  , ("unfoldl", \n -> Seq.unfoldl (\i -> if i >= n then Nothing else Just (i + 1, (i * 5 `mod` 3, i))) 0)
  , ("replicateA", \n -> runIdentity (Seq.replicateA n (Identity (0, 0))) `seq` Seq.fromFunction n (\i -> (i `mod` 3, i)))
  , ("partition", \n -> fst (Seq.partition (even . snd) (sn (tagged 18 (2 * n)))))
  , ("spanl", \n -> snd (Seq.spanl ((< n `div` 2) . snd) (fl (tagged 19 n))))
  , ("takeWhileR", \n -> Seq.takeWhileR ((> n `div` 3) . snd) (sl (tagged 20 n)))
  , ("chunks", \n -> Seq.chunksOf 3 (sl (tagged 21 n)) >>= id)
  , ("read", \n -> read (show (fl (tagged 22 n))))
  ]

main :: IO ()
main =
  mapM_
    ( \(name, f) ->
        mapM_
          ( \n -> do
              let s = f n
              putStrLn (name ++ " " ++ show n ++ " " ++ unwords (map (show . snd) (toList (Seq.unstableSortBy (comparing fst) s))))
              putStrLn ("  on " ++ unwords (map (show . snd) (toList (Seq.unstableSortOn fst s))))
              putStrLn ("  all " ++ show (take 12 (toList (Seq.unstableSort (fmap (\(k, t) -> (k, t `mod` 2)) s)))))
          )
          ([0 .. 20] ++ [64, if name == "tails" then 30 else 150])
    )
    ops
