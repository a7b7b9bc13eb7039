{-# OPTIONS_GHC -Wno-orphans #-}
-- | Clean-room Data.Time.LocalTime.Internal.ZonedTime for hs2stg
-- (time-1.9.3's API): ZonedTime, and the
-- orphan Show UTCTime instance the installed package defines in this
-- module (a UTC time shows as the ZonedTime in zone utc:
-- `2009-02-13 23:31:30.5 UTC`).
module Data.Time.LocalTime.Internal.ZonedTime
  ( ZonedTime (..)
  , utcToZonedTime
  , zonedTimeToUTC
  , zz_zdwzdcshow
  , zz_zdfShowUTCTimezuzdcshow1
  , zz_zdwlvl
  , getZonedTime
  , utcToLocalZonedTime
  ) where

import Control.DeepSeq (NFData (..))
import Data.Time.Calendar.Days
import Data.Time.Clock.Internal.DiffTime (DiffTime)
import Data.Time.Clock.Internal.UTCTime
import Data.Time.Clock.POSIX (getCurrentTime)
import Data.Time.LocalTime.Internal.LocalTime hiding (zz_zdwzdcshowsPrec)
import Data.Time.LocalTime.Internal.TimeOfDay hiding (zz_zdwzdcshow)
import Data.Time.LocalTime.Internal.TimeZone hiding (zz_zdwzdcshowsPrec)

data ZonedTime = ZonedTime
  { zonedTimeToLocalTime :: LocalTime
  , zonedTimeZone :: TimeZone
  }

instance NFData ZonedTime where
  rnf (ZonedTime l z) = rnf l `seq` rnf z

-- | show of a ZonedTime with its fields apart (-O1 callers).
zz_zdwzdcshow :: Day -> TimeOfDay -> TimeZone -> String
zz_zdwzdcshow d tod z = show (LocalTime d tod) ++ " " ++ show z

zz_zdfShowUTCTimezuzdcshow1 :: ZonedTime -> String
zz_zdfShowUTCTimezuzdcshow1 (ZonedTime (LocalTime d tod) z) = zz_zdwzdcshow d tod z

-- | A UTC time shown before s, its fields apart (the installed package's
-- `$wlvl`, which UTCTime's showList calls).
zz_zdwlvl :: Day -> DiffTime -> String -> String
zz_zdwlvl d t s = show (UTCTime d t) ++ s

instance Show ZonedTime where
  show = zz_zdfShowUTCTimezuzdcshow1

utcToZonedTime :: TimeZone -> UTCTime -> ZonedTime
utcToZonedTime z t = ZonedTime (utcToLocalTime z t) z

zonedTimeToUTC :: ZonedTime -> UTCTime
zonedTimeToUTC (ZonedTime l z) = localTimeToUTC z l

instance Show UTCTime where
  show t = zz_zdfShowUTCTimezuzdcshow1 (utcToZonedTime utc t)

-- | A time in the local zone of that time.
utcToLocalZonedTime :: UTCTime -> IO ZonedTime
utcToLocalZonedTime t = do
  z <- getTimeZone t
  return (utcToZonedTime z t)

getZonedTime :: IO ZonedTime
getZonedTime = getCurrentTime >>= utcToLocalZonedTime
