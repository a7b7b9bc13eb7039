{-# LANGUAGE TypeOperators, DeriveGeneric, FlexibleContexts, DataKinds #-}
-- GHC.Generics: Foldable/Traversable/Applicative/Monad/Semigroup/Monoid of the
-- representation types, Generic round trips of base types
import GHC.Generics
import Data.Foldable (toList)
import Data.Monoid (Sum (..))
import Data.List.NonEmpty (NonEmpty (..))
import Data.Functor.Identity
import Data.Complex
import qualified Data.Functor.Product as FP
import qualified Data.Functor.Sum as FS
import Data.Functor.Compose
import Data.Functor.Const
import Data.Semigroup (Arg (..), Min (..))
import Data.Monoid (Product (..))
import Control.Applicative (ZipList (..))
import Data.Ord (Down (..))
import Data.Proxy

import GHC.Tuple (Solo (..))

type P = (Par1 :*: [])
p1 :: P Int
p1 = Par1 1 :*: [2, 3]

roundTrip :: (Generic a, Eq a) => a -> Bool
roundTrip x = to (from x) == x

main :: IO ()
main = do
  print (sum p1, toList p1, length p1, maximum p1, elem 3 p1, foldr (:) [] (L1 (Par1 'x') :: (Par1 :+: []) Char))
  print (toList (R1 "abc" :: (Par1 :+: []) Char), null (U1 :: U1 Int), length (K1 'c' :: K1 R Char Int), toList (Comp1 [Just 1, Nothing, Just (3 :: Int)]))
  print (toList (M1 (Rec1 (Just 'm')) :: M1 S ('MetaSel 'Nothing 'NoSourceUnpackedness 'NoSourceStrictness 'DecidedLazy) (Rec1 Maybe) Char))
  print (traverse (\x -> if x > 0 then Just (x * 2) else Nothing) p1, traverse (\x -> [x, -x]) (Par1 5 :*: Par1 (6 :: Int)))
  print (sequenceA (Comp1 [Par1 (Just 1), Par1 (Just (2 :: Int))]), traverse Just (U1 :: U1 Int), traverse Just (K1 7 :: K1 R Int Char))
  print (fmap (+ 1) p1, pure 4 :: (Par1 :*: Maybe) Int, (Par1 (+ 1) :*: Just (* 2)) <*> (Par1 10 :*: Just (20 :: Int)))
  print ((Par1 1 :*: [1, 2]) >>= \x -> Par1 (x * 10) :*: [x, x + 100 :: Int])
  print (pure 'z' :: (Maybe :.: []) Char, Comp1 (Just [(+ 1), (* 2)]) <*> Comp1 (Just [10, 20 :: Int]))
  print (pure 'k' :: K1 R String Char, K1 "ab" <*> (K1 "cd" :: K1 R String Int) :: K1 R String Int)
  print (Par1 [1] <> Par1 [2 :: Int], K1 "x" <> (K1 "y" :: K1 R String ()), (Par1 "a" :*: Par1 "b") <> (Par1 "c" :*: Par1 "d"), U1 <> (U1 :: U1 ()))
  print (mempty :: (Par1 :*: Par1) String, mempty :: U1 Int, mconcat [Comp1 (Just [1]), Comp1 Nothing, Comp1 (Just [2 :: Int])], mempty :: M1 C ('MetaCons "X" 'PrefixI 'False) Par1 (Sum Int))
  print (roundTrip (Just 'a'), roundTrip [1, 2, 3 :: Int], roundTrip (Left 5 :: Either Int Char), roundTrip True, roundTrip GT, roundTrip ())
  print (roundTrip (1 :: Int, 'b'), roundTrip (1 :: Int, 'b', "c"), roundTrip (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int))
  print (roundTrip ('a', 'b', 'c', 'd', 'e'), roundTrip ('a', 'b', 'c', 'd', 'e', 'f'), roundTrip ('a', 'b', 'c', 'd', 'e', 'f', 'g'))
  print (from (1 :: Int, 'x', True, "s"), from ('a', 'b', 'c', 'd', 'e'))
  print (from ('a', 'b', 'c', 'd', 'e', 'f', 'g'))
  print (from1 (Just 'q'), from1 "ab", from1 (Left 3 :: Either Int Char), from1 ('p', True))
  print (to1 (from1 [1, 2, 3 :: Int]) :: [Int], to1 (from1 ('a', 'b', 'c', 'd')) :: (Char, Char, Char, Char), from1 (Par1 'r'))
  print (roundTrip (3 :| [4 :: Int]), from (Identity 'i'), from (U1 :: U1 Int), from (Par1 'p'), from (L1 (Par1 'l') :: (Par1 :+: Par1) Char))
  print (to (from (Par1 'a' :*: Par1 'b')) :: (Par1 :*: Par1) Char, to (from (Comp1 (Just (Par1 'c')))) :: (Maybe :.: Par1) Char)
  print (roundTrip (Identity 'x'), roundTrip (Sum (3 :: Int)), roundTrip (Just 'j'), from (Sum 'q'), from1 (Identity 'w'))
  print (roundTrip (3 :+ (4 :: Double)), from (1.5 :+ (2 :: Double)), roundTrip (FP.Pair [1] [2 :: Int]), roundTrip (FS.InL (Just (1::Int)) :: FS.Sum Maybe [] Int))
  print (roundTrip (Arg 'a' 'b'), roundTrip (ZipList "zip"), roundTrip (Compose (Just [1 :: Int])), roundTrip (Down 'd'), roundTrip (Proxy :: Proxy Int))
  print (roundTrip (Min 'm'), roundTrip (Const 'c' :: Const Char Int), roundTrip (Product (2 :: Int)), (case to (from (Solo 'o')) of Solo c -> c))
  print (from (Arg 'k' True), from1 (3 :| [4 :: Int]))
