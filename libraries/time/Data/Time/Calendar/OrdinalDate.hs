{-# LANGUAGE MagicHash #-}
-- | Clean-room Data.Time.Calendar.OrdinalDate for hs2stg (time-1.9.3's
-- API): a day as (year, day of year), and the weeks of a year that start
-- on a Monday or on a Sunday (week 0 holds the days before the first one).
module Data.Time.Calendar.OrdinalDate
  ( isLeapYear
  , toOrdinalDate
  , fromOrdinalDate
  , fromOrdinalDateValid
  , showOrdinalDate
  , mondayStartWeek
  , sundayStartWeek
  , fromMondayStartWeek
  , fromMondayStartWeekValid
  , fromSundayStartWeek
  , fromSundayStartWeekValid
  , zz_zdwfromOrdinalDateValid
  ) where

import Data.Time.Calendar.Days
import Data.Time.Calendar.Private (PadOption (..), isoWeekday, padded)
import GHC.Exts (Int (I#), Int#)

-- | Proleptic Gregorian leap years (year 0 is one).
isLeapYear :: Integer -> Bool
isLeapYear y = y `mod` 4 == 0 && (y `mod` 400 == 0 || y `mod` 100 /= 0)

-- | Days before 1 January of year y, counted from 1 January of year 1
-- (negative before it).
daysBeforeYear :: Integer -> Integer
daysBeforeYear y = 365 * p + p `div` 4 - p `div` 100 + p `div` 400
  where
    p = y - 1

-- | The MJD of 1 January of year 1 is -678575.
mjdOfYear1 :: Integer
mjdOfYear1 = -678575

toOrdinalDate :: Day -> (Integer, Int)
toOrdinalDate (ModifiedJulianDay mjd) = (year, fromInteger yd + 1)
  where
    n = mjd - mjdOfYear1
    (q400, r400) = n `divMod` 146097
    c = min 3 (r400 `div` 36524)
    r100 = r400 - c * 36524
    (q4, r4) = r100 `divMod` 1461
    y1 = min 3 (r4 `div` 365)
    yd = r4 - y1 * 365
    year = q400 * 400 + c * 100 + q4 * 4 + y1 + 1

yearLength :: Integer -> Int
yearLength y = if isLeapYear y then 366 else 365

-- | The day of year is clipped to the year's days.
fromOrdinalDate :: Integer -> Int -> Day
fromOrdinalDate year yd = ModifiedJulianDay (mjdOfYear1 + daysBeforeYear year + toInteger clipped - 1)
  where
    clipped = max 1 (min (yearLength year) yd)

fromOrdinalDateValid :: Integer -> Int -> Maybe Day
fromOrdinalDateValid year yd
  | yd < 1 || yd > yearLength year = Nothing
  | otherwise = Just (fromOrdinalDate year yd)

zz_zdwfromOrdinalDateValid :: Integer -> Int# -> Maybe Day
zz_zdwfromOrdinalDateValid year yd = fromOrdinalDateValid year (I# yd)

-- | yyyy-ddd (the year padded to four digits after any sign).
showOrdinalDate :: Day -> String
showOrdinalDate day = padded (Pad 4 '0') y ++ "-" ++ padded (Pad 3 '0') (toInteger yd)
  where
    (y, yd) = toOrdinalDate day

-- | (week number, day of week 1 = Monday .. 7 = Sunday); week 1 starts on
-- the year's first Monday.
mondayStartWeek :: Day -> (Int, Int)
mondayStartWeek day = (weekOf day (isoWeekday day - 1), isoWeekday day)

-- | (week number, day of week 0 = Sunday .. 6 = Saturday); week 1 starts
-- on the year's first Sunday.
sundayStartWeek :: Day -> (Int, Int)
sundayStartWeek day = (weekOf day wd, wd)
  where
    wd = isoWeekday day `mod` 7

-- | The week of the year of a day that is the k-th (from 0) of its week.
weekOf :: Day -> Int -> Int
weekOf day k = (snd (toOrdinalDate day) - 1 - k + 7) `div` 7

-- | The first day of week 1 whose first weekday is w (1 = Monday, 7 = Sunday).
firstWeekStart :: Integer -> Int -> Day
firstWeekStart year w = ModifiedJulianDay (jan1 + toInteger ((w - isoWeekday (ModifiedJulianDay jan1) + 7) `mod` 7))
  where
    ModifiedJulianDay jan1 = fromOrdinalDate year 1

-- | The day of (year, week, day of week 1..7); out-of-range weeks and days
-- count on from week 1 (they are not clipped).
fromMondayStartWeek :: Integer -> Int -> Int -> Day
fromMondayStartWeek year w d = ModifiedJulianDay (start + toInteger (7 * (w - 1) + d - 1))
  where
    ModifiedJulianDay start = firstWeekStart year 1

fromMondayStartWeekValid :: Integer -> Int -> Int -> Maybe Day
fromMondayStartWeekValid year w d
  | d < 1 || d > 7 = Nothing
  | fst (toOrdinalDate day) /= year = Nothing
  | otherwise = Just day
  where
    day = fromMondayStartWeek year w d

-- | The day of (year, week, day of week 0 = Sunday .. 6), not clipped.
fromSundayStartWeek :: Integer -> Int -> Int -> Day
fromSundayStartWeek year w d = ModifiedJulianDay (start + toInteger (7 * (w - 1) + d))
  where
    ModifiedJulianDay start = firstWeekStart year 7

fromSundayStartWeekValid :: Integer -> Int -> Int -> Maybe Day
fromSundayStartWeekValid year w d
  | d < 0 || d > 6 = Nothing
  | fst (toOrdinalDate day) /= year = Nothing
  | otherwise = Just day
  where
    day = fromSundayStartWeek year w d
