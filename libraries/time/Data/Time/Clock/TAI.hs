-- | Clean-room Data.Time.Clock.TAI for hs2stg (time-1.9.3's API): TAI and
-- its conversions with UTC through a leap-second map (TAI - UTC on each
-- day). taiClock (the kernel's CLOCK_TAI) is not defined: the machine
-- cannot read the kernel's TAI offset.
module Data.Time.Clock.TAI
  ( AbsoluteTime
  , taiEpoch
  , addAbsoluteTime
  , diffAbsoluteTime
  , taiNominalDayStart
  , LeapSecondMap
  , utcDayLength
  , utcToTAITime
  , taiToUTCTime
  ) where

import Data.Time.Calendar.Days
import Data.Time.Clock.Internal.AbsoluteTime
import Data.Time.Clock.Internal.DiffTime
import Data.Time.Clock.Internal.UTCTime
import Data.Time.LocalTime.Internal.LocalTime
import Data.Time.LocalTime.Internal.TimeOfDay

-- | TAI - UTC in whole seconds on a day, where known.
type LeapSecondMap = Day -> Maybe Int

-- | A UTC day's length: 86400 s plus the leap seconds at its end.
utcDayLength :: LeapSecondMap -> Day -> Maybe DiffTime
utcDayLength lsmap day = do
  i0 <- lsmap day
  i1 <- lsmap (addDays 1 day)
  return (86400 + fromIntegral (i1 - i0))

utcToTAITime :: LeapSecondMap -> UTCTime -> Maybe AbsoluteTime
utcToTAITime lsmap (UTCTime day dtime) = do
  offset <- lsmap day
  return (addAbsoluteTime (dtime + fromIntegral offset) (taiNominalDayStart day))

-- | The UTC day whose span holds the TAI time, found from its nominal day.
taiToUTCTime :: LeapSecondMap -> AbsoluteTime -> Maybe UTCTime
taiToUTCTime lsmap t = search (ModifiedJulianDay (diffTimeToPicoseconds since `div` 86400000000000000)) (3 :: Int)
  where
    since = diffAbsoluteTime t taiEpoch
    search day tries = do
      offset <- lsmap day
      len <- utcDayLength lsmap day
      let dtime = diffAbsoluteTime t (taiNominalDayStart day) - fromIntegral offset
      if dtime < 0 && tries > 0
        then search (addDays (-1) day) (tries - 1)
        else
          if dtime >= len && tries > 0
            then search (addDays 1 day) (tries - 1)
            else return (UTCTime day dtime)

-- | A TAI time shows as its date and time of day, then "TAI".
instance Show AbsoluteTime where
  show t = show (LocalTime (ModifiedJulianDay d) (timeToTimeOfDay (picosecondsToDiffTime r))) ++ " TAI"
    where
      (d, r) = diffTimeToPicoseconds (diffAbsoluteTime t taiEpoch) `divMod` 86400000000000000
