-- | Clean-room Data.Time.Calendar.JulianYearDay for hs2stg (time-1.9.3's
-- API): a day as (year, day of year) of the proleptic Julian calendar,
-- whose leap years are the multiples of four (year 0 is one).
module Data.Time.Calendar.JulianYearDay
  ( toJulianYearAndDay
  , fromJulianYearAndDay
  , fromJulianYearAndDayValid
  , showJulianYearAndDay
  , isJulianLeapYear
  ) where

import Data.Time.Calendar.Days
import Data.Time.Calendar.Private (PadOption (..), padded)

isJulianLeapYear :: Integer -> Bool
isJulianLeapYear y = y `mod` 4 == 0

-- | The MJD of 1 January of Julian year 1 (Gregorian 0000-12-30).
mjdOfJulianYear1 :: Integer
mjdOfJulianYear1 = -678577

toJulianYearAndDay :: Day -> (Integer, Int)
toJulianYearAndDay (ModifiedJulianDay mjd) = (4 * q4 + y1 + 1, fromInteger (r4 - 365 * y1) + 1)
  where
    (q4, r4) = (mjd - mjdOfJulianYear1) `divMod` 1461
    y1 = min 3 (r4 `div` 365)

yearLength :: Integer -> Int
yearLength y = if isJulianLeapYear y then 366 else 365

-- | The day of year is clipped to the year's days.
fromJulianYearAndDay :: Integer -> Int -> Day
fromJulianYearAndDay year yd = ModifiedJulianDay (mjdOfJulianYear1 + 365 * p + p `div` 4 + toInteger clipped - 1)
  where
    p = year - 1
    clipped = max 1 (min (yearLength year) yd)

fromJulianYearAndDayValid :: Integer -> Int -> Maybe Day
fromJulianYearAndDayValid year yd
  | yd < 1 || yd > yearLength year = Nothing
  | otherwise = Just (fromJulianYearAndDay year yd)

-- | yyyy-ddd.
showJulianYearAndDay :: Day -> String
showJulianYearAndDay day = padded (Pad 4 '0') y ++ "-" ++ padded (Pad 3 '0') (toInteger yd)
  where
    (y, yd) = toJulianYearAndDay day
