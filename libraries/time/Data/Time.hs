-- | Clean-room Data.Time for hs2stg (time-1.9.3): the calendar, clock and
-- local-time parts libraries/time defines (no zone database, no
-- formatting).
module Data.Time
  ( module Data.Time.Calendar
  , module Data.Time.Clock
  , module Data.Time.LocalTime
  ) where

import Data.Time.Calendar
import Data.Time.Clock
import Data.Time.LocalTime
