{-# LANGUAGE PatternSynonyms #-}
import qualified Data.Sequence as Seq
import Data.Sequence (Seq, ViewL (..), ViewR (..), (<|), (|>), (><), pattern Empty, pattern (:<|), pattern (:|>))
import Data.Foldable (toList)

-- breadth-first numbering of a binary tree with a Seq as the queue
data T = L | N T Int T deriving Show

bfs :: T -> [Int]
bfs t = go (Seq.singleton t)
  where
    go q = case Seq.viewl q of
      EmptyL -> []
      L :< rest -> go rest
      N l x r :< rest -> x : go (rest |> l |> r)

rotate :: Seq a -> Seq a
rotate (x :<| xs) = xs :|> x
rotate Empty = Empty

lastTwo :: Seq a -> Maybe (a, a)
lastTwo (_ :|> a :|> b) = Just (a, b)
lastTwo _ = Nothing

main :: IO ()
main = do
  let s = Seq.fromList [1 .. 10 :: Int]
  print s
  print (Seq.length s, Seq.null s, Seq.null (Seq.empty :: Seq Int))
  print (0 <| s, s |> 11, s >< Seq.fromList [20, 21])
  print (Seq.index s 3, Seq.lookup 3 s, Seq.lookup 10 s, s Seq.!? (-1))
  print (Seq.update 0 100 s, Seq.adjust (* 2) 9 s, Seq.adjust' negate 4 s, Seq.update 50 0 s)
  print (Seq.take 3 s, Seq.drop 7 s, Seq.splitAt 4 s)
  print (Seq.insertAt 2 99 s, Seq.deleteAt 0 s, Seq.deleteAt 20 s)
  print (Seq.viewl s, Seq.viewr s, Seq.viewl (Seq.empty :: Seq Int), Seq.viewr (Seq.empty :: Seq ()))
  print (Seq.reverse s, Seq.sort (Seq.fromList "sequence"), Seq.sortBy (flip compare) s, Seq.sortOn negate s)
  print (Seq.replicate 3 'x', Seq.zip s (Seq.fromList "abc"), Seq.zipWith (+) s s)
  print (Seq.foldlWithIndex (\acc i x -> acc + i * x) 0 s, Seq.foldrWithIndex (\i x acc -> (i, x) : acc) [] (Seq.fromList "ab"))
  print (Seq.mapWithIndex (,) (Seq.fromList "xyz"), Seq.fromFunction 4 (* 3), Seq.iterateN 5 (* 2) 1)
  print (Seq.scanl (+) 0 s, Seq.scanr (+) 0 (Seq.fromList [1, 2, 3 :: Int]), Seq.scanl1 max (Seq.fromList [3, 1, 4, 1, 5 :: Int]))
  print (Seq.tails (Seq.fromList "abc"), Seq.inits (Seq.fromList "abc"), Seq.chunksOf 3 s)
  print (Seq.takeWhileL (< 4) s, Seq.dropWhileL (< 4) s, Seq.takeWhileR (> 7) s, Seq.dropWhileR (> 7) s)
  print (Seq.spanl even s, Seq.breakl (> 5) s, Seq.partition odd s, Seq.filter (> 8) s)
  print (Seq.elemIndexL 5 s, Seq.elemIndicesL 'a' (Seq.fromList "banana"), Seq.findIndexL (> 3) s, Seq.findIndexR (< 3) s)
  print (Seq.intersperse 0 (Seq.fromList [1, 2, 3 :: Int]), Seq.unzip (Seq.fromList [(1 :: Int, 'a'), (2, 'b')]))
  print (Seq.unfoldr (\n -> if n > 5 then Nothing else Just (n, n + 1)) (1 :: Int), Seq.unfoldl (\n -> if n > 5 then Nothing else Just (n + 1, n)) (1 :: Int))
  print (bfs (N (N (N L 4 L) 2 L) 1 (N (N L 5 L) 3 (N L 6 L))))
  print (rotate s, lastTwo s, lastTwo (Seq.singleton 'a'))
  print (toList s, sum s, product (Seq.fromList [1 .. 5 :: Int]))
  print (length s, elem 3 s, foldr (:) [] s, foldl (flip (:)) [] s)
  print (fmap show s, sequence_ [Seq.fromList [1, 2 :: Int]])
  print (s == s, s == Seq.reverse s, compare s (Seq.reverse s), s < s |> 0, s <> s == s >< s, mempty :: Seq Int)
  print (Seq.fromList [1, 2 :: Int] >>= \x -> Seq.fromList [x, x * 10], (,) <$> Seq.fromList "ab" <*> Seq.fromList [1, 2 :: Int], pure 'p' :: Seq Char)
  print (showsPrec 11 s "", Seq.cycleTaking 7 (Seq.fromList "abc"))
  -- a queue simulation
  let step (q, out) n = if even n then (q |> n, out) else case Seq.viewl q of
        EmptyL -> (q, out)
        x :< q' -> (q', x : out)
  print (foldl step (Seq.empty, []) [1 .. 20 :: Int])
  print (Seq.lookup 0 (foldr (<|) Seq.empty [1 .. 100 :: Int]), Seq.index (foldl (|>) Seq.empty [1 .. 100 :: Int]) 57)
  print (Seq.index s 10)
  print (fmap succ (Seq.viewl (Seq.fromList "ab")), fmap succ (Seq.viewr (Seq.fromList "ab")), sum (Seq.viewl (Seq.fromList [1, 2, 3 :: Int])))
