{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | Clean-room Data.Time.LocalTime.Internal.TimeOfDay for hs2stg
-- (time-1.9.3's API): hours, minutes and seconds, shown hh:mm:ss with the
-- seconds' fraction as far as it goes (`16:21:44.123`).
module Data.Time.LocalTime.Internal.TimeOfDay
  ( TimeOfDay (..)
  , midnight
  , midday
  , makeTimeOfDayValid
  , timeToTimeOfDay
  , timeOfDayToTime
  , utcToLocalTimeOfDay
  , localToUTCTimeOfDay
  , timeToDaysAndTimeOfDay
  , daysAndTimeOfDayToTime
  , dayFractionToTimeOfDay
  , timeOfDayToDayFraction
  , zz_zdwdayFractionToTimeOfDay
  , zz_zdwdaysAndTimeOfDayToTime
  , zz_zdwtimeToDaysAndTimeOfDay
  , zz_zdwtimeOfDayToDayFraction
  , zz_zdwtimeToTimeOfDay
  , zz_zdwutcToLocalTimeOfDay
  , zz_zdwtimeOfDayToTime
  , zz_zdwzdcshow
  , zz_makeTimeOfDayValid4
  ) where

import Control.DeepSeq (NFData (..))
import Data.Fixed (Fixed (..), Pico, showFixed)
import Data.Time.Clock.Internal.DiffTime
import Data.Time.Clock.Internal.NominalDiffTime
import Data.Time.LocalTime.Internal.TimeZone
import Data.Ratio (denominator, numerator, (%))
import GHC.Exts (Int (I#), Int#)

data TimeOfDay = TimeOfDay
  { todHour :: Int
  , todMin :: Int
  , todSec :: Pico
  }

instance Eq TimeOfDay where
  TimeOfDay a b c == TimeOfDay d e f = a == d && b == e && c == f

instance Ord TimeOfDay where
  compare (TimeOfDay a b c) (TimeOfDay d e f) = compare a d <> compare b e <> compare c f

instance NFData TimeOfDay where
  rnf (TimeOfDay h m s) = h `seq` m `seq` s `seq` ()

two :: Int -> String
two n = if n < 10 then '0' : show n else show n

instance Show TimeOfDay where
  show (TimeOfDay (I# h) m s) = zz_zdwzdcshow h m s

-- | show with the fields apart, the hour unboxed (-O1 callers).
zz_zdwzdcshow :: Int# -> Int -> Pico -> String
zz_zdwzdcshow h m s = two (I# h) ++ ":" ++ two m ++ ":" ++ secs
  where
    secs = (if s < 10 then "0" else "") ++ showFixed True s

midnight :: TimeOfDay
midnight = TimeOfDay 0 0 0

midday :: TimeOfDay
midday = TimeOfDay 12 0 0

-- | The smallest second (-O1 callers compare with this Integer).
zz_makeTimeOfDayValid4 :: Integer
zz_makeTimeOfDayValid4 = 0

makeTimeOfDayValid :: Int -> Int -> Pico -> Maybe TimeOfDay
makeTimeOfDayValid h m s
  | h < 0 || h > 23 || m < 0 || m > 59 || s < MkFixed zz_makeTimeOfDayValid4 || s >= 61 = Nothing
  | otherwise = Just (TimeOfDay h m s)

-- | A day time from 86400 s on is the leap second 23:59:60.
timeToTimeOfDay :: DiffTime -> TimeOfDay
timeToTimeOfDay t = case zz_zdwtimeToTimeOfDay t of (# h, m, s #) -> TimeOfDay h m s

zz_zdwtimeToTimeOfDay :: DiffTime -> (# Int, Int, Pico #)
zz_zdwtimeToTimeOfDay t
  | ps >= 86400 * unit = (# 23, 59, MkFixed (ps - 86340 * unit) #)
  | otherwise = (# fromInteger h, fromInteger m, MkFixed r #)
  where
    ps = diffTimeToPicoseconds t
    unit = 1000000000000
    (h, hr) = ps `divMod` (3600 * unit)
    (m, r) = hr `divMod` (60 * unit)

timeOfDayToTime :: TimeOfDay -> DiffTime
timeOfDayToTime (TimeOfDay h m (MkFixed s)) =
  picosecondsToDiffTime ((toInteger h * 3600 + toInteger m * 60) * 1000000000000 + s)

-- | The local time of day in zone z of a UTC time of day, with the days it
-- moved (-1, 0 or 1).
utcToLocalTimeOfDay :: TimeZone -> TimeOfDay -> (Integer, TimeOfDay)
utcToLocalTimeOfDay z (TimeOfDay h m s) = case zz_zdwutcToLocalTimeOfDay z h m s of
  (# d, tod #) -> (d, tod)

zz_zdwutcToLocalTimeOfDay :: TimeZone -> Int -> Int -> Pico -> (# Integer, TimeOfDay #)
zz_zdwutcToLocalTimeOfDay z h m s = (# toInteger dd, TimeOfDay h' (mins `mod` 60) s #)
  where
    mins = m + timeZoneMinutes z
    hrs = h + mins `div` 60
    (dd, h') = hrs `divMod` 24

localToUTCTimeOfDay :: TimeZone -> TimeOfDay -> (Integer, TimeOfDay)
localToUTCTimeOfDay z = utcToLocalTimeOfDay (minutesToTimeZone (negate (timeZoneMinutes z)))

-- | timeOfDayToTime's picoseconds (-O1 callers).
zz_zdwtimeOfDayToTime :: Int# -> Int# -> Pico -> Integer
zz_zdwtimeOfDayToTime h m s = diffTimeToPicoseconds (timeOfDayToTime (TimeOfDay (I# h) (I# m) s))

-- | Whole days (rounded down) and the time of day left.
timeToDaysAndTimeOfDay :: NominalDiffTime -> (Integer, TimeOfDay)
timeToDaysAndTimeOfDay (MkNominalDiffTime (MkFixed ps)) = (d, timeToTimeOfDay (picosecondsToDiffTime r))
  where
    (d, r) = ps `divMod` 86400000000000000

daysAndTimeOfDayToTime :: Integer -> TimeOfDay -> NominalDiffTime
daysAndTimeOfDayToTime d tod =
  MkNominalDiffTime (MkFixed (d * 86400000000000000 + diffTimeToPicoseconds (timeOfDayToTime tod)))

-- | A fraction of a day (its picoseconds rounded down); 1 and more reach
-- into the leap second as timeToTimeOfDay does.
dayFractionToTimeOfDay :: Rational -> TimeOfDay
dayFractionToTimeOfDay r = timeToTimeOfDay (picosecondsToDiffTime (floor (r * 86400000000000000)))

timeOfDayToDayFraction :: TimeOfDay -> Rational
timeOfDayToDayFraction tod = toRational (diffTimeToPicoseconds (timeOfDayToTime tod)) / 86400000000000000

-- | The four conversions' workers, rationals as numerator and denominator
-- (-O1 callers).
zz_zdwdayFractionToTimeOfDay :: Integer -> Integer -> (# Int, Int, Pico #)
zz_zdwdayFractionToTimeOfDay n d = case dayFractionToTimeOfDay (n % d) of TimeOfDay h m s -> (# h, m, s #)

zz_zdwdaysAndTimeOfDayToTime :: Integer -> Int# -> Int# -> Pico -> NominalDiffTime
zz_zdwdaysAndTimeOfDayToTime d h m s = daysAndTimeOfDayToTime d (TimeOfDay (I# h) (I# m) s)

zz_zdwtimeToDaysAndTimeOfDay :: NominalDiffTime -> (# Integer, TimeOfDay #)
zz_zdwtimeToDaysAndTimeOfDay t = case timeToDaysAndTimeOfDay t of (d, tod) -> (# d, tod #)

zz_zdwtimeOfDayToDayFraction :: Int# -> Int# -> Pico -> (# Integer, Integer #)
zz_zdwtimeOfDayToDayFraction h m s = case timeOfDayToDayFraction (TimeOfDay (I# h) (I# m) s) of
  r -> (# numerator r, denominator r #)
