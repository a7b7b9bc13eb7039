-- | Clean-room Data.Time.LocalTime.Internal.TimeZone for hs2stg
-- (time-1.9.3's API, without the system's zone database: getTimeZone and
-- getCurrentTimeZone are not defined). A zone shows as its name, or as its
-- offset (`+0530`) when it has none.
module Data.Time.LocalTime.Internal.TimeZone
  ( TimeZone (..)
  , timeZoneOffsetString
  , timeZoneOffsetString'
  , minutesToTimeZone
  , hoursToTimeZone
  , utc
  , zz_utc1
  , zz_utc3
  ) where

import Control.DeepSeq (NFData (..))

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
  rnf (TimeZone m s n) = m `seq` s `seq` rnf n

instance Show TimeZone where
  show z@(TimeZone _ _ name)
    | null name = timeZoneOffsetString z
    | otherwise = name

minutesToTimeZone :: Int -> TimeZone
minutesToTimeZone m = TimeZone m False ""

hoursToTimeZone :: Int -> TimeZone
hoursToTimeZone h = minutesToTimeZone (60 * h)

-- | The offset as +HHMM, with the given padding character for the hours.
timeZoneOffsetString' :: Maybe Char -> TimeZone -> String
timeZoneOffsetString' pad (TimeZone t _ _) = sign : hours ++ two m
  where
    sign = if t < 0 then '-' else '+'
    (h, m) = abs t `divMod` 60
    hours = case pad of
      Just c | h < 10 -> c : show h
      _ -> show h
    two n = if n < 10 then '0' : show n else show n

timeZoneOffsetString :: TimeZone -> String
timeZoneOffsetString = timeZoneOffsetString' (Just '0')

-- | The zone's name and offset, by the names -O1 callers use.
zz_utc1 :: String
zz_utc1 = "UTC"

zz_utc3 :: Int
zz_utc3 = 0

utc :: TimeZone
utc = TimeZone zz_utc3 False zz_utc1
