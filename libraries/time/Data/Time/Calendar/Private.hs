-- | Clean-room Data.Time.Calendar.Private for hs2stg (time-1.9.3): the
-- padding choice of time's number printing (Pad width character, or none),
-- the installed package's data type, which -O1 callers build.
module Data.Time.Calendar.Private
  ( PadOption (..)
  , padded
  , isoWeekday
  , MonthCalendar (..)
  , addMonthsClip
  , addMonthsRollOver
  , diffMonthsDays
  ) where

import Data.Time.Calendar.Days

data PadOption = Pad Int Char | NoPad

-- | The day of the week, Monday 1 .. Sunday 7 (MJD 0 was a Wednesday).
isoWeekday :: Day -> Int
isoWeekday (ModifiedJulianDay d) = fromInteger ((d + 2) `mod` 7) + 1

-- | A number in decimal, padded on the left (the sign goes first).
padded :: (Show t, Ord t, Num t) => PadOption -> t -> String
padded opt n
  | n < 0 = '-' : padded opt (negate n)
  | otherwise = case opt of
      NoPad -> s
      Pad w c -> replicate (w - length s) c ++ s
  where
    s = show n

-- | Month arithmetic of a calendar given by its (year, month, day) view and
-- its clipping constructor (the Gregorian and the Julian calendars share it).
data MonthCalendar = MonthCalendar
  { calToYMD :: Day -> (Integer, Int, Int)
  , calFromYMD :: Integer -> Int -> Int -> Day
  }

-- | (year, month) moved by n months, with the day of month kept.
shiftMonths :: MonthCalendar -> Integer -> Day -> (Integer, Int, Int)
shiftMonths cal n day = (y + dy, fromInteger m' + 1, d)
  where
    (y, m, d) = calToYMD cal day
    (dy, m') = (toInteger m - 1 + n) `divMod` 12

-- | n months on, the day clipped to the month's end.
addMonthsClip :: MonthCalendar -> Integer -> Day -> Day
addMonthsClip cal n day = calFromYMD cal y m d
  where
    (y, m, d) = shiftMonths cal n day

-- | n months on, a day past the month's end rolling over into the next.
addMonthsRollOver :: MonthCalendar -> Integer -> Day -> Day
addMonthsRollOver cal n day = addDays (toInteger d - 1) (calFromYMD cal y m 1)
  where
    (y, m, d) = shiftMonths cal n day

-- | a - b as whole months (as many as fit, counted towards a) and days,
-- the months added to b by the given rule.
diffMonthsDays :: MonthCalendar -> (Integer -> Day -> Day) -> Day -> Day -> (Integer, Integer)
diffMonthsDays cal add a b = (months, diffDays a (add months b))
  where
    (ya, ma, da) = calToYMD cal a
    (yb, mb, db) = calToYMD cal b
    ym = (ya * 12 + toInteger ma) - (yb * 12 + toInteger mb)
    months
      | ym > 0 && da < db = ym - 1
      | ym < 0 && da > db = ym + 1
      | otherwise = ym
