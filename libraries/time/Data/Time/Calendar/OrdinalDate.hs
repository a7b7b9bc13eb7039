{-# LANGUAGE MagicHash #-}
-- | Clean-room Data.Time.Calendar.OrdinalDate for hs2stg (time-1.9.3's
-- API, the part the Gregorian calendar needs): a day as (year, day of year).
module Data.Time.Calendar.OrdinalDate
  ( isLeapYear
  , toOrdinalDate
  , fromOrdinalDate
  , fromOrdinalDateValid
  , zz_zdwfromOrdinalDateValid
  ) where

import Data.Time.Calendar.Days
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
