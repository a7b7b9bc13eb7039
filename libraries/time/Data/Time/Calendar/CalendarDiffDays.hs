{-# LANGUAGE UnboxedTuples #-}
-- | Clean-room Data.Time.Calendar.CalendarDiffDays for hs2stg (time-1.9.3's
-- API): a calendar duration as months and days (both may be negative),
-- shown in ISO 8601's duration style (`P1M-3D`).
module Data.Time.Calendar.CalendarDiffDays
  ( CalendarDiffDays (..)
  , calendarDay
  , calendarWeek
  , calendarMonth
  , calendarYear
  , scaleCalendarDiffDays
  , zz_zdwzdcshow
  , zz_zdwgo1
  ) where

import Control.DeepSeq (NFData (..))

data CalendarDiffDays = CalendarDiffDays
  { cdMonths :: Integer
  , cdDays :: Integer
  }

instance Eq CalendarDiffDays where
  CalendarDiffDays a b == CalendarDiffDays c d = a == c && b == d

instance Semigroup CalendarDiffDays where
  CalendarDiffDays a b <> CalendarDiffDays c d = CalendarDiffDays (a + c) (b + d)

instance Monoid CalendarDiffDays where
  mempty = CalendarDiffDays 0 0

instance Show CalendarDiffDays where
  show (CalendarDiffDays m d) = zz_zdwzdcshow m d

-- | show with the fields apart (-O1 callers).
zz_zdwzdcshow :: Integer -> Integer -> String
zz_zdwzdcshow m d = "P" ++ show m ++ "M" ++ show d ++ "D"

instance NFData CalendarDiffDays where
  rnf (CalendarDiffDays m d) = rnf m `seq` rnf d

calendarDay :: CalendarDiffDays
calendarDay = CalendarDiffDays 0 1

calendarWeek :: CalendarDiffDays
calendarWeek = CalendarDiffDays 0 7

calendarMonth :: CalendarDiffDays
calendarMonth = CalendarDiffDays 1 0

calendarYear :: CalendarDiffDays
calendarYear = CalendarDiffDays 12 0

scaleCalendarDiffDays :: Integer -> CalendarDiffDays -> CalendarDiffDays
scaleCalendarDiffDays k (CalendarDiffDays m d) = CalendarDiffDays (k * m) (k * d)

-- sconcat's worker as the -O1 build has it (the first element's fields and
-- the rest; the sums from the right, as `a <> (b <> ...)`).
zz_zdwgo1 :: Integer -> Integer -> [CalendarDiffDays] -> (# Integer, Integer #)
zz_zdwgo1 m x [] = (# m, x #)
zz_zdwgo1 m x (CalendarDiffDays m' x' : rest) = case zz_zdwgo1 m' x' rest of
  (# m2, x2 #) -> (# m + m2, x + x2 #)
