{-# LANGUAGE UnboxedTuples #-}
-- | Clean-room Data.Time.LocalTime.Internal.LocalTime for hs2stg
-- (time-1.9.3's API): a day and a time of day in some zone, shown
-- `2009-02-13 23:31:30.5`.
module Data.Time.LocalTime.Internal.LocalTime
  ( LocalTime (..)
  , utcToLocalTime
  , localTimeToUTC
  , zz_zdwutcToLocalTime
  , zz_zdwlocalTimeToUTC
  , zz_zdwzdcshowsPrec
  ) where

import Control.DeepSeq (NFData (..))
import Data.Time.Calendar.Days
import Data.Time.Calendar.Gregorian (showGregorian)
import Data.Time.Clock.Internal.DiffTime
import Data.Time.Clock.Internal.UTCTime
import Data.Time.LocalTime.Internal.TimeOfDay hiding (zz_zdwzdcshow)
import Data.Time.LocalTime.Internal.TimeZone hiding (zz_zdwzdcshowsPrec)

data LocalTime = LocalTime
  { localDay :: Day
  , localTimeOfDay :: TimeOfDay
  }

instance Eq LocalTime where
  LocalTime a b == LocalTime c d = a == c && b == d

instance Ord LocalTime where
  compare (LocalTime a b) (LocalTime c d) = compare a c <> compare b d

instance NFData LocalTime where
  rnf (LocalTime d t) = rnf d `seq` rnf t

instance Show LocalTime where
  showsPrec _ (LocalTime d t) = zz_zdwzdcshowsPrec d t

-- | showsPrec with the fields apart (-O1 callers).
zz_zdwzdcshowsPrec :: Day -> TimeOfDay -> String -> String
zz_zdwzdcshowsPrec d t s = showGregorian d ++ " " ++ show t ++ s

utcToLocalTime :: TimeZone -> UTCTime -> LocalTime
utcToLocalTime z (UTCTime d t) = case zz_zdwutcToLocalTime z d t of
  (# d', tod #) -> LocalTime d' tod

zz_zdwutcToLocalTime :: TimeZone -> Day -> DiffTime -> (# Day, TimeOfDay #)
zz_zdwutcToLocalTime z d t = (# addDays moved d, tod #)
  where
    (moved, tod) = utcToLocalTimeOfDay z (timeToTimeOfDay t)

localTimeToUTC :: TimeZone -> LocalTime -> UTCTime
localTimeToUTC z (LocalTime d tod) = case zz_zdwlocalTimeToUTC z d tod of (# d', t #) -> UTCTime d' t

zz_zdwlocalTimeToUTC :: TimeZone -> Day -> TimeOfDay -> (# Day, DiffTime #)
zz_zdwlocalTimeToUTC z d tod = (# addDays moved d, timeOfDayToTime tod' #)
  where
    (moved, tod') = localToUTCTimeOfDay z tod
