{-# LANGUAGE DeriveGeneric, DeriveFunctor, DeriveFoldable, DeriveTraversable, TypeOperators, FlexibleContexts, FlexibleInstances #-}
-- Generic-derived code and derived Show/Eq/Ord/Foldable at -O1: GHC.Generics'
-- representation helpers, Foldable's workers, Show of records.
import GHC.Generics
import Data.Foldable (toList, foldl')
import Data.List.NonEmpty (NonEmpty(..))
import qualified Data.List.NonEmpty as NE
import Data.Semigroup

data Shape = Circle { radius :: Double } | Rect { w :: Int, h :: Int }
  deriving (Show, Eq, Ord, Generic)

data Tree a = Leaf | Node (Tree a) a (Tree a)
  deriving (Show, Functor, Foldable, Traversable, Generic)

-- A generic count of constructor fields
class GCount f where gcount :: f p -> Int
instance GCount U1 where gcount _ = 0
instance GCount (K1 i c) where gcount _ = 1
instance (GCount f, GCount g) => GCount (f :*: g) where gcount (a :*: b) = gcount a + gcount b
instance (GCount f, GCount g) => GCount (f :+: g) where
  gcount (L1 a) = gcount a
  gcount (R1 b) = gcount b
instance GCount f => GCount (M1 i c f) where gcount (M1 x) = gcount x

fields :: (Generic a, GCount (Rep a)) => a -> Int
fields = gcount . from

conName' :: (Generic a, GConName (Rep a)) => a -> String
conName' = gconName . from
class GConName f where gconName :: f p -> String
instance GConName f => GConName (D1 d f) where gconName (M1 x) = gconName x
instance (GConName f, GConName g) => GConName (f :+: g) where
  gconName (L1 a) = gconName a
  gconName (R1 b) = gconName b
instance Constructor c => GConName (C1 c f) where gconName m = conName m

insert :: Ord a => a -> Tree a -> Tree a
insert x Leaf = Node Leaf x Leaf
insert x t@(Node l y r)
  | x < y = Node (insert x l) y r
  | x > y = Node l y (insert x r)
  | otherwise = t

main :: IO ()
main = do
  let shapes = [Circle 1.5, Rect 2 3, Rect 1 9, Circle 0.25]
  mapM_ print shapes
  print (maximum shapes, minimum shapes)
  print (map fields shapes, map conName' shapes)
  let t = foldr insert Leaf [5, 3, 8, 1, 4, 7, 9 :: Int]
  print t
  print (sum t, product t, maximum t, minimum t, length t, toList t)
  print (foldr (:) [] t, foldl' (+) 0 t, foldr1 max t, foldl1 min t, elem 4 t)
  print (fmap (* 2) t)
  mapM_ print (traverse (\x -> if x > 0 then Just x else Nothing) t)
  print (sconcat (Max 3 :| [Max 9, Max (1 :: Int)]), sconcat (("a", "x") :| [("b", "y")]))
  print (sconcat (Min (7 :: Int) :| [Min 2, Min 5]), NE.head (NE.fromList "xyz"))
  print (from (Rect 4 5))
  print (to (from (Circle 2)) :: Shape)
