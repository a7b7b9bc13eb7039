{-# LANGUAGE UnboxedTuples #-}
-- | Clean-room Data.Time.Calendar.Gregorian for hs2stg (time-1.9.3's API
-- and its documented behaviour: out-of-range months and days are clipped,
-- showGregorian prints yyyy-mm-dd), with the orphan Show Day instance the
-- installed package defines here.
module Data.Time.Calendar.Gregorian
  ( toGregorian
  , fromGregorian
  , fromGregorianValid
  , showGregorian
  , gregorianMonthLength
  , addGregorianMonthsClip
  , addGregorianMonthsRollOver
  , addGregorianYearsClip
  , addGregorianYearsRollOver
  , addGregorianDurationClip
  , addGregorianDurationRollOver
  , diffGregorianDurationClip
  , diffGregorianDurationRollOver
  , zz_zdwdiffGregorianDurationClip
  , zz_zdwdiffGregorianDurationRollOver
  , isLeapYear
  , zz_zdfShowDay1
  ) where

import Data.Time.Calendar.CalendarDiffDays
import Data.Time.Calendar.Days
import Data.Time.Calendar.MonthDay
import Data.Time.Calendar.OrdinalDate
import Data.Time.Calendar.Private (MonthCalendar (..), PadOption (..), addMonthsClip, addMonthsRollOver, diffMonthsDays, padded)

gregorianMonthLength :: Integer -> Int -> Int
gregorianMonthLength y = monthLength (isLeapYear y)

toGregorian :: Day -> (Integer, Int, Int)
toGregorian day = (y, m, d)
  where
    (y, yd) = toOrdinalDate day
    (m, d) = dayOfYearToMonthAndDay (isLeapYear y) yd

fromGregorian :: Integer -> Int -> Int -> Day
fromGregorian y m d = fromOrdinalDate y (monthAndDayToDayOfYear (isLeapYear y) m d)

fromGregorianValid :: Integer -> Int -> Int -> Maybe Day
fromGregorianValid y m d = do
  yd <- monthAndDayToDayOfYearValid (isLeapYear y) m d
  fromOrdinalDateValid y yd


showGregorian :: Day -> String
showGregorian day =
  padded (Pad 4 '0') y ++ "-" ++ padded (Pad 2 '0') (toInteger m) ++ "-" ++ padded (Pad 2 '0') (toInteger d)
  where
    (y, m, d) = toGregorian day

instance Show Day where
  showsPrec _ = zz_zdfShowDay1

-- | showsPrec's body (-O1 callers call it by this name).
zz_zdfShowDay1 :: Day -> String -> String
zz_zdfShowDay1 d s = showGregorian d ++ s

gregorian :: MonthCalendar
gregorian = MonthCalendar toGregorian fromGregorian

addGregorianMonthsClip :: Integer -> Day -> Day
addGregorianMonthsClip = addMonthsClip gregorian

addGregorianMonthsRollOver :: Integer -> Day -> Day
addGregorianMonthsRollOver = addMonthsRollOver gregorian

addGregorianYearsClip :: Integer -> Day -> Day
addGregorianYearsClip n = addGregorianMonthsClip (n * 12)

addGregorianYearsRollOver :: Integer -> Day -> Day
addGregorianYearsRollOver n = addGregorianMonthsRollOver (n * 12)

addGregorianDurationClip :: CalendarDiffDays -> Day -> Day
addGregorianDurationClip (CalendarDiffDays m d) day = addDays d (addGregorianMonthsClip m day)

addGregorianDurationRollOver :: CalendarDiffDays -> Day -> Day
addGregorianDurationRollOver (CalendarDiffDays m d) day = addDays d (addGregorianMonthsRollOver m day)

-- | a - b: as many whole months as fit (counted from b towards a), then days.
diffGregorianDurationClip :: Day -> Day -> CalendarDiffDays
diffGregorianDurationClip a b = case zz_zdwdiffGregorianDurationClip a b of (# m, d #) -> CalendarDiffDays m d

diffGregorianDurationRollOver :: Day -> Day -> CalendarDiffDays
diffGregorianDurationRollOver a b = case zz_zdwdiffGregorianDurationRollOver a b of (# m, d #) -> CalendarDiffDays m d

-- | The two durations' workers (-O1 callers).
zz_zdwdiffGregorianDurationClip, zz_zdwdiffGregorianDurationRollOver :: Day -> Day -> (# Integer, Integer #)
zz_zdwdiffGregorianDurationClip a b = case diffMonthsDays gregorian addGregorianMonthsClip a b of (m, d) -> (# m, d #)
zz_zdwdiffGregorianDurationRollOver a b = case diffMonthsDays gregorian addGregorianMonthsRollOver a b of (m, d) -> (# m, d #)
