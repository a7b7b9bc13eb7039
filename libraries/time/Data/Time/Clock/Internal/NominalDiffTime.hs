{-# LANGUAGE GeneralizedNewtypeDeriving #-}
-- | Clean-room Data.Time.Clock.Internal.NominalDiffTime for hs2stg
-- (time-1.9.3): a difference of UTC times ignoring leap seconds, the
-- installed package's newtype of Pico; shown as seconds with an "s".
module Data.Time.Clock.Internal.NominalDiffTime
  ( NominalDiffTime (..)
  , secondsToNominalDiffTime
  , nominalDiffTimeToSeconds
  , nominalDay
  , zz_nominalDay1
  , zz_zdwzdcfromRational
  ) where

import Control.DeepSeq (NFData (..))
import Data.Fixed (Fixed (..), Pico, showFixed)

newtype NominalDiffTime = MkNominalDiffTime Pico
  deriving (Eq, Ord, Enum, Num, Real, Fractional, RealFrac)

instance Show NominalDiffTime where
  show (MkNominalDiffTime t) = showFixed True t ++ "s"

instance NFData NominalDiffTime where
  rnf (MkNominalDiffTime t) = t `seq` ()

secondsToNominalDiffTime :: Pico -> NominalDiffTime
secondsToNominalDiffTime = MkNominalDiffTime

nominalDiffTimeToSeconds :: NominalDiffTime -> Pico
nominalDiffTimeToSeconds (MkNominalDiffTime t) = t

-- | A day's picoseconds (-O1 callers use the number by this name).
zz_nominalDay1 :: Integer
zz_nominalDay1 = 86400000000000000

nominalDay :: NominalDiffTime
nominalDay = MkNominalDiffTime (MkFixed zz_nominalDay1)

-- | fromRational's worker (-O1 callers): the picoseconds of n/d, rounded
-- down as Data.Fixed's fromRational does.
zz_zdwzdcfromRational :: Integer -> Integer -> Integer
zz_zdwzdcfromRational n d = (n * 1000000000000) `div` d
