{-# LANGUAGE TypeOperators #-}
{-# LANGUAGE ScopedTypeVariables, ExistentialQuantification #-}
-- Data.Typeable, Data.Dynamic and cast: a heterogeneous property bag.
module Main (main) where

import Data.Typeable
import Data.Dynamic
import Data.Maybe (mapMaybe)
import qualified Data.Map as M

data Any' = forall a. (Typeable a, Show a) => Any' a

instance Show Any' where
  show (Any' a) = show a ++ " :: " ++ show (typeOf a)

ints :: [Any'] -> [Int]
ints = mapMaybe (\(Any' a) -> cast a)

data Point = Point Int Int deriving (Show, Typeable)

main :: IO ()
main = do
  let bag = [Any' (1 :: Int), Any' "two", Any' (3.5 :: Double), Any' (Just 'c'), Any' (4 :: Int), Any' (Point 1 2), Any' [True]]
  mapM_ print bag
  print (ints bag)
  print (typeOf (undefined :: Maybe [Int]), typeRep (Proxy :: Proxy (Either String Bool)))
  print (typeOf (M.fromList [(1 :: Int, "a")]), typeOf (id :: Int -> Int))
  print (eqT :: Maybe (Int :~: Int)) 
  print (cast 'x' :: Maybe Char, cast 'x' :: Maybe Int)
  let dyns = M.fromList [("n", toDyn (7 :: Int)), ("s", toDyn "str"), ("f", toDyn (not :: Bool -> Bool))]
  print (M.lookup "n" dyns >>= fromDynamic :: Maybe Int)
  print (M.lookup "s" dyns >>= fromDynamic :: Maybe Int)
  print (fmap dynTypeRep (M.lookup "f" dyns))
  print (fromDyn (dynApp (dyns M.! "f") (toDyn True)) False)
  print (typeRepArgs (typeOf (Just (1 :: Int))), typeRepTyCon (typeOf "x"))
  print (gcast (Just (5 :: Int)) :: Maybe (Maybe Int))
