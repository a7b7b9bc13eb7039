{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | Clean-room Data.Time.LocalTime.Internal.LocalTime for hs2stg
-- (time-1.9.3's API): a day and a time of day in some zone, shown
-- `2009-02-13 23:31:30.5`.
module Data.Time.LocalTime.Internal.LocalTime
  ( LocalTime (..)
  , utcToLocalTime
  , localTimeToUTC
  , addLocalTime
  , diffLocalTime
  , ut1ToLocalTime
  , localTimeToUT1
  , zz_zdwut1ToLocalTime
  , zz_zdwzdcshowsPrec1
  , zz_zdwlocalTimeToUT1
  , zz_zdwdiffLocalTime
  , zz_zdwaddLocalTime
  , zz_zdwutcToLocalTime
  , zz_zdwlocalTimeToUTC
  , zz_zdwzdcshowsPrec
  ) where

import Control.DeepSeq (NFData (..))
import Data.Fixed (Fixed (..), Pico)
import Data.Ratio (denominator, numerator, (%))
import Data.Time.Calendar.Days
import GHC.Exts (Int (I#), Int#)
import Data.Time.Calendar.Gregorian (showGregorian)
import Data.Time.Clock.Internal.DiffTime
import Data.Time.Clock.Internal.NominalDiffTime
import Data.Time.Clock.Internal.UTCDiff (addUTCTime, diffUTCTime)
import Data.Time.Clock.Internal.UTCTime
import Data.Time.Clock.Internal.UniversalTime
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

-- | Local times differ by nominal (leap-second-free) time.
addLocalTime :: NominalDiffTime -> LocalTime -> LocalTime
addLocalTime x = utcToLocalTime utc . addUTCTime x . localTimeToUTC utc

diffLocalTime :: LocalTime -> LocalTime -> NominalDiffTime
diffLocalTime a b = diffUTCTime (localTimeToUTC utc a) (localTimeToUTC utc b)

-- | The local mean time at a longitude (degrees east) of a UT1 time.
ut1ToLocalTime :: Rational -> UniversalTime -> LocalTime
ut1ToLocalTime long (ModJulianDate date) = LocalTime (ModifiedJulianDay day) (dayFractionToTimeOfDay (local - fromInteger day))
  where
    local = date + long / 360
    day = floor local

localTimeToUT1 :: Rational -> LocalTime -> UniversalTime
localTimeToUT1 long (LocalTime (ModifiedJulianDay day) tod) =
  ModJulianDate (fromInteger day + timeOfDayToDayFraction tod - long / 360)

-- | A UT1 time shows as the local mean time at Greenwich.
instance Show UniversalTime where
  showsPrec _ = zz_zdwzdcshowsPrec1

-- | The workers of the functions above (-O1 callers): rationals as
-- numerator and denominator, records as their fields.
zz_zdwzdcshowsPrec1 :: UniversalTime -> String -> String
zz_zdwzdcshowsPrec1 t s = show (ut1ToLocalTime 0 t) ++ s

zz_zdwut1ToLocalTime :: Rational -> UniversalTime -> (# Day, TimeOfDay #)
zz_zdwut1ToLocalTime long t = case ut1ToLocalTime long t of LocalTime d tod -> (# d, tod #)

zz_zdwlocalTimeToUT1 :: Integer -> Integer -> Day -> Int# -> Int# -> Pico -> (# Integer, Integer #)
zz_zdwlocalTimeToUT1 n d day h m s = case localTimeToUT1 (n % d) (LocalTime day (TimeOfDay (I# h) (I# m) s)) of
  ModJulianDate r -> (# numerator r, denominator r #)

zz_zdwdiffLocalTime :: Day -> TimeOfDay -> Day -> TimeOfDay -> Integer
zz_zdwdiffLocalTime d1 t1 d2 t2 = case diffLocalTime (LocalTime d1 t1) (LocalTime d2 t2) of
  MkNominalDiffTime (MkFixed ps) -> ps

zz_zdwaddLocalTime :: NominalDiffTime -> LocalTime -> (# Day, TimeOfDay #)
zz_zdwaddLocalTime x lt = case addLocalTime x lt of LocalTime d tod -> (# d, tod #)
