-- Internals of Data.Sequence.Internal (finger-tree constructors, the
-- instances of Elem, Node and Digit, MaybeForce, the State monad it
-- exports) and of Data.Sequence.Internal.Sorting (its queues), with
-- Data.Map.Internal.Debug's bar helpers.
import Data.Sequence.Internal hiding (length, null, reverse, lookup, filter, replicate, zip, zipWith, splitAt, take, drop, scanl, scanl1, scanr, scanr1, unzip, zip3, zipWith3)
import qualified Data.Sequence.Internal.Sorting as So
import Data.Map.Internal.Debug (withBar, withEmpty)
import qualified Data.Foldable as F

main :: IO ()
main = do
  let n2 = Node2 2 (Elem 'a') (Elem 'b')
      n3 = Node3 3 (Elem 'c') (Elem 'd') (Elem 'e')
      ft = Deep 7 (Two (Elem 'x') (Elem 'y')) (Single n3) (Two (Elem 'z') (Elem 'w')) :: FingerTree (Elem Char)
      s = Seq ft
  print (s, F.length s, size n2, size n3, size (Elem 'q'), getElem (Elem "g"))
  print (F.toList (Elem 'p'), foldr (:) [] (Elem 5), sum (Elem 3), F.length (Elem ()), F.null (Elem 'n'))
  print (fmap succ (Elem 'a') `seq` getElem (fmap succ (Elem 'a')), fmap (map succ) (getElem <$> [Elem "ab"]))
  print (map getElem (F.toList (fmap (fmap succ) n2)), map getElem (F.toList (fmap (fmap succ) n3)), F.foldr (:) [] (fmap getElem n3))
  print (F.toList (fmap (* 2) (One 1)), F.toList (fmap (* 2) (Two 1 2)), F.toList (fmap (* 2) (Three 1 2 3)), F.toList (fmap (* 2) (Four 1 2 3 4)))
  print (getElem <$> traverse (\x -> [x, succ x]) (Elem 'a'))
  print (fmap F.toList (traverse (\(Elem c) -> Just (fromEnum c)) n3), fmap F.toList (traverse (\(Elem c) -> Just c) n2))
  print (fmap F.toList (traverse (\x -> if x > 0 then Right x else Left x) (Three 1 2 (3 :: Int))))
  print (fmap F.toList (traverse (\x -> [x, x + 10]) (Two 1 (2 :: Int))), fmap F.toList (traverse Just (Four 'a' 'b' 'c' 'd')), fmap F.toList (traverse Just (One 'o')))
  print (fmap F.toList (traverse (\x -> if x > 2 then Nothing else Just x) (Four 1 2 3 (4 :: Int))))
  print (Seq (Deep 4 (One (Elem 1)) EmptyT (Three (Elem 2) (Elem 3) (Elem (4 :: Int)))))
  print (Seq (Deep 6 (Four (Elem 1) (Elem 2) (Elem 3) (Elem 4)) EmptyT (Two (Elem 5) (Elem (6 :: Int)))) |> 7)
  print (fromList "hello" <> fromList " world", mapWithIndex (,) (fromList "abc"))
  print (fst (runState (traverse (\x -> State (\n -> (n + x, n * x))) [1, 2, 3 :: Int]) 10))
  print (execState (State (\n -> (n + 1, ()))) (5 :: Int), snd (runState (pure 'x' <* State (\n -> (n * 2, ()))) (4 :: Int)))
  print (execState (fmap (+ 1) (State (\n -> (n, n))) >>= \x -> State (\n -> (n + x, ()))) (3 :: Int))
  -- Sorting's queues
  let q = So.Q 3 (So.QCons (So.Q 5 So.Nil) (So.QCons (So.Q 4 So.Nil) So.Nil)) :: So.Queue Int
  print (snd (So.popMinQ compare q), snd (So.popMinQ compare (fst (So.popMinQ compare q))))
  let iq = So.IQ 0 'c' (So.IQCons (So.IQ 1 'a' So.IQNil) So.IQNil)
  print (snd (So.popMinIQ compare iq), snd (So.popMinIQ compare (fst (So.popMinIQ compare iq))))
  let tq = So.TQ 2 "two" (So.TQCons (So.TQ 1 "one" So.TQNil) So.TQNil) :: So.TaggedQueue Int String
  print (snd (So.popMinTQ compare tq))
  let itq = So.ITQ 0 3 'x' (So.ITQCons (So.ITQ 1 1 'y' So.ITQNil) So.ITQNil) :: So.IndexedTaggedQueue Int Char
  print (snd (So.popMinITQ compare itq))
  print (So.sort (fromList [3, 1, 2 :: Int]), So.unstableSortOn negate (fromList [3, 1, 2 :: Int]))
  -- Map.Internal.Debug's bars
  print (withBar ["x"], withEmpty ["y", "z"], withBar [])
