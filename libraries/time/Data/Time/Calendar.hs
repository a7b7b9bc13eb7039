-- | Clean-room Data.Time.Calendar for hs2stg (time-1.9.3).
module Data.Time.Calendar
  ( module Data.Time.Calendar.Days
  , module Data.Time.Calendar.CalendarDiffDays
  , module Data.Time.Calendar.Gregorian
  , module Data.Time.Calendar.Week
  ) where

import Data.Time.Calendar.CalendarDiffDays
import Data.Time.Calendar.Days
import Data.Time.Calendar.Gregorian
import Data.Time.Calendar.Week
