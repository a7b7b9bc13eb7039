{-# LANGUAGE UnboxedTuples #-}
-- | Clean-room Data.Time.LocalTime.Internal.CalendarDiffTime for hs2stg
-- (time-1.9.3's API): a duration of months and a nominal time, shown in
-- ISO 8601's duration style (`P3MT-90.5S`).
module Data.Time.LocalTime.Internal.CalendarDiffTime
  ( CalendarDiffTime (..)
  , calendarTimeDays
  , calendarTimeTime
  , scaleCalendarDiffTime
  , zz_zdwzdcshow
  , zz_zdwgo1
  ) where

import Control.DeepSeq (NFData (..))
import Data.Fixed (showFixed)
import Data.Time.Calendar.CalendarDiffDays (CalendarDiffDays (..))
import Data.Time.Clock.Internal.NominalDiffTime

data CalendarDiffTime = CalendarDiffTime
  { ctMonths :: Integer
  , ctTime :: NominalDiffTime
  }

instance Eq CalendarDiffTime where
  CalendarDiffTime a b == CalendarDiffTime c d = a == c && b == d

instance Semigroup CalendarDiffTime where
  CalendarDiffTime a b <> CalendarDiffTime c d = CalendarDiffTime (a + c) (b + d)

instance Monoid CalendarDiffTime where
  mempty = CalendarDiffTime 0 0

instance Show CalendarDiffTime where
  show (CalendarDiffTime m t) = zz_zdwzdcshow m t

-- | show with the fields apart (-O1 callers).
zz_zdwzdcshow :: Integer -> NominalDiffTime -> String
zz_zdwzdcshow m t = "P" ++ show m ++ "MT" ++ showFixed True (nominalDiffTimeToSeconds t) ++ "S"

instance NFData CalendarDiffTime where
  rnf (CalendarDiffTime m t) = rnf m `seq` rnf t

calendarTimeDays :: CalendarDiffDays -> CalendarDiffTime
calendarTimeDays (CalendarDiffDays m d) = CalendarDiffTime m (fromInteger d * nominalDay)

calendarTimeTime :: NominalDiffTime -> CalendarDiffTime
calendarTimeTime = CalendarDiffTime 0

scaleCalendarDiffTime :: Integer -> CalendarDiffTime -> CalendarDiffTime
scaleCalendarDiffTime k (CalendarDiffTime m t) = CalendarDiffTime (k * m) (fromInteger k * t)

-- sconcat's worker as the -O1 build has it (the first element's fields and
-- the rest; the sums from the right, as `a <> (b <> ...)`).
zz_zdwgo1 :: Integer -> NominalDiffTime -> [CalendarDiffTime] -> (# Integer, NominalDiffTime #)
zz_zdwgo1 m x [] = (# m, x #)
zz_zdwgo1 m x (CalendarDiffTime m' x' : rest) = case zz_zdwgo1 m' x' rest of
  (# m2, x2 #) -> (# m + m2, x + x2 #)
