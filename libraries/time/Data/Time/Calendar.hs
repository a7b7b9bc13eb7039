-- | Clean-room Data.Time.Calendar for hs2stg (time-1.9.3): the part of
-- its API libraries/time defines.
module Data.Time.Calendar
  ( module Data.Time.Calendar.Days
  , module Data.Time.Calendar.Gregorian
  , module Data.Time.Calendar.Week
  ) where

import Data.Time.Calendar.Days
import Data.Time.Calendar.Gregorian
import Data.Time.Calendar.Week
