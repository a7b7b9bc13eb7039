-- Times of day, fixed time zones, local and zoned times (time's Show
-- formats), and the SystemTime conversions.
import Data.Time
import Data.Time.Clock.System

main :: IO ()
main = do
  let t = posixSecondsToUTCTime' 1234567890.5
      est = hoursToTimeZone (-5)
      ist = minutesToTimeZone 330
      named = TimeZone 60 True "CEST"
  print (timeToTimeOfDay 0, timeToTimeOfDay 45296.25, timeToTimeOfDay 86399.999999999999, timeToTimeOfDay 86400.5)
  print (map timeOfDayToTime [midnight, midday, TimeOfDay 23 59 59.5], TimeOfDay 1 2 3 < TimeOfDay 1 2 4)
  print (makeTimeOfDayValid 24 0 0, makeTimeOfDayValid 23 59 60.5, makeTimeOfDayValid 7 8 9)
  print (utc, est, ist, named, minutesToTimeZone (-90), hoursToTimeZone 12)
  print (map timeZoneOffsetString [utc, est, ist, minutesToTimeZone (-90)], timeZoneOffsetString' Nothing (hoursToTimeZone 3))
  print (timeZoneMinutes ist, timeZoneSummerOnly named, timeZoneName named)
  print (utcToLocalTime utc t, utcToLocalTime est t, utcToLocalTime ist t)
  print (utcToZonedTime est t, utcToZonedTime named t)
  print (zonedTimeToUTC (utcToZonedTime ist t) == t, localTimeToUTC est (utcToLocalTime est t))
  print (utcToLocalTimeOfDay est (TimeOfDay 2 30 0), utcToLocalTimeOfDay ist (TimeOfDay 20 0 0), localToUTCTimeOfDay ist midnight)
  let l = LocalTime (fromGregorian 2024 12 31) (TimeOfDay 23 30 0)
  print (l, localTimeToUTC ist l, localDay l, localTimeOfDay l, l < l { localDay = addDays 1 (localDay l) })
  let s = utcToSystemTime t
  print (s, systemToUTCTime s, systemSeconds s, systemNanoseconds s, systemEpochDay)
  print (truncateSystemTimeLeapSecond (MkSystemTime 10 1500000000), utcToSystemTime (UTCTime (fromGregorian 2016 12 31) 86400.25))
  print (systemToUTCTime (MkSystemTime (-1) 999999999), MkSystemTime 1 2 < MkSystemTime 1 3)
  where
    posixSecondsToUTCTime' = addUTCTime `flip` UTCTime (fromGregorian 1970 1 1) 0
