{-# LANGUAGE UnboxedTuples #-}
-- | Clean-room Data.Time.Calendar.Julian for hs2stg (time-1.9.3's API):
-- the proleptic Julian calendar as (year, month, day), out-of-range months
-- and days clipped, with the same month arithmetic as the Gregorian one.
module Data.Time.Calendar.Julian
  ( module Data.Time.Calendar.JulianYearDay
  , toJulian
  , fromJulian
  , fromJulianValid
  , showJulian
  , julianMonthLength
  , addJulianMonthsClip
  , addJulianMonthsRollOver
  , addJulianYearsClip
  , addJulianYearsRollOver
  , addJulianDurationClip
  , addJulianDurationRollOver
  , diffJulianDurationClip
  , diffJulianDurationRollOver
  , zz_zdwdiffJulianDurationClip
  , zz_zdwdiffJulianDurationRollOver
  ) where

import Data.Time.Calendar.CalendarDiffDays
import Data.Time.Calendar.Days
import Data.Time.Calendar.JulianYearDay
import Data.Time.Calendar.MonthDay
import Data.Time.Calendar.Private

toJulian :: Day -> (Integer, Int, Int)
toJulian day = (y, m, d)
  where
    (y, yd) = toJulianYearAndDay day
    (m, d) = dayOfYearToMonthAndDay (isJulianLeapYear y) yd

fromJulian :: Integer -> Int -> Int -> Day
fromJulian y m d = fromJulianYearAndDay y (monthAndDayToDayOfYear (isJulianLeapYear y) m d)

fromJulianValid :: Integer -> Int -> Int -> Maybe Day
fromJulianValid y m d = do
  yd <- monthAndDayToDayOfYearValid (isJulianLeapYear y) m d
  fromJulianYearAndDayValid y yd

showJulian :: Day -> String
showJulian day = padded (Pad 4 '0') y ++ "-" ++ padded (Pad 2 '0') (toInteger m) ++ "-" ++ padded (Pad 2 '0') (toInteger d)
  where
    (y, m, d) = toJulian day

julianMonthLength :: Integer -> Int -> Int
julianMonthLength y = monthLength (isJulianLeapYear y)

julian :: MonthCalendar
julian = MonthCalendar toJulian fromJulian

addJulianMonthsClip :: Integer -> Day -> Day
addJulianMonthsClip = addMonthsClip julian

addJulianMonthsRollOver :: Integer -> Day -> Day
addJulianMonthsRollOver = addMonthsRollOver julian

addJulianYearsClip :: Integer -> Day -> Day
addJulianYearsClip n = addJulianMonthsClip (n * 12)

addJulianYearsRollOver :: Integer -> Day -> Day
addJulianYearsRollOver n = addJulianMonthsRollOver (n * 12)

addJulianDurationClip :: CalendarDiffDays -> Day -> Day
addJulianDurationClip (CalendarDiffDays m d) day = addDays d (addJulianMonthsClip m day)

addJulianDurationRollOver :: CalendarDiffDays -> Day -> Day
addJulianDurationRollOver (CalendarDiffDays m d) day = addDays d (addJulianMonthsRollOver m day)

diffJulianDurationClip :: Day -> Day -> CalendarDiffDays
diffJulianDurationClip a b = case zz_zdwdiffJulianDurationClip a b of (# m, d #) -> CalendarDiffDays m d

diffJulianDurationRollOver :: Day -> Day -> CalendarDiffDays
diffJulianDurationRollOver a b = case zz_zdwdiffJulianDurationRollOver a b of (# m, d #) -> CalendarDiffDays m d

-- | The two durations' workers (-O1 callers).
zz_zdwdiffJulianDurationClip, zz_zdwdiffJulianDurationRollOver :: Day -> Day -> (# Integer, Integer #)
zz_zdwdiffJulianDurationClip a b = case diffMonthsDays julian addJulianMonthsClip a b of (m, d) -> (# m, d #)
zz_zdwdiffJulianDurationRollOver a b = case diffMonthsDays julian addJulianMonthsRollOver a b of (m, d) -> (# m, d #)
