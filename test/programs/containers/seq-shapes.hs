-- The finger-tree shapes of sequences (Data.Sequence.Internal's constructors):
-- fromList, replicate, the sorts, appends, splits, insertAt, deleteAt,
-- chunksOf, >>=, tails, inits and the structure-preserving maps build the
-- same trees as containers (the order of unstableSort's ties depends on
-- them).
import qualified Data.Sequence as Seq
import Data.Sequence (Seq, (|>), (<|), (><))
import Data.Sequence.Internal (Seq (..), FingerTree (..), Digit (..), Node (..))
import Data.Functor.Identity (Identity (..))
import qualified Data.List as L

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

shapeOf :: Seq a -> String
shapeOf (Seq t) = shape (const ".") t

ops :: [(String, Int -> Seq Int)]
ops =
  [ ("fromList", \n -> Seq.fromList [1 .. n])
  , ("snoc", \n -> L.foldl' (|>) Seq.empty [1 .. n])
  , ("cons", \n -> foldr (<|) Seq.empty [1 .. n])
  , ("append", \n -> Seq.fromList [1 .. n `div` 3] >< L.foldl' (|>) Seq.empty [1 .. n - n `div` 3])
  , ("replicate", \n -> Seq.replicate n 0)
  , ("replicateA", \n -> runIdentity (Seq.replicateA n (Identity 0)))
  , ("fromFunction", \n -> Seq.fromFunction n id)
  , ("iterateN", \n -> Seq.iterateN n (+ 1) 0)
  , ("sort", \n -> Seq.sort (Seq.fromList [n, n - 1 .. 1]))
  , ("unstableSort", \n -> Seq.unstableSort (Seq.fromList [n, n - 1 .. 1]))
  , ("splitAt", \n -> let (a, b) = Seq.splitAt (n `div` 3) (Seq.fromList [1 .. n]) in b >< a)
  , ("take", \n -> Seq.take (n `div` 2 + 1) (L.foldl' (|>) Seq.empty [1 .. n]))
  , ("drop", \n -> Seq.drop (n `div` 3) (Seq.replicate n 0))
  , ("insertAt", \n -> Seq.insertAt (n `div` 2) 0 (Seq.insertAt (n `div` 3) 0 (Seq.fromList [1 .. n])))
  , ("deleteAt", \n -> Seq.deleteAt (n `div` 2) (Seq.insertAt (n `div` 3) 0 (Seq.deleteAt 1 (Seq.fromList [0 .. n + 1]))))
  , ("deleteMany", \n -> foldr Seq.deleteAt (Seq.fromList [1 .. 3 * n]) [0, 3 .. 2 * n])
  , ("chunksOf", \n -> Seq.chunksOf 4 (L.foldl' (|>) Seq.empty [1 .. n]) >>= id)
  , ("chunksOuter", \n -> fmap length (Seq.chunksOf 3 (Seq.fromList [1 .. n])))
  , ("bind", \n -> Seq.fromList [1 .. n] >>= \x -> Seq.replicate (x `mod` 4) x)
  , ("tails", \n -> fmap length (Seq.tails (L.foldl' (|>) Seq.empty [1 .. n])))
  , ("inits", \n -> Seq.inits (foldr (<|) Seq.empty [1 .. n]) >>= id)
  , ("filter", \n -> Seq.filter even (Seq.fromList [1 .. 2 * n]))
  , ("dropWhileR", \n -> Seq.dropWhileR (> n) (Seq.fromList [1 .. 2 * n]))
  , ("reverse", \n -> Seq.reverse (L.foldl' (|>) Seq.empty [1 .. n]))
  , ("mapWithIndex", \n -> Seq.mapWithIndex (+) (foldr (<|) Seq.empty [1 .. n]))
  , ("adjust", \n -> Seq.adjust (+ 1) (n `div` 2) (L.foldl' (|>) Seq.empty [1 .. n]))
  , ("zip", \n -> fmap fst (Seq.zip (L.foldl' (|>) Seq.empty [1 .. n + 5]) (Seq.fromList [1 .. n])))
  , ("scanl", \n -> Seq.scanl (+) 0 (foldr (<|) Seq.empty [1 .. n]))
  , ("traverse", \n -> runIdentity (traverse Identity (L.foldl' (|>) Seq.empty [1 .. n])))
  ]

main :: IO ()
main =
  mapM_
    (\(name, f) -> mapM_ (\n -> putStrLn (name ++ " " ++ show n ++ " " ++ shapeOf (f n))) ([0 .. 30] ++ [100, 333]))
    ops
