-- | Clean-room Data.Time.Clock.Internal.POSIXTime for hs2stg (time-1.9.3).
module Data.Time.Clock.Internal.POSIXTime
  ( POSIXTime
  , posixDayLength
  ) where

import Data.Time.Clock.Internal.NominalDiffTime

-- | Seconds since 1970-01-01 00:00 UTC, leap seconds not counted.
type POSIXTime = NominalDiffTime

posixDayLength :: NominalDiffTime
posixDayLength = nominalDay
