{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | Clean-room Data.Time.Clock.System for hs2stg (time-1.9.3's API):
-- conversions between SystemTime and UTCTime. A leap second shows as
-- nanoseconds from 1e9 up (its UTCTime has a day time from 86400 s).
module Data.Time.Clock.System
  ( SystemTime (..)
  , getSystemTime
  , systemEpochDay
  , systemToUTCTime
  , utcToSystemTime
  , truncateSystemTimeLeapSecond
  , systemToTAITime
  , zz_systemEpochDay1
  , zz_zdwsystemToUTCTime
  , zz_zdwutcToSystemTime
  ) where

import Data.Time.Calendar.Days
import Data.Time.Clock.Internal.AbsoluteTime
import Data.Time.Clock.Internal.DiffTime
import Data.Time.Clock.Internal.SystemTime
import Data.Time.Clock.Internal.UTCTime
import GHC.Exts (Int#, Word#)
import GHC.Int (Int64 (I64#))
import GHC.Word (Word32 (W32#))

-- | 1970-01-01.
zz_systemEpochDay1 :: Integer
zz_systemEpochDay1 = 40587

systemEpochDay :: Day
systemEpochDay = ModifiedJulianDay zz_systemEpochDay1

-- The workers -O1 callers reach (types from the installed interface).
zz_zdwsystemToUTCTime :: Int# -> Word# -> (# Day, DiffTime #)
zz_zdwsystemToUTCTime s ns = case systemToUTCTime (MkSystemTime (I64# s) (W32# ns)) of
  UTCTime d t -> (# d, t #)

zz_zdwutcToSystemTime :: Day -> DiffTime -> (# Int#, Word# #)
zz_zdwutcToSystemTime d t = case utcToSystemTime (UTCTime d t) of
  MkSystemTime (I64# s) (W32# ns) -> (# s, ns #)

systemToUTCTime :: SystemTime -> UTCTime
systemToUTCTime (MkSystemTime s ns) =
  UTCTime (addDays (toInteger d) systemEpochDay) (picosecondsToDiffTime ps)
  where
    (d, r) = s `divMod` 86400
    ps = toInteger r * 1000000000000 + toInteger ns * 1000

utcToSystemTime :: UTCTime -> SystemTime
utcToSystemTime (UTCTime day t) =
  MkSystemTime (fromInteger (diffDays day systemEpochDay * 86400 + secs)) (fromInteger ns)
  where
    total = diffTimeToPicoseconds t `div` 1000
    (secs, ns)
      | total >= 86400000000000 = (86399, total - 86399000000000)
      | otherwise = total `divMod` 1000000000

truncateSystemTimeLeapSecond :: SystemTime -> SystemTime
truncateSystemTimeLeapSecond (MkSystemTime s ns)
  | ns >= 1000000000 = MkSystemTime (s + 1) 0
  | otherwise = MkSystemTime s ns

-- | The SystemTime's seconds and nanoseconds on from the epoch day's TAI
-- midnight (no leap seconds counted).
systemToTAITime :: SystemTime -> AbsoluteTime
systemToTAITime (MkSystemTime s ns) =
  addAbsoluteTime (picosecondsToDiffTime (toInteger s * 1000000000000 + toInteger ns * 1000)) (taiNominalDayStart systemEpochDay)
