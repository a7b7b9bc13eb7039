{-# LANGUAGE OverloadedStrings, OverloadedLists, TypeFamilies, DataKinds, TypeApplications, MultiWayIf, ViewPatterns, PatternSynonyms, BangPatterns #-}
-- Extensions used in the wild: IsString/IsList, GHC.Records.getField,
-- MultiWayIf, ViewPatterns, PatternSynonyms, GHC.Exts.sortWith/groupWith,
-- System.Info, Data.Unique, System.Timeout, atomicModifyIORef', StableName.
module Main (main) where

import Data.String (IsString(..))
import GHC.Exts (IsList(..), sortWith, groupWith, the)
import GHC.Records (HasField(..))
import qualified Data.Map as M
import qualified Data.Set as S
import Data.Char (toUpper, isDigit)
import Data.IORef
import System.Timeout (timeout)
import Data.Unique
import System.Mem.StableName
import Control.Concurrent (threadDelay)

newtype Name = Name String deriving (Show, Eq)
instance IsString Name where fromString = Name . map toUpper

newtype Bag = Bag [Int] deriving Show
instance IsList Bag where
  type Item Bag = Int
  fromList = Bag . reverse
  toList (Bag xs) = xs

data User = User { userName :: String, userAge :: Int }

pattern Pair :: a -> b -> (a, b)
pattern Pair x y = (x, y)

pattern Zero :: Int
pattern Zero = 0

classify :: Int -> String
classify n = if | n < 0 -> "negative" | n == 0 -> "zero" | n < 10 -> "small" | otherwise -> "large"

firstWord :: String -> String
firstWord (words -> (w : _)) = w
firstWord _ = "<none>"

digits :: String -> Int
digits (filter isDigit -> ds) = length ds

isZero :: Int -> Bool
isZero Zero = True
isZero _ = False

main :: IO ()
main = do
  print ("ada" :: Name, ["x", "y"] :: [Name])
  print ([3, 1, 2] :: Bag, [(1, "a"), (2, "b")] :: M.Map Int String, ['c', 'a'] :: S.Set Char)
  let u = User "grace" 85
  print (getField @"userName" u, getField @"userAge" u)
  print (map classify [-5, 0, 7, 12], firstWord "  hello world", firstWord "", digits "a1b22c333")
  let Pair a b = Pair 'x' True
  print (a, b, isZero 0, isZero 3)
  print (sortWith negate [3, 1, 2 :: Int], map (\g -> (the (map fst g), map snd g)) (groupWith fst [(2 :: Int, 'a'), (1, 'b'), (2, 'c')]))
  ref <- newIORef (0 :: Int)
  olds <- mapM (\k -> atomicModifyIORef' ref (\v -> (v + k, v))) ([1 .. 5] :: [Int])
  readIORef ref >>= \v -> print (olds, v)
  r1 <- timeout 1000000 (return (42 :: Int))
  r2 <- timeout 1000 (threadDelay 2000000 >> return (0 :: Int))
  print (r1, r2)
  u1 <- newUnique
  u2 <- newUnique
  print (u1 == u2, u1 == u1, hashUnique u2 - hashUnique u1)
  let xs = [1, 2, 3] :: [Int]
  s1 <- makeStableName xs
  s2 <- makeStableName xs
  print (s1 == s2, eqStableName s1 s2)
