-- Data.Sequence.Internal.Sorting's exported internals (the queues, their
-- builders, merges and pops) used directly; at -O1 the calls go to the
-- interface's workers.
import qualified Data.Sequence as Seq
import Data.Sequence.Internal (Seq (..), Elem (..))
import Data.Sequence.Internal.Sorting
import Data.Foldable (toList)

drainQ :: Queue Int -> [Int]
drainQ q@(Q x Nil) = [x]
drainQ q = let (q', x) = popMinQ compare q in x : drainQ q'

main :: IO ()
main = do
  let Seq t = Seq.fromList [5, 3, 8, 1, 9, 2, 7 :: Int]
  case buildQ compare (\(Elem x) -> Q x Nil) t of
    Just q@(Q m kids) -> do
      print m
      print (length (qlist kids))
      print (drainQ q)
    Nothing -> putStrLn "none"
  case buildIQ compare (\i (Elem x) -> IQ i (x `mod` 3) IQNil) 0 t of
    Just (IQ i x _) -> print (i, x)
    Nothing -> pure ()
  case buildTQ compare (\(Elem x) -> TQ (x `mod` 4) x TQNil) t of
    Just q -> print (snd (popMinTQ compare q), let (q', _) = popMinTQ compare q in case q' of TQ k v _ -> (k, v))
    Nothing -> pure ()
  case buildITQ compare (\i (Elem x) -> ITQ i (x `mod` 2) (show x) ITQNil) 10 t of
    Just q@(ITQ i k v _) -> print (i, k, v, snd (popMinITQ compare q))
    Nothing -> pure ()
  print (foldToMaybeWithIndexTree (++) (\i (Elem x) -> [(i, x)]) 100 t)
  print (foldToMaybeTree (+) (\(Elem x) -> x) t)
  print (toList (sortOn negate (Seq.fromList [3, 1, 2 :: Int])), toList (unstableSortOn (`mod` 2) (Seq.fromList [1 .. 9 :: Int])))
  print (mergeIQ compare (IQ 1 'a' IQNil) (IQ 0 'a' IQNil) `seq` ())
  where
    qlist Nil = []
    qlist (QCons q r) = q : qlist r
