{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | Clean-room Data.Time.Clock.POSIX for hs2stg (time-1.9.3's API).
module Data.Time.Clock.POSIX
  ( posixDayLength
  , POSIXTime
  , posixSecondsToUTCTime
  , utcTimeToPOSIXSeconds
  , getPOSIXTime
  , getCurrentTime
  , systemToPOSIXTime
  , zz_zdwposixSecondsToUTCTime
  , zz_zdwsystemToPOSIXTime
  , zz_zdwutcTimeToPOSIXSeconds
  ) where

import Data.Fixed (Fixed (..))
import Data.Time.Clock.Internal.NominalDiffTime
import Data.Time.Clock.Internal.POSIXTime
import Data.Time.Clock.Internal.SystemTime
import Data.Time.Clock.Internal.UTCDiff
import Data.Time.Clock.Internal.UTCTime
import Data.Time.Calendar.Days (Day)
import Data.Time.Clock.Internal.DiffTime (DiffTime)
import Data.Time.Clock.System (systemToUTCTime)
import GHC.Exts (Int#, Word#)
import GHC.Int (Int64 (I64#))
import GHC.Word (Word32 (W32#))

-- The workers -O1 callers reach (types from the installed interface).
zz_zdwposixSecondsToUTCTime :: POSIXTime -> (# Day, DiffTime #)
zz_zdwposixSecondsToUTCTime p = case posixToUTC p of UTCTime d t -> (# d, t #)

-- | The POSIX time's picoseconds.
zz_zdwsystemToPOSIXTime :: Int# -> Word# -> Integer
zz_zdwsystemToPOSIXTime s ns = case systemToPOSIXTime (MkSystemTime (I64# s) (W32# ns)) of
  MkNominalDiffTime (MkFixed ps) -> ps

zz_zdwutcTimeToPOSIXSeconds :: Day -> DiffTime -> POSIXTime
zz_zdwutcTimeToPOSIXSeconds d t = utcToPosix (UTCTime d t)

posixSecondsToUTCTime :: POSIXTime -> UTCTime
posixSecondsToUTCTime = posixToUTC

utcTimeToPOSIXSeconds :: UTCTime -> POSIXTime
utcTimeToPOSIXSeconds = utcToPosix

systemToPOSIXTime :: SystemTime -> POSIXTime
systemToPOSIXTime (MkSystemTime s ns) =
  MkNominalDiffTime (MkFixed (toInteger s * 1000000000000 + toInteger ns * 1000))

getPOSIXTime :: IO POSIXTime
getPOSIXTime = fmap systemToPOSIXTime getSystemTime

getCurrentTime :: IO UTCTime
getCurrentTime = fmap systemToUTCTime getSystemTime
