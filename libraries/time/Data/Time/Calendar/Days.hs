{-# LANGUAGE GeneralizedNewtypeDeriving #-}
-- | Clean-room Data.Time.Calendar.Days for hs2stg (time-1.9.3's API): a
-- day is its Modified Julian Day number (day 0 is 1858-11-17), the
-- installed package's newtype, so GHC-compiled code links against it.
module Data.Time.Calendar.Days
  ( Day (..)
  , addDays
  , diffDays
  ) where

import Control.DeepSeq (NFData (..))
import Data.Ix (Ix)

newtype Day = ModifiedJulianDay {toModifiedJulianDay :: Integer}
  deriving (Eq, Ord, Enum, Ix)

instance NFData Day where
  rnf (ModifiedJulianDay a) = rnf a

addDays :: Integer -> Day -> Day
addDays n (ModifiedJulianDay a) = ModifiedJulianDay (a + n)

diffDays :: Day -> Day -> Integer
diffDays (ModifiedJulianDay a) (ModifiedJulianDay b) = a - b
