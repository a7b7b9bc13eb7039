{-# LANGUAGE OverloadedStrings, FlexibleContexts, FlexibleInstances, TypeOperators #-}
-- Dissecting sequences: building finger trees by hand from the internal
-- constructors, measuring them with Sized, walking their generic
-- representations, forcing them with NFData, and using Seq as an
-- Alternative/MonadPlus/MonadZip and as a string literal.
import Data.Sequence.Internal (Seq (..), FingerTree (..), Digit (..), Node (..), Elem (..), ViewL (..), ViewR (..), Sized (..), MaybeForce)
import qualified Data.Sequence.Internal.Sorting as S
import qualified Data.Sequence as Seq
import Data.Foldable (toList)
import Control.Applicative (Alternative (..))
import Control.Monad (MonadPlus (..), guard, msum)
import Control.Monad.Zip (MonadZip (..))
import Control.DeepSeq (NFData, rnf, force, deepseq)
import GHC.Generics
import Data.String (IsString (..))

-- the constructor a generic representation starts with
class ConName f where
  conOf :: f p -> String
instance ConName f => ConName (M1 D d f) where
  conOf (M1 x) = conOf x
instance (ConName f, ConName g) => ConName (f :+: g) where
  conOf (L1 x) = conOf x
  conOf (R1 x) = conOf x
instance Constructor c => ConName (M1 C c f) where
  conOf m = conName m

-- how many fields the chosen constructor has
class Arity f where
  arity :: f p -> Int
instance Arity f => Arity (M1 i c f) where
  arity (M1 x) = arity x
instance (Arity f, Arity g) => Arity (f :+: g) where
  arity (L1 x) = arity x
  arity (R1 x) = arity x
instance (Arity f, Arity g) => Arity (f :*: g) where
  arity (a :*: b) = arity a + arity b
instance Arity (K1 i c) where
  arity _ = 1
instance Arity U1 where
  arity _ = 0
instance Arity Par1 where
  arity _ = 1
instance Arity (Rec1 f) where
  arity _ = 1
instance Arity (f :.: g) where
  arity _ = 1

describe :: (Generic a, ConName (Rep a), Arity (Rep a)) => a -> String
describe x = conOf (from x) ++ "/" ++ show (arity (from x))

describe1 :: (Generic1 f, ConName (Rep1 f), Arity (Rep1 f)) => f a -> String
describe1 x = conOf (from1 x) ++ "/" ++ show (arity (from1 x))

-- a constraint-only helper: a value the sequence code may force before storing
{-# NOINLINE keepForced #-}
keepForced :: MaybeForce a => a -> [a] -> [a]
keepForced x xs = x : xs

leaf :: Int -> Elem Int
leaf = Elem

node2 :: Int -> Int -> Node (Elem Int)
node2 a b = Node2 2 (leaf a) (leaf b)

node3 :: Int -> Int -> Int -> Node (Elem Int)
node3 a b c = Node3 3 (leaf a) (leaf b) (leaf c)

-- a tree of nine elements built by hand: two digits around a middle of nodes
handTree :: FingerTree (Elem Int)
handTree =
  Deep 9 (Two (leaf 1) (leaf 2))
    (Single (node3 3 4 5))
    (Four (leaf 6) (leaf 7) (leaf 8) (leaf 9))

deeper :: FingerTree (Elem Int)
deeper = Deep 12 (One (leaf 0)) (Deep 8 (One (node2 1 2)) EmptyT (Two (node3 3 4 5) (node3 6 7 8))) (Three (leaf 9) (leaf 10) (leaf 11))

pythag :: Int -> Seq (Int, Int, Int)
pythag n = do
  a <- Seq.fromList [1 .. n]
  b <- Seq.fromList [a .. n]
  c <- Seq.fromList [b .. n]
  guard (a * a + b * b == c * c)
  return (a, b, c)

firstOf :: [Seq Int] -> Seq Int
firstOf = msum

main :: IO ()
main = do
  let s = Seq handTree
      t = Seq deeper
  print s
  print t
  print (Seq.length s, size handTree, size deeper, size (leaf 5), size (node3 1 2 3), size (Two (node2 1 2) (node3 3 4 5)))
  print (Seq.index t 4, Seq.reverse t, s Seq.>< t)
  print (toList (Seq.update 3 100 s), Seq.splitAt 4 t)
  print (map (\i -> Seq.lookup i t) [0, 5, 11, 12])
  -- generic views of the internal types
  putStrLn (unwords [describe (leaf 3), describe (node2 1 2), describe (node3 1 2 3)])
  putStrLn (unwords [describe handTree, describe (EmptyT :: FingerTree Int), describe (Single 'x'), describe deeper])
  putStrLn (unwords [describe (One 'a'), describe (Two 'a' 'b'), describe (Three 'a' 'b' 'c'), describe (Four 'a' 'b' 'c' 'd')])
  putStrLn (unwords [describe (Seq.viewl s), describe (Seq.viewl (Seq.empty :: Seq Int)), describe (Seq.viewr t), describe (Seq.viewr (Seq.empty :: Seq Char))])
  putStrLn (unwords [describe1 (leaf 3), describe1 (node3 1 2 3), describe1 handTree, describe1 (Three 'a' 'b' 'c'), describe1 (Seq.viewl s), describe1 (Seq.viewr t)])
  print (from (node2 4 5) `seq` getElem (leaf 7))
  print (map getElem (toList (to (from (node3 7 8 9)) :: Node (Elem Int))), Seq (to (from handTree)) == s)
  print (fmap (* 2) (to1 (from1 (Seq.viewl s)) :: ViewL Int), to1 (from1 (Seq.viewr t)) :: ViewR Int)
  print (to (from (Seq.viewl "ab")) :: ViewL Char, to (from (4 Seq.:< Seq.empty)) :: ViewL Int)
  print (toList (to1 (from1 (Four 'w' 'x' 'y' 'z')) :: Digit Char), toList (to1 (from1 (Elem 'e')) :: Elem Char))
  print (sum (fmap getElem (to1 (from1 handTree) :: FingerTree (Elem Int))))
  -- forcing the pieces
  rnf handTree `seq` rnf (node3 1 2 3) `seq` rnf (Two (leaf 1) (leaf 2)) `seq` rnf (leaf 4) `seq` putStrLn "forced"
  print (toList (force (Three 'p' 'q' 'r')), sum (fmap getElem (force (node2 10 20))), Seq (force deeper) `deepseq` "deep")
  print (length (keepForced (leaf 1) [leaf 2]), length (keepForced (node2 1 2) []))
  -- Seq as Alternative, MonadPlus, MonadZip, IsString
  print (Seq.fromList [1, 2] <|> Seq.fromList [3 :: Int], empty :: Seq Int, some Seq.empty :: Seq [Int], many Seq.empty :: Seq [Int])
  print (mplus (Seq.fromList "ab") (Seq.fromList "cd"), mzero :: Seq Char, firstOf [Seq.fromList [1], Seq.empty, Seq.fromList [2, 3]])
  print (pythag 20)
  print (mzip (Seq.fromList [1, 2, 3 :: Int]) (Seq.fromList "abcd"), mzipWith (+) (Seq.fromList [1, 2]) (Seq.fromList [10, 20, 30 :: Int]))
  print (munzip (Seq.fromList [(1 :: Int, 'a'), (2, 'b')]))
  let greeting = "hello, seq" :: Seq Char
  print (greeting, Seq.length greeting, Seq.reverse ("abc" :: Seq Char), fromString "xy" Seq.|> 'z')
  -- the sorting queues, assembled by hand
  let q = heap S.Q S.QCons S.Nil [3, 5, 4 :: Int]
      iq = heapI S.IQ S.IQCons S.IQNil [(0, 'c'), (2, 'a'), (1, 'b')]
      tq = heapT S.TQ S.TQCons S.TQNil [(2 :: Int, "two"), (1, "one")]
      itq = heapIT S.ITQ S.ITQCons S.ITQNil [(5, 9 :: Int, 'n'), (3, 7, 'm')]
  print (drain 3 (S.popMinQ compare) q)
  print (drain 3 (S.popMinIQ compare) iq)
  print (drain 2 (S.popMinTQ compare) tq)
  print (drain 2 (S.popMinITQ compare) itq)
  print (S.sort (Seq.fromList [5, 3, 9, 1, 3 :: Int]), S.sortOn negate (Seq.fromList [5, 3, 9 :: Int]), S.unstableSort (Seq.fromList "sequence"))

-- pairing heaps from the first element and the rest as singleton children,
-- given the queue's node, cons and nil constructors
{-# NOINLINE heap #-}
heap :: (e -> l -> q) -> (q -> l -> l) -> l -> [e] -> q
heap node cons nil (x : xs) = node x (foldr (\y acc -> cons (node y nil) acc) nil xs)
heap _ _ _ [] = error "heap: no elements"

{-# NOINLINE heapI #-}
heapI :: (Int -> e -> l -> q) -> (q -> l -> l) -> l -> [(Int, e)] -> q
heapI node cons nil ((i, x) : xs) = node i x (foldr (\(j, y) acc -> cons (node j y nil) acc) nil xs)
heapI _ _ _ [] = error "heapI: no elements"

{-# NOINLINE heapT #-}
heapT :: (k -> e -> l -> q) -> (q -> l -> l) -> l -> [(k, e)] -> q
heapT node cons nil ((k, x) : xs) = node k x (foldr (\(j, y) acc -> cons (node j y nil) acc) nil xs)
heapT _ _ _ [] = error "heapT: no elements"

{-# NOINLINE heapIT #-}
heapIT :: (Int -> k -> e -> l -> q) -> (q -> l -> l) -> l -> [(Int, k, e)] -> q
heapIT node cons nil ((i, k, x) : xs) = node i k x (foldr (\(j, k', y) acc -> cons (node j k' y nil) acc) nil xs)
heapIT _ _ _ [] = error "heapIT: no elements"

-- pops a queue's minimum n times (the rest of a one-element queue is never looked at)
drain :: Int -> (q -> (q, e)) -> q -> [e]
drain 0 _ _ = []
drain n pop x = let (r, m) = pop x in m : drain (n - 1) pop r
