-- | Clean-room Data.Time.Calendar.WeekDate for hs2stg (time-1.9.3's API):
-- ISO 8601 week dates (year, week 1..53, day 1 = Monday .. 7 = Sunday);
-- week 1 is the week that holds the year's first Thursday.
module Data.Time.Calendar.WeekDate
  ( toWeekDate
  , fromWeekDate
  , fromWeekDateValid
  , showWeekDate
  ) where

import Data.Time.Calendar.Days
import Data.Time.Calendar.OrdinalDate
import Data.Time.Calendar.Private (PadOption (..), isoWeekday, padded)

-- | The Monday of week 1 of an ISO week-numbering year.
week1Monday :: Integer -> Integer
week1Monday year = jan4 - toInteger (isoWeekday day - 1)
  where
    day@(ModifiedJulianDay jan4) = fromOrdinalDate year 4

weeksInYear :: Integer -> Int
weeksInYear year = fromInteger ((week1Monday (year + 1) - week1Monday year) `div` 7)

toWeekDate :: Day -> (Integer, Int, Int)
toWeekDate (ModifiedJulianDay d) = (year, fromInteger ((d - week1Monday year) `div` 7) + 1, isoWeekday (ModifiedJulianDay d))
  where
    y0 = fst (toOrdinalDate (ModifiedJulianDay d))
    year
      | d >= week1Monday (y0 + 1) = y0 + 1
      | d < week1Monday y0 = y0 - 1
      | otherwise = y0

-- | The week and the day are clipped to the year's weeks and to 1..7.
fromWeekDate :: Integer -> Int -> Int -> Day
fromWeekDate year w d = ModifiedJulianDay (week1Monday year + toInteger (7 * (w' - 1) + d' - 1))
  where
    w' = max 1 (min (weeksInYear year) w)
    d' = max 1 (min 7 d)

fromWeekDateValid :: Integer -> Int -> Int -> Maybe Day
fromWeekDateValid year w d
  | w < 1 || w > weeksInYear year || d < 1 || d > 7 = Nothing
  | otherwise = Just (fromWeekDate year w d)

-- | yyyy-Www-d.
showWeekDate :: Day -> String
showWeekDate day = padded (Pad 4 '0') y ++ "-W" ++ padded (Pad 2 '0') (toInteger w) ++ "-" ++ show d
  where
    (y, w, d) = toWeekDate day
