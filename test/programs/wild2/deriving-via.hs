{-# LANGUAGE DerivingVia, GeneralizedNewtypeDeriving, DeriveAnyClass, DerivingStrategies, DefaultSignatures, StandaloneDeriving #-}
-- DerivingVia, GeneralizedNewtypeDeriving, DeriveAnyClass and DerivingStrategies.
module Main (main) where

import Data.Monoid (Sum(..), Product(..), Any(..))
import Data.Ord (Down(..))
import Data.List (sort)

class Describe a where
  describe :: a -> String
  default describe :: Show a => a -> String
  describe x = "<" ++ show x ++ ">"

newtype Meters = Meters Double
  deriving newtype (Show, Eq, Ord, Num, Fractional)
  deriving (Semigroup, Monoid) via (Sum Double)

newtype Score = Score Int
  deriving stock (Show)
  deriving (Semigroup, Monoid) via (Product Int)
  deriving (Eq, Ord) via (Down Int)

newtype Flag = Flag Bool
  deriving stock Show
  deriving (Semigroup, Monoid) via Any

data Color = Red | Green | Blue
  deriving stock (Show, Eq, Ord, Enum, Bounded)
  deriving anyclass Describe

newtype Age = Age Int
  deriving newtype (Show, Read, Eq, Ord, Enum, Num, Real, Integral)

newtype Wrapper a = Wrapper [a]
  deriving newtype (Semigroup, Monoid, Show)

data Pt = Pt Int Int
deriving stock instance Show Pt
deriving anyclass instance Describe Pt

main :: IO ()
main = do
  print (mconcat [Meters 1.5, Meters 2.25, 3])
  print (Meters 10 / 4, Meters 3 < Meters 4)
  print (mconcat (map Score [2, 3, 7]), mempty :: Score)
  print (sort (map Score [5, 1, 9, 3]))
  print (mconcat [Flag False, Flag True], mempty :: Flag)
  putStrLn (unwords (map describe [minBound .. maxBound :: Color]))
  putStrLn (describe (Pt 3 (-4)))
  let a = Age 41
  print (a + 1, [Age 1 .. Age 4], a `div` 2, toInteger a, read "Age 7" :: Age)
  print (Wrapper "ab" <> Wrapper "cd", mempty :: Wrapper Int)
