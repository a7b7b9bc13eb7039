-- | Clean-room Data.Time.Clock.Internal.UTCTime for hs2stg (time-1.9.3):
-- the installed package's record (a day and the time since its midnight,
-- both lazy fields). Its Show instance is an orphan of
-- Data.Time.LocalTime.Internal.ZonedTime, as in the package.
module Data.Time.Clock.Internal.UTCTime
  ( UTCTime (..)
  ) where

import Control.DeepSeq (NFData (..))
import Data.Time.Calendar.Days
import Data.Time.Clock.Internal.DiffTime

data UTCTime = UTCTime
  { utctDay :: Day
  , utctDayTime :: DiffTime
  }

instance Eq UTCTime where
  UTCTime a b == UTCTime c d = a == c && b == d

instance Ord UTCTime where
  compare (UTCTime a b) (UTCTime c d) = compare a c <> compare b d

instance NFData UTCTime where
  rnf (UTCTime a b) = rnf a `seq` rnf b
