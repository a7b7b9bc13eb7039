-- Data.Coerce: zero-cost conversions between newtypes and their contents,
-- through containers and functions.
module Main (main) where

import Data.Coerce
import Data.Monoid
import qualified Data.Map as M
import Data.Functor.Identity
import Data.Ord (Down(..))
import Data.List (sortOn)

newtype UserId = UserId Int deriving (Show, Eq, Ord)
newtype Name = Name String deriving Show

sumAll :: [Int] -> Int
sumAll = getSum . foldMap coerce

ids :: [Int] -> [UserId]
ids = coerce

main :: IO ()
main = do
  print (ids [3, 1, 2])
  print (coerce (UserId 5) + (1 :: Int))
  print (sumAll [1 .. 100])
  let m = M.fromList [(1 :: Int, Name "ann"), (2, Name "bo")]
  print (coerce m :: M.Map Int String)
  print (coerce (Just (Sum (3 :: Int))) :: Maybe Int)
  let f = coerce (succ :: Int -> Int) :: UserId -> UserId
  print (f (UserId 41))
  print (runIdentity (coerce (Identity 'q') :: Identity Char))
  print (getAll (foldMap (coerce (even :: Int -> Bool)) [2, 4, 6 :: Int]), getAny (foldMap (Any . odd) [2, 4, 5 :: Int]))
  print (sortOn Down [3, 1, 2 :: Int], coerce (Down 'z') :: Char)
  print (getFirst (First (Just 1) <> First Nothing <> First (Just (3 :: Int))), getLast (foldMap (Last . Just) "abc"))
  print (appEndo (foldMap Endo [(+ 1), (* 2), subtract 3]) (10 :: Int))
