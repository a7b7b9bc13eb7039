-- | Clean-room Data.Time.Clock for hs2stg (time-1.9.3's API).
module Data.Time.Clock
  ( UniversalTime (..)
  , DiffTime
  , secondsToDiffTime
  , picosecondsToDiffTime
  , diffTimeToPicoseconds
  , UTCTime (..)
  , NominalDiffTime
  , secondsToNominalDiffTime
  , nominalDiffTimeToSeconds
  , nominalDay
  , addUTCTime
  , diffUTCTime
  , getCurrentTime
  , getTime_resolution
  ) where

import Data.Time.Clock.Internal.DiffTime
import Data.Time.Clock.Internal.NominalDiffTime
import Data.Time.Clock.Internal.SystemTime
import Data.Time.Clock.Internal.UTCDiff
import Data.Time.Clock.Internal.UTCTime
import Data.Time.Clock.Internal.UniversalTime
import Data.Time.Clock.POSIX
