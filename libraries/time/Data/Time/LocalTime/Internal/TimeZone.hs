{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | Clean-room Data.Time.LocalTime.Internal.TimeZone for hs2stg
-- (time-1.9.3's API). A zone shows as its name, or as its offset (`+0530`)
-- when it has none. getTimeZone asks ZoneRules (TZ, TZif files, POSIX
-- rules) what the C library's localtime_r would say.
module Data.Time.LocalTime.Internal.TimeZone
  ( TimeZone (..)
  , timeZoneOffsetString
  , timeZoneOffsetString'
  , timeZoneOffsetString''
  , zz_zdwshowT
  , zz_zdfNFDataTimeZZonezugo
  , zz_zdfShowTimeZZone2
  , zz_zdfShowTimeZZone3
  , zz_zdfShowTimeZZone6
  , zz_zdwzdcshowsPrec
  , minutesToTimeZone
  , hoursToTimeZone
  , utc
  , zz_utc1
  , zz_utc3
  , getTimeZone
  , getCurrentTimeZone
  , zz_zdwgetTimeZZone
  , zz_zdwgetTimeZZoneCTime
  ) where

import Control.DeepSeq (NFData (..))
import Data.Time.Calendar.Private
import Data.Time.Calendar.Days (Day (..))
import Data.Time.Clock.Internal.UTCTime (UTCTime (..))
import Data.Time.Clock.POSIX (getCurrentTime)
import Data.Time.LocalTime.Internal.ZoneRules (localZoneAt)
import Data.Time.Clock.Internal.DiffTime (DiffTime)
import GHC.Exts (Int (I#), Int#, RealWorld, State#)
import GHC.IO (IO (..))

data TimeZone = TimeZone
  { timeZoneMinutes :: Int
  , timeZoneSummerOnly :: Bool
  , timeZoneName :: String
  }

instance Eq TimeZone where
  TimeZone a b c == TimeZone d e f = a == d && b == e && c == f

instance Ord TimeZone where
  compare (TimeZone a b c) (TimeZone d e f) = compare a d <> compare b e <> compare c f

instance NFData TimeZone where
  rnf (TimeZone m s n) = m `seq` s `seq` zz_zdfNFDataTimeZZonezugo n

-- | rnf of the zone's name, a character at a time (-O1 callers).
zz_zdfNFDataTimeZZonezugo :: String -> ()
zz_zdfNFDataTimeZZonezugo [] = ()
zz_zdfNFDataTimeZZonezugo (c : cs) = c `seq` zz_zdfNFDataTimeZZonezugo cs

instance Show TimeZone where
  showsPrec _ (TimeZone m _ name) = zz_zdwzdcshowsPrec m name

-- | showsPrec with the zone's minutes and name apart (-O1 callers).
zz_zdwzdcshowsPrec :: Int -> String -> String -> String
zz_zdwzdcshowsPrec (I# m) name s
  | null name = timeZoneOffsetString'' False zz_zdfShowTimeZZone3 (TimeZone (I# m) False name) ++ s
  | otherwise = name ++ s

minutesToTimeZone :: Int -> TimeZone
minutesToTimeZone m = TimeZone m False ""

hoursToTimeZone :: Int -> TimeZone
hoursToTimeZone h = minutesToTimeZone (60 * h)

-- | The offset as +HHMM, or +HH:MM with the colon. The padding is the
-- installed package's (its -O1 callers build it: timeZoneOffsetString'
-- passes Pad 4 c): without the colon it pads the number HHMM, with it the
-- hours get the width less three (the ":MM").
timeZoneOffsetString'' :: Bool -> PadOption -> TimeZone -> String
timeZoneOffsetString'' colon opt (TimeZone t _ _)
  | t < 0 = zz_zdfShowTimeZZone2 : zz_zdwshowT colon opt (unI (negate t))
  | otherwise = zz_zdfShowTimeZZone6 : zz_zdwshowT colon opt (unI t)
  where
    unI (I# n) = n

-- | The digits of an offset of t >= 0 minutes (the sign is the caller's).
zz_zdwshowT :: Bool -> PadOption -> Int# -> String
zz_zdwshowT False opt t = padded opt (h * 100 + m)
  where
    (h, m) = I# t `divMod` 60
zz_zdwshowT True opt t = padded hoursOpt h ++ ":" ++ padded (Pad 2 '0') m
  where
    (h, m) = I# t `divMod` 60
    hoursOpt = case opt of
      NoPad -> NoPad
      Pad i c -> Pad (max 0 (i - 3)) c

-- | The sign characters and the default padding (-O1 callers).
zz_zdfShowTimeZZone2, zz_zdfShowTimeZZone6 :: Char
zz_zdfShowTimeZZone2 = '-'
zz_zdfShowTimeZZone6 = '+'

zz_zdfShowTimeZZone3 :: PadOption
zz_zdfShowTimeZZone3 = Pad 4 '0'

timeZoneOffsetString' :: Maybe Char -> TimeZone -> String
timeZoneOffsetString' pad = timeZoneOffsetString'' False (maybe NoPad (Pad 4) pad)

timeZoneOffsetString :: TimeZone -> String
timeZoneOffsetString = timeZoneOffsetString'' False zz_zdfShowTimeZZone3

-- | The zone's name and offset, by the names -O1 callers use.
zz_utc1 :: String
zz_utc1 = "UTC"

zz_utc3 :: Int
zz_utc3 = 0

utc :: TimeZone
utc = TimeZone zz_utc3 False zz_utc1

-- | The local zone at a time: its offset in whole minutes (rounded down,
-- as the package divides the C library's seconds), DST flag and name.
getTimeZone :: UTCTime -> IO TimeZone
getTimeZone (UTCTime (ModifiedJulianDay d) dt) = zoneAtSeconds ((d - 40587) * 86400 + floor dt)

zoneAtSeconds :: Integer -> IO TimeZone
zoneAtSeconds t = do
  (off, dst, name) <- localZoneAt t
  return (TimeZone (off `div` 60) dst name)

-- | getTimeZone with the time's fields apart, and the zone at a count of
-- seconds since the epoch (C's time_t), for -O1 callers.
zz_zdwgetTimeZZone :: Day -> DiffTime -> State# RealWorld -> (# State# RealWorld, TimeZone #)
zz_zdwgetTimeZZone d dt = case getTimeZone (UTCTime d dt) of IO act -> act

zz_zdwgetTimeZZoneCTime :: Int# -> State# RealWorld -> (# State# RealWorld, TimeZone #)
zz_zdwgetTimeZZoneCTime s = case zoneAtSeconds (toInteger (I# s)) of IO act -> act

getCurrentTimeZone :: IO TimeZone
getCurrentTimeZone = getCurrentTime >>= getTimeZone

