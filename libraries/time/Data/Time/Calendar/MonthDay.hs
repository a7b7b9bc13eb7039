{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | Clean-room Data.Time.Calendar.MonthDay for hs2stg (time-1.9.3's API):
-- months of a year as (month, day of month) and day of year, clipped to
-- the valid range; plus the workers -O1 callers reach (their types from
-- the installed interface: the month an Int#).
module Data.Time.Calendar.MonthDay
  ( monthAndDayToDayOfYear
  , monthAndDayToDayOfYearValid
  , dayOfYearToMonthAndDay
  , monthLength
  , zz_zdwmonthAndDayToDayOfYear
  , zz_zdwmonthAndDayToDayOfYearValid
  , zz_zdwmonthLength
  , zz_dayOfYearToMonthAndDayzuzdszdwfindMonthDay
  ) where

import GHC.Exts (Int (I#), Int#, (-#))

monthLengths :: Bool -> [Int]
monthLengths leap = [31, if leap then 29 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

clip :: Int -> Int -> Int -> Int
clip lo hi x = max lo (min hi x)

-- | The month's days (the month clipped to 1..12).
monthLength :: Bool -> Int -> Int
monthLength leap m = monthLengths leap !! (clip 1 12 m - 1)

monthAndDayToDayOfYear :: Bool -> Int -> Int -> Int
monthAndDayToDayOfYear leap m d = sum (take (m' - 1) (monthLengths leap)) + clip 1 (monthLength leap m') d
  where
    m' = clip 1 12 m

monthAndDayToDayOfYearValid :: Bool -> Int -> Int -> Maybe Int
monthAndDayToDayOfYearValid leap m d
  | m < 1 || m > 12 || d < 1 || d > monthLength leap m = Nothing
  | otherwise = Just (monthAndDayToDayOfYear leap m d)

dayOfYearToMonthAndDay :: Bool -> Int -> (Int, Int)
dayOfYearToMonthAndDay leap yd = walk 1 (clip 1 (if leap then 366 else 365) yd) (monthLengths leap)
  where
    walk k n (l : ls) | n > l = walk (k + 1) (n - l) ls
    walk k n _ = (k, n)

zz_zdwmonthAndDayToDayOfYear :: Bool -> Int# -> Int# -> Int#
zz_zdwmonthAndDayToDayOfYear leap m d = case monthAndDayToDayOfYear leap (I# m) (I# d) of I# r -> r

zz_zdwmonthAndDayToDayOfYearValid :: Bool -> Int# -> Int -> Maybe Int
zz_zdwmonthAndDayToDayOfYearValid leap m = monthAndDayToDayOfYearValid leap (I# m)

zz_zdwmonthLength :: Bool -> Int# -> Int
zz_zdwmonthLength leap m = monthLength leap (I# m)

-- | dayOfYearToMonthAndDay_$s$wfindMonthDay (-O1 callers pass the day of
-- year less the months already passed, and the lengths of the months
-- left): (months walked from 1, day of that month).
zz_dayOfYearToMonthAndDayzuzdszdwfindMonthDay :: Int# -> [Int] -> (# Int, Int #)
zz_dayOfYearToMonthAndDayzuzdszdwfindMonthDay n (I# l : ls)
  | I# n > I# l = case zz_dayOfYearToMonthAndDayzuzdszdwfindMonthDay (n -# l) ls of
      (# m, d #) -> (# m + 1, d #)
zz_dayOfYearToMonthAndDayzuzdszdwfindMonthDay n _ = (# 1, I# n #)
