-- | Clean-room Data.Time.LocalTime for hs2stg (time-1.9.3): the part
-- libraries/time defines (no system zone database).
module Data.Time.LocalTime
  ( module Data.Time.LocalTime.Internal.TimeZone
  , module Data.Time.LocalTime.Internal.TimeOfDay
  , module Data.Time.LocalTime.Internal.LocalTime
  , module Data.Time.LocalTime.Internal.ZonedTime
  ) where

import Data.Time.LocalTime.Internal.LocalTime hiding (zz_zdwutcToLocalTime)
import Data.Time.LocalTime.Internal.TimeOfDay hiding (zz_zdwtimeToTimeOfDay, zz_zdwutcToLocalTimeOfDay)
import Data.Time.LocalTime.Internal.TimeZone hiding (zz_utc1, zz_utc3)
import Data.Time.LocalTime.Internal.ZonedTime hiding (zz_zdwzdcshow, zz_zdfShowUTCTimezuzdcshow1)
