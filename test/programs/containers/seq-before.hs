-- Data.Sequence's `<*` (each element of the first sequence as many times
-- as the second is long): the finger tree it builds (Data.Sequence.Internal's
-- constructors) for many sizes and shapes of both sequences, and the order
-- unstableSort leaves ties of its result in, which depends on that tree.
import qualified Data.Sequence as Seq
import Data.Sequence (Seq, (|>), (<|), (><))
import Data.Sequence.Internal (Seq (..), FingerTree (..), Digit (..), Node (..))
import Data.Foldable (toList)
import Data.Ord (comparing)
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

sh :: Seq a -> String
sh (Seq t) = shape (const ".") t

sl, sn, fl :: [a] -> Seq a
sl = L.foldl' (|>) Seq.empty
sn = foldr (<|) Seq.empty
fl = Seq.fromList

-- the copies' tree depends on the second sequence's length only
shapes :: [(String, Int -> Int -> String)]
shapes =
  [ ("fl", \m n -> sh (fl [1 .. m] <* sl [1 .. n]))
  , ("sn", \m n -> sh (sn [1 .. m] <* fl [1 .. n]))
  , ("app", \m n -> sh ((sl [1 .. m] >< sn [0 .. m]) <* sn [1 .. n]))
  , ("del", \m n -> sh (Seq.deleteAt 1 (fl [1 .. m + 2]) <* Seq.replicate n ()))
  ]

-- keys with many duplicates
randoms :: Int -> Int -> [Int]
randoms seed n = map (`div` 65536) (take n (tail (iterate step seed)))
  where step x = (x * 1103515245 + 12345) `mod` 2147483648

-- the copies tagged by their position (mapWithIndex keeps the tree)
tagged :: Seq Int -> Seq (Int, Int)
tagged = Seq.mapWithIndex (\i k -> ((k + i) `mod` 3, i))

main :: IO ()
main = do
  mapM_
    (\(name, f) -> mapM_ (\(m, n) -> putStrLn (name ++ " " ++ show m ++ "x" ++ show n ++ " " ++ f m n)) sizes)
    shapes
  mapM_
    ( \(m, n) -> do
        let s = tagged (fl (randoms (m * 7 + n) m) <* sl [1 .. n])
        putStrLn (show m ++ "x" ++ show n ++ " " ++ unwords (map (show . snd) (toList (Seq.unstableSortBy (comparing fst) s))))
        putStrLn ("  on " ++ unwords (map (show . snd) (toList (Seq.unstableSortOn fst (Seq.reverse s)))))
    )
    ([(m, n) | m <- [1, 2, 3, 5], n <- [2 .. 12] ++ [19, 28, 40]] ++ [(9, 9), (17, 4), (40, 3)])
  where
    sizes = [(m, n) | m <- [0, 1, 2, 3, 5], n <- [0 .. 30] ++ [37, 40, 45]] ++ [(m, 3) | m <- [8, 13, 21, 34]] ++ [(17, 7), (7, 17)]
