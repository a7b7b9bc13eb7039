-- The finger-tree shapes (Data.Sequence.Internal's constructors) of the
-- remaining Seq-producing operations: the Applicative ones (<*>, liftA2, *>,
-- >>), intersperse, cycleTaking, stimes, the inner sequences of tails and
-- inits, the zips, unfolds, replicateA/M, splits by predicate, folds that
-- build sequences, mfix, fromListN, Read... (the order of unstableSort's
-- ties depends on them). `<*` is checked by seq-before.hs.
import qualified Data.Sequence as Seq
import Data.Sequence (Seq, (|>), (<|), (><))
import Data.Sequence.Internal (Seq (..), FingerTree (..), Digit (..), Node (..))
import Data.Functor.Identity (Identity (..))
import Control.Applicative (liftA2)
import Control.Monad.Fix (mfix)
import Data.Semigroup (stimes, sconcat)
import qualified Data.List.NonEmpty as NE
import qualified Data.List as L
import qualified GHC.Exts as Exts
import Data.Array (listArray)
import Control.Monad.State.Strict (evalState, state)
import Control.Monad.Fix (mfix)

shape :: (a -> String) -> FingerTree a -> String
shape _ EmptyT = "E"
shape f (Single x) = "S" ++ f x
shape f (Deep _ pr m sf) = "D" ++ digit pr ++ "(" ++ shape node m ++ ")" ++ digit sf
  where
    digit d = show (length (items d)) ++ concatMap f (items d)
    items (One a) = [a]
    items (Two a b) = [a, b]
    items (Three a b c) = [a, b, c]
    items (Four a b c d) = [a, b, c, d]
    node (Node2 _ a b) = "<" ++ f a ++ f b ++ ">"
    node (Node3 _ a b c) = "<" ++ f a ++ f b ++ f c ++ ">"

sh :: Seq a -> String
sh (Seq t) = shape (const ".") t

sl, sn, fl :: Int -> Seq Int
sl n = L.foldl' (|>) Seq.empty [1 .. n]
sn n = foldr (<|) Seq.empty [1 .. n]
fl n = Seq.fromList [1 .. n]

ops1 :: [(String, Int -> String)]
ops1 =
  [ ("intersperse", \n -> sh (Seq.intersperse 0 (fl n)))
  , ("intersperseS", \n -> sh (Seq.intersperse 0 (sl n)))
  , ("cycleTaking", \n -> sh (Seq.cycleTaking (3 * n + 1) (fl (n `div` 2 + 1))))
  , ("cycleTaking2", \n -> sh (Seq.cycleTaking n (sl 5)))
  , ("cycleTaking3", \n -> sh (Seq.cycleTaking n (sn 1)))
  , ("tailsIn", \n -> concatMap (\s -> sh s ++ ";") (Seq.tails (fl n)))
  , ("tailsInS", \n -> concatMap (\s -> sh s ++ ";") (Seq.tails (sl n)))
  , ("initsIn", \n -> concatMap (\s -> sh s ++ ";") (Seq.inits (fl n)))
  , ("initsInS", \n -> concatMap (\s -> sh s ++ ";") (Seq.inits (sn n)))
  , ("tailsOut", \n -> sh (Seq.tails (fl n)))
  , ("initsOut", \n -> sh (Seq.inits (sn n)))
  , ("zipWith3", \n -> sh (Seq.zipWith3 (\a b c -> a) (sl (n + 2)) (fl n) (sn (n + 1))))
  , ("zip3b", \n -> sh (Seq.zip3 (fl n) (sl (n + 2)) (sn (n + 1))))
  , ("zip4", \n -> sh (Seq.zip4 (sl (n + 3)) (fl (n + 1)) (sn n) (sl (n + 2))))
  , ("zipS", \n -> sh (Seq.zip (fl n) (sl (n + 3))))
  , ("zipWithE", \n -> sh (Seq.zipWith (+) (sn n) (sl n)))
  , ("unfoldr", \n -> sh (Seq.unfoldr (\i -> if i > n then Nothing else Just (i, i + 1)) 1))
  , ("unfoldl", \n -> sh (Seq.unfoldl (\i -> if i > n then Nothing else Just (i + 1, i)) 1))
  , ("iterateN", \n -> sh (Seq.iterateN n (+ 1) 0))
  , ("fromArray", \n -> sh (Seq.fromArray (listArray (1, n) [1 .. n])))
  , ("fromFunction", \n -> sh (Seq.fromFunction n id))
  , ("replicateA", \n -> sh (runIdentity (Seq.replicateA n (Identity 0))))
  , ("replicateM", \n -> sh (evalState (Seq.replicateM n (state (\s -> (s, s + 1)))) (0 :: Int)))
  , ("replicateAMaybe", \n -> maybe "N" sh (Seq.replicateA n (Just 'x')))
  , ("replicateAList", \n -> concatMap sh (Seq.replicateA (n `mod` 6) "ab"))
  , ("reverseF", \n -> sh (Seq.reverse (fl n)))
  , ("reverseS", \n -> sh (Seq.reverse (sl n)))
  , ("sortBy", \n -> sh (Seq.sortBy compare (sl n)))
  , ("sortOn", \n -> sh (Seq.sortOn negate (sn n)))
  , ("unstableSortOn", \n -> sh (Seq.unstableSortOn negate (sn n)))
  , ("partitionL", \n -> sh (fst (Seq.partition even (fl (2 * n)))))
  , ("partitionR", \n -> sh (snd (Seq.partition (\x -> x `mod` 3 == 0) (sl (2 * n)))))
  , ("breakl", \n -> let (a, b) = Seq.breakl (> n `div` 3) (sl n) in sh a ++ "|" ++ sh b)
  , ("breakr", \n -> let (a, b) = Seq.breakr (< n `div` 3) (fl n) in sh a ++ "|" ++ sh b)
  , ("spanl", \n -> let (a, b) = Seq.spanl (< n `div` 2) (fl n) in sh a ++ "|" ++ sh b)
  , ("spanr", \n -> let (a, b) = Seq.spanr (> n `div` 2) (sl n) in sh a ++ "|" ++ sh b)
  , ("takeWhileL", \n -> sh (Seq.takeWhileL (< n `div` 2) (fl n)))
  , ("takeWhileR", \n -> sh (Seq.takeWhileR (> n `div` 3) (sl n)))
  , ("dropWhileL", \n -> sh (Seq.dropWhileL (< n `div` 2) (sn n)))
  , ("dropWhileR", \n -> sh (Seq.dropWhileR (> n `div` 3) (fl n)))
  , ("update", \n -> sh (Seq.update (n `div` 2) 0 (sl n)))
  , ("adjust'", \n -> sh (Seq.adjust' (+ 1) (n `div` 3) (fl n)))
  , ("foldlWithIndex", \n -> sh (Seq.foldlWithIndex (\acc i x -> acc |> (i + x)) Seq.empty (fl n)))
  , ("foldrWithIndex", \n -> sh (Seq.foldrWithIndex (\i x acc -> (i + x) <| acc) Seq.empty (fl n)))
  , ("mapM", \n -> maybe "N" sh (mapM Just (sn n)))
  , ("traverseList", \n -> concatMap sh (traverse (\x -> [x, x]) (fl (n `mod` 5))))
  , ("traverseWithIndex", \n -> sh (runIdentity (Seq.traverseWithIndex (\i x -> Identity (i + x)) (sl n))))
  , ("constMap", \n -> sh (0 <$ sl n))
  , ("mfix", \n -> sh (mfix (\xs -> Seq.fromList [1 .. n])))
  , ("stimes", \n -> sh (stimes (n `mod` 7 + 1) (fl (n `div` 2))))
  , ("stimesS", \n -> sh (stimes 3 (sl n)))
  , ("cycle", \n -> sh (Seq.cycleTaking (n * 2) (fl n)))
  , ("mconcat", \n -> sh (mconcat [fl i | i <- [0 .. n `mod` 9]]))
  , ("sconcat", \n -> sh (sconcat (fl n NE.:| [sl 3, sn (n `div` 2)])))
  , ("isList", \n -> sh (Exts.fromList [1 .. n] :: Seq Int))
  , ("isListN", \n -> sh (Exts.fromListN n [1 .. n] :: Seq Int))
  , ("read", \n -> sh (read (show (fl n)) :: Seq Int))
  , ("scanl1", \n -> sh (Seq.scanl1 (+) (sl (n + 1))))
  , ("scanr1", \n -> sh (Seq.scanr1 (+) (sn (n + 1))))
  , ("scanr", \n -> sh (Seq.scanr (+) 0 (sl n)))
  , ("unzipR", \n -> sh (snd (Seq.unzip (fmap (\x -> (x, x)) (sl n)))))
  , ("unzipWith", \n -> sh (fst (Seq.unzipWith (\x -> (x, x)) (sn n))))
  , ("alt", \n -> sh (Seq.fromList [1..n] <> sl n))
  , ("bindThen", \n -> sh (fl (n `mod` 7) >> sl (n `div` 3)))
  , ("filterS", \n -> sh (Seq.filter odd (sl n)))
  , ("elemIndicesSeq", \n -> sh (Seq.fromList (Seq.elemIndicesL 0 (Seq.replicate n 0))))
  , ("chunksOf1", \n -> sh (Seq.chunksOf 1 (sl n)))
  , ("empty", \n -> sh (Seq.empty |> n))
  , ("tailsApp", \n -> concatMap (\s -> sh s ++ ";") (Seq.tails (sl (n `div` 2) >< sn (n - n `div` 2))))
  , ("initsApp", \n -> concatMap (\s -> sh s ++ ";") (Seq.inits (sl (n `div` 2) >< sn (n - n `div` 2))))
  , ("tailsIns", \n -> concatMap (\s -> sh s ++ ";") (Seq.tails (Seq.insertAt (n `div` 3) 0 (fl n))))
  , ("initsDel", \n -> concatMap (\s -> sh s ++ ";") (Seq.inits (Seq.deleteAt (n `div` 2) (sl (n + 1)))))
  , ("interApp", \n -> sh (Seq.intersperse 0 (sn (n `div` 2) >< sl (n - n `div` 2))))
  , ("cycleApp", \n -> sh (Seq.cycleTaking (5 * n + 3) (sn (n `div` 2) >< sl (n - n `div` 2 + 1))))
  ]

ops2 :: [(String, Int -> Int -> String)]
ops2 =
  [ ("ap", \m n -> sh (fmap (+) (fl m) <*> fl n))
  , ("apS", \m n -> sh (fmap (+) (sl m) <*> sn n))
  , ("liftA2", \m n -> sh (liftA2 (+) (fl m) (sl n)))
  , ("then", \m n -> sh (fl m *> sl n))
  , ("bind", \m n -> sh (fl m >>= \x -> sl n))
  , ("seqThen", \m n -> sh (sn m >> fl n))
  , ("apApp", \m n -> sh (fmap (+) (sl m >< sn m) <*> (sn n >< sl (n + 1))))
  , ("liftA2Del", \m n -> sh (liftA2 (,) (Seq.deleteAt 1 (fl (m + 2))) (Seq.insertAt 1 0 (sn n))))
  ]

sizes :: [Int]
sizes = [0 .. 24] ++ [40, 64, 100]

sizes2 :: [(Int, Int)]
sizes2 = [(m, n) | m <- [0 .. 7], n <- [0 .. 8]] ++ [(m, n) | m <- [2, 5, 17], n <- [4, 13, 31]] ++ [(40, 3), (3, 40)]

main :: IO ()
main = do
  -- (tails and inits print every inner sequence: small sizes only)
  mapM_ (\(name, f) -> mapM_ (\n -> putStrLn (name ++ " " ++ show n ++ " " ++ f n)) (if take 4 name `elem` ["tail", "init"] then [0 .. 24] else sizes)) ops1
  mapM_ (\(name, f) -> mapM_ (\(m, n) -> putStrLn (name ++ " " ++ show m ++ "x" ++ show n ++ " " ++ f m n)) sizes2) ops2
