-- Foldable methods of base's instances used at known types, both applied
-- (GHC inlines the wrappers and calls the workers) and passed as values to
-- a table printer (GHC names the instance method itself).
import Data.Foldable
import Data.Functor.Identity
import Data.Monoid (Alt (..), Ap (..), First (..), Last (..), Dual (..), Sum (..), Product (..))
import Data.List.NonEmpty (NonEmpty (..))
import Data.Proxy
import Data.Ord (Down (..))

{-# NOINLINE row #-}
row :: Show b => String -> [a -> b] -> [a] -> IO ()
row name fs xs = putStrLn $ name ++ ": " ++ unwords [show (f x) | f <- fs, x <- xs]

{-# NOINLINE rowS #-}
rowS :: String -> [a -> String] -> [a] -> IO ()
rowS name fs xs = putStrLn $ name ++ ": " ++ unwords [f x | f <- fs, x <- xs]

main :: IO ()
main = do
  let ms = [Just 3, Nothing, Just (7 :: Int)]
  row "Maybe sum/product/length" [sum, product, length, foldr (+) 1, foldl' (-) 0, foldr' (-) 0] ms
  row "Maybe null/elem" [null, elem 3] ms
  rowS "Maybe toList" [show . toList, show . foldMap (: [])] ms
  row "Maybe max/min" [maximum, minimum, foldr1 (-), foldl1 (-)] [Just 4, Just (9 :: Int)]
  print (fold (Just [1, 2 :: Int]), fold (Nothing :: Maybe String), foldMap' Sum (Just (5 :: Int)))
  let es = [Left "e", Right (4 :: Int)]
  row "Either" [sum, product, length, foldr (*) 2, foldl' (+) 1, foldl (+) 1] es
  row "Either null/elem" [null, elem 4] es
  rowS "Either toList" [show . toList, show . foldMap (: [])] es
  row "Either max/min" [maximum, minimum, foldr1 (-), foldl1 (-)] [Right (3 :: Int)]
  print (fold (Right "ok" :: Either Int String), foldMap' Product (Right 6 :: Either () Int))
  let ps = [("a", 1 :: Int), ("b", 2)]
  row "pair" [sum, product, length, foldr (+) 0, foldl' (+) 0, maximum, minimum, foldr1 (+)] ps
  row "pair null/elem" [null, elem 2] ps
  rowS "pair toList" [show . toList] ps
  print (fold ((), "xy"), foldMap' Sum ((), 3 :: Int))
  let ne = [1 :| [2, 3], 4 :| [5, 6 :: Int]]
  row "NonEmpty" [sum, product, length, maximum, minimum, foldr1 (-), foldl1 (-), foldr (-) 0, foldl (-) 0, foldr' (-) 0, foldl' (-) 0] ne
  row "NonEmpty null/elem" [null, elem 5] ne
  rowS "NonEmpty toList" [show . toList, show . foldMap (: [])] ne
  print (fold ("ab" :| ["cd"]), foldMap' Sum (1 :| [2 :: Int]))
  let ids = [Identity 3, Identity (8 :: Int)]
  row "Identity" [sum, product, length, maximum, minimum, foldr1 (-), foldl1 (-), foldr (-) 1, foldl (-) 1, foldr' (-) 1, foldl' (-) 1] ids
  row "Identity null/elem" [null, elem 8] ids
  rowS "Identity toList" [show . toList] ids
  let ds = [Dual 3, Dual (8 :: Int)]
  row "Dual" [sum, product, length, maximum, minimum, foldr1 (-), foldl1 (-), foldr (-) 1, foldl (-) 1, foldr' (-) 1, foldl' (-) 1] ds
  row "Dual null/elem" [null, elem 8] ds
  rowS "Dual toList" [show . toList] ds
  let ss = [Sum 3, Sum (8 :: Int)]
  row "Sum" [sum, product, length, maximum, minimum, foldr1 (-), foldl1 (-), foldr (-) 1, foldl (-) 1, foldr' (-) 1, foldl' (-) 1] ss
  row "Sum null/elem" [null, elem 8] ss
  rowS "Sum toList" [show . toList] ss
  let pr = [Product 3, Product (8 :: Int)]
  row "Product" [sum, product, length, maximum, minimum, foldr1 (-), foldl1 (-), foldr (-) 1, foldl (-) 1, foldr' (-) 1, foldl' (-) 1] pr
  row "Product null/elem" [null, elem 8] pr
  rowS "Product toList" [show . toList] pr
  let dn = [Down 3, Down (8 :: Int)]
  row "Down" [sum, product, length, maximum, minimum, foldr1 (-), foldl1 (-), foldr (-) 1, foldl (-) 1, foldr' (-) 1, foldl' (-) 1] dn
  row "Down null/elem" [null, elem 8] dn
  rowS "Down toList" [show . toList] dn
  let fs = [First (Just 3), First Nothing, First (Just (8 :: Int))]
  row "First" [sum, product, length, foldr (-) 1, foldl (-) 1, foldr' (-) 1, foldl' (-) 1] fs
  row "First null/elem" [null, elem 8] fs
  rowS "First toList" [show . toList] fs
  row "First max" [maximum, minimum, foldr1 (-), foldl1 (-)] [First (Just (2 :: Int))]
  let ls = [Last (Just 3), Last Nothing, Last (Just (8 :: Int))]
  row "Last" [sum, product, length, foldr (-) 1, foldl (-) 1, foldr' (-) 1, foldl' (-) 1] ls
  row "Last null/elem" [null, elem 8] ls
  rowS "Last toList" [show . toList] ls
  row "Last max" [maximum, minimum, foldr1 (-), foldl1 (-)] [Last (Just (2 :: Int))]
  let as = [Alt [3, 4], Alt [], Alt [8 :: Int]]
  row "Alt" [sum, product, length, foldr (-) 1, foldl (-) 1, foldr' (-) 1, foldl' (-) 1] as
  row "Alt null/elem" [null, elem 8] as
  rowS "Alt toList" [show . toList] as
  row "Alt max" [maximum, minimum, foldr1 (-), foldl1 (-)] [Alt [2, 5 :: Int]]
  let aps = [Ap (Just 3), Ap Nothing, Ap (Just (8 :: Int))]
  row "Ap" [sum, product, length, foldr (-) 1, foldl (-) 1, foldr' (-) 1, foldl' (-) 1] aps
  row "Ap null/elem" [null, elem 8] aps
  rowS "Ap toList" [show . toList] aps
  row "Ap max" [maximum, minimum, foldr1 (-), foldl1 (-)] [Ap (Just (2 :: Int))]
  let px = [Proxy, Proxy :: Proxy Int]
  row "Proxy" [sum, product, length, foldr (-) 1, foldl (-) 1, foldr' (-) 1, foldl' (-) 1] px
  row "Proxy null/elem" [null, elem 8] px
  rowS "Proxy toList" [show . toList, show . foldMap (: [])] px
  print (fold (Proxy :: Proxy String), foldMap' Sum (Proxy :: Proxy Int))
  let ls2 = [[1, 2], [], [3 :: Int]]
  row "list" [foldr' (-) 1, foldMap' Sum . map (* 2) >>= const sum] ls2
  print (fold [[1], [2, 3 :: Int]], foldMap' Product [1, 2, 3 :: Int])
  print (and (Just True), or [False], any even (Just (3 :: Int)), all odd (Right 3 :: Either () Int))
  mapM_ print (Just 'm')
  traverse_ print (Right 'r' :: Either () Char)
  for_ (1 :| [2 :: Int]) print
  sequenceA_ [print 'a', print 'b']
  sequence_ (Just (putStrLn "seq"))
  r <- foldlM (\a x -> do print x; return (a + x)) 0 (3 :| [4 :: Int])
  r2 <- foldrM (\x a -> do print x; return (a * x)) 1 (Just (5 :: Int))
  print (r, r2, asum [Nothing, Just 'z'], concatMap show (Just (12 :: Int)), find even (1 :| [4, 6 :: Int]))
  print (maximumBy compare (Just 'q'), minimumBy compare "hello", notElem 3 (Just (3 :: Int)))
