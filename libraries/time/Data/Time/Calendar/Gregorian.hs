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
  , isLeapYear
  , zz_zdfShowDay1
  ) where

import Data.Time.Calendar.Days
import Data.Time.Calendar.MonthDay
import Data.Time.Calendar.OrdinalDate

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

-- | Pads a number with zeros to n digits; a minus sign goes first.
padded :: Int -> Integer -> String
padded n i
  | i < 0 = '-' : padded n (negate i)
  | otherwise = replicate (n - length s) '0' ++ s
  where
    s = show i

showGregorian :: Day -> String
showGregorian day =
  padded 4 y ++ "-" ++ padded 2 (toInteger m) ++ "-" ++ padded 2 (toInteger d)
  where
    (y, m, d) = toGregorian day

instance Show Day where
  showsPrec _ = zz_zdfShowDay1

-- | showsPrec's body (-O1 callers call it by this name).
zz_zdfShowDay1 :: Day -> String -> String
zz_zdfShowDay1 d s = showGregorian d ++ s

-- | Months added to (year, month), the year carried.
shiftMonths :: Integer -> Day -> (Integer, Int, Int)
shiftMonths n day = (y', fromInteger m' + 1, d)
  where
    (y, m, d) = toGregorian day
    (dy, m') = (toInteger m - 1 + n) `divMod` 12
    y' = y + dy

addGregorianMonthsClip :: Integer -> Day -> Day
addGregorianMonthsClip n day = fromGregorian y m d
  where
    (y, m, d) = shiftMonths n day

addGregorianMonthsRollOver :: Integer -> Day -> Day
addGregorianMonthsRollOver n day = addDays (toInteger d - 1) (fromGregorian y m 1)
  where
    (y, m, d) = shiftMonths n day

addGregorianYearsClip :: Integer -> Day -> Day
addGregorianYearsClip n = addGregorianMonthsClip (n * 12)

addGregorianYearsRollOver :: Integer -> Day -> Day
addGregorianYearsRollOver n = addGregorianMonthsRollOver (n * 12)
