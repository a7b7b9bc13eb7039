{-# LANGUAGE UnboxedTuples #-}
-- | Clean-room Data.Time.Clock.Internal.UTCDiff for hs2stg (time-1.9.3):
-- UTC arithmetic as POSIX seconds (leap seconds ignored).
module Data.Time.Clock.Internal.UTCDiff
  ( addUTCTime
  , diffUTCTime
  , utcToPosix
  , posixToUTC
  , zz_zdwaddUTCTime
  ) where

import Data.Fixed (Fixed (..))
import Data.Time.Calendar.Days
import Data.Time.Clock.Internal.DiffTime
import Data.Time.Clock.Internal.NominalDiffTime
import Data.Time.Clock.Internal.UTCTime

picosPerDay :: Integer
picosPerDay = 86400 * 1000000000000

epochMJD :: Integer
epochMJD = 40587

-- | Seconds since 1970-01-01 00:00 UTC.
utcToPosix :: UTCTime -> NominalDiffTime
utcToPosix (UTCTime (ModifiedJulianDay d) t) =
  MkNominalDiffTime (MkFixed ((d - epochMJD) * picosPerDay + diffTimeToPicoseconds t))

posixToUTC :: NominalDiffTime -> UTCTime
posixToUTC (MkNominalDiffTime (MkFixed ps)) =
  UTCTime (ModifiedJulianDay (d + epochMJD)) (picosecondsToDiffTime r)
  where
    (d, r) = ps `divMod` picosPerDay

zz_zdwaddUTCTime :: NominalDiffTime -> UTCTime -> (# Day, DiffTime #)
zz_zdwaddUTCTime x t = case addUTCTime x t of UTCTime d dt -> (# d, dt #)

addUTCTime :: NominalDiffTime -> UTCTime -> UTCTime
addUTCTime x t = posixToUTC (x + utcToPosix t)

diffUTCTime :: UTCTime -> UTCTime -> NominalDiffTime
diffUTCTime a b = utcToPosix a - utcToPosix b
