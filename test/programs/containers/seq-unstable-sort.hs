-- Data.Sequence's unstable sorts: the order they leave equal-comparing
-- elements in (containers' pairing heap over the finger tree's shape), on
-- sequences of many sizes built in many ways, with many duplicate keys.
import qualified Data.Sequence as Seq
import Data.Sequence (Seq, (|>), (<|), (><))
import Data.Foldable (toList)
import Data.Ord (comparing)
import qualified Data.List as L

-- a small linear congruential generator: the same keys in every run
randoms :: Int -> Int -> [Int]
randoms seed n = map (`div` 65536) (take n (tail (iterate step seed)))
  where step x = (x * 1103515245 + 12345) `mod` 2147483648

-- the sequence of the items, built the way the number says
build :: Int -> [a] -> Seq a
build 0 xs = Seq.fromList xs
build 1 xs = L.foldl' (|>) Seq.empty xs
build 2 xs = foldr (<|) Seq.empty xs
build 3 xs = Seq.reverse (Seq.fromList (reverse xs))
build 4 xs = let (a, b) = splitAt (length xs `div` 3) xs in Seq.fromList a >< L.foldl' (|>) Seq.empty b
build 5 xs = Seq.drop 5 (Seq.fromList (take 5 xs ++ xs))
build 6 xs = Seq.take (length xs) (Seq.fromList (xs ++ xs))
build 7 xs = Seq.fromFunction (length xs) (Seq.fromList xs `Seq.index`)
build 8 xs = Seq.sortOn (const ()) (Seq.fromList xs)
build 9 xs = Seq.mapWithIndex (\_ x -> x) (Seq.fromList xs)
build 10 xs = fmap fst (Seq.zip (Seq.fromList xs) (Seq.replicate (length xs + 2) ()))
build 11 xs = Seq.filter (const True) (Seq.fromList xs)
build _ xs = Seq.unstableSortBy (\_ _ -> EQ) (Seq.fromList xs)

-- the tags' order, summed up for the big cases
digest :: [Int] -> Int
digest = L.foldl' (\h t -> (h * 31 + t) `mod` 1000000007) 7

tags :: Seq (Int, Int) -> [Int]
tags = map snd . toList

main :: IO ()
main = do
  -- every tie order of the small cases in full
  mapM_
    ( \n -> do
        let xs = zip (replicate n 0) [0 ..]
        print (n, tags (Seq.unstableSortBy (comparing fst) (Seq.fromList xs)))
    )
    [0 .. 20]
  print (Seq.unstableSort (Seq.fromList "mississippi"))
  print (toList (Seq.unstableSortOn negate (Seq.fromList [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5 :: Int])))
  -- sizes up to 2000, keys with many or few duplicates, every construction
  let cases =
        [(n, k, b) | n <- [0 .. 20] ++ [41, 100], k <- [2, 1000], b <- [0 .. 12]]
          ++ [(300, 3, 1), (1000, 1000, 8), (2000, 3, 0)]
  mapM_
    ( \(n, k, b) -> do
        let xs = zip (map (`mod` k) (randoms (n * 131 + k * 7 + b) n)) [0 ..]
            s = build b xs
            byFst = tags (Seq.unstableSortBy (comparing fst) s)
            onFst = tags (Seq.unstableSortOn fst s)
            sorted = map fst (toList (Seq.unstableSortBy (comparing fst) s))
        putStrLn (unwords [show n, show k, show b, show (digest byFst), show (digest onFst), show (sorted == L.sort (map fst xs))])
    )
    cases
