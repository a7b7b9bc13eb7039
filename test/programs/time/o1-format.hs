-- Formatting at -O1: formatTime over every type and specifier, the
-- calendar and clock conversions (their workers and floated constants).
import Data.Time
import Data.Time.Calendar.OrdinalDate
import Data.Time.Calendar.WeekDate
import Data.Time.Clock.POSIX

main :: IO ()
main = do
  let day = fromGregorian 2024 2 29
      tod = TimeOfDay 13 7 5.25
      lt = LocalTime day tod
      zone = TimeZone 330 False "IST"
      zt = ZonedTime lt zone
      ut = localTimeToUTC zone lt
  mapM_ (\f -> putStrLn (f ++ " => " ++ formatTime defaultTimeLocale f zt))
    [ "%Y-%m-%d %H:%M:%S%Q %z %Z", "%a %A %b %B %h", "%c", "%x %X %r %R %T"
    , "%D %F %e %j %u %w %U %W %V %G %g %f %C %y", "%I %l %p %P %k %s"
    , "%-d %_m %0e %^a %#B %10Y %-3H", "%Ez %EZ %%  %t %n", "%q %Q %3q %6Q" ]
  print (formatTime defaultTimeLocale "%H:%M:%S %p" tod)
  print (formatTime defaultTimeLocale "%Y/%j" day)
  print (formatTime defaultTimeLocale "%s %Es" ut)
  print (formatTime defaultTimeLocale "%dd %hh %mm %ss %Ess %0Es" (12345.678 :: NominalDiffTime))
  print (formatTime defaultTimeLocale "%dd %Hh %Mm %Ss %0ES" (98765.4321 :: DiffTime))
  print (formatTime defaultTimeLocale "%yy %bm %dd %ww" (CalendarDiffDays 27 45))
  print (formatTime defaultTimeLocale "%yy %bm %ww %dd %hh %mm %ss" (CalendarDiffTime 14 100000.5))
  print (formatTime defaultTimeLocale "%a %u %w" Wednesday)
  print (formatTime defaultTimeLocale "%z %Z %Ez" (hoursToTimeZone (-5)))
  print (toOrdinalDate day, toWeekDate day, dayOfWeek day)
  print (show ut, show lt, show zt, show tod, show day)
  print (utcTimeToPOSIXSeconds ut, posixSecondsToUTCTime 1e9)
  print (addGregorianMonthsClip 11 day, addGregorianYearsRollOver 1 day, addGregorianMonthsRollOver (-13) day)
  print (diffDays day (fromGregorian 2000 1 1), addDays 400 day, gregorianMonthLength 2023 2)
  print (timeToTimeOfDay 45296.5, timeOfDayToTime tod, dayFractionToTimeOfDay 0.75, timeOfDayToDayFraction tod)
  print (utcToLocalTime zone ut, utcToZonedTime utc ut, zonedTimeToUTC zt)
  print (diffUTCTime ut (UTCTime day 0), addUTCTime 86400.5 ut)
  print (minutesToTimeZone 90, timeZoneOffsetString zone, timeZoneOffsetString' (Just '0') (minutesToTimeZone (-90)))
  print (compare lt (LocalTime day midnight), lt < lt, max tod midday, tod == tod)
  print (localTimeToUT1 0 lt, ut1ToLocalTime 0 (ModJulianDate 58000.25))
  print (scaleCalendarDiffDays 3 (CalendarDiffDays 1 2), calendarTimeDays (CalendarDiffDays 2 3) <> calendarTimeTime 100)
