{-# LANGUAGE TypeFamilies, FlexibleContexts, MultiParamTypeClasses, FunctionalDependencies, FlexibleInstances #-}
-- Associated type families, a closed type family, and functional dependencies:
-- a generic container interface with several implementations.
module Main (main) where

import qualified Data.Map as M
import qualified Data.Set as S
import Data.Kind (Type)

class Container f where
  type Elem f :: Type
  empty :: f
  insert :: Elem f -> f -> f
  toL :: f -> [Elem f]

newtype IntBag = IntBag [Int] deriving Show
instance Container IntBag where
  type Elem IntBag = Int
  empty = IntBag []
  insert x (IntBag xs) = IntBag (x : xs)
  toL (IntBag xs) = xs

newtype CharSet = CharSet (S.Set Char) deriving Show
instance Container CharSet where
  type Elem CharSet = Char
  empty = CharSet S.empty
  insert c (CharSet s) = CharSet (S.insert c s)
  toL (CharSet s) = S.toList s

fromL :: Container f => [Elem f] -> f
fromL = foldr insert empty

class Convert a b | a -> b where
  convert :: a -> b
instance Convert Int String where convert = show
instance Convert Bool Int where convert b = if b then 1 else 0

type family Unwrap a where
  Unwrap (Maybe a) = a
  Unwrap [a] = a
  Unwrap a = a

firstOr :: Unwrap [a] -> [a] -> Unwrap [a]
firstOr d [] = d
firstOr _ (x : _) = x

class Store s where
  data Key s
  lookupS :: Key s -> s -> Maybe String

newtype Phonebook = Phonebook (M.Map String String)
instance Store Phonebook where
  data Key Phonebook = ByName String
  lookupS (ByName n) (Phonebook m) = M.lookup n m

main :: IO ()
main = do
  print (fromL [3, 1, 2] :: IntBag)
  print (fromL "mississippi" :: CharSet)
  print (toL (insert 'z' (fromL "abc" :: CharSet)))
  putStrLn (convert (42 :: Int))
  print (convert True + convert False)
  print (firstOr 'x' "", firstOr 'x' "hello")
  let pb = Phonebook (M.fromList [("ann", "555-1234")])
  print (lookupS (ByName "ann") pb, lookupS (ByName "bob") pb)
