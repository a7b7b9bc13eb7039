{-# LANGUAGE GeneralizedNewtypeDeriving #-}
-- | Clean-room Data.Time.Clock.Internal.DiffTime for hs2stg (time-1.9.3):
-- a length of time in seconds to the picosecond, the installed package's
-- newtype of Pico; shown as seconds with an "s" (`0.5s`).
module Data.Time.Clock.Internal.DiffTime
  ( DiffTime (..)
  , secondsToDiffTime
  , picosecondsToDiffTime
  , diffTimeToPicoseconds
  , zz_zdwzdcfromRational
  ) where

import Control.DeepSeq (NFData (..))
import Data.Fixed (Fixed (..), Pico, showFixed)

newtype DiffTime = MkDiffTime Pico
  deriving (Eq, Ord, Enum, Num, Real, Fractional, RealFrac)

instance Show DiffTime where
  show (MkDiffTime t) = showFixed True t ++ "s"

instance NFData DiffTime where
  rnf (MkDiffTime t) = t `seq` ()

secondsToDiffTime :: Integer -> DiffTime
secondsToDiffTime = fromInteger

picosecondsToDiffTime :: Integer -> DiffTime
picosecondsToDiffTime p = MkDiffTime (MkFixed p)

diffTimeToPicoseconds :: DiffTime -> Integer
diffTimeToPicoseconds (MkDiffTime (MkFixed p)) = p

-- | fromRational's worker (-O1 callers): the picoseconds of n/d, rounded
-- down as Data.Fixed's fromRational does.
zz_zdwzdcfromRational :: Integer -> Integer -> Integer
zz_zdwzdcfromRational n d = (n * 1000000000000) `div` d
