-- Data.Time's API at large: Read instances, ISO 8601 formats (week, ordinal, durations),
-- formatTime of every type, parseTimeM with many specifiers, calendar and clock arithmetic.
import Data.Time
import Data.Time.Format.ISO8601
import Data.Time.Calendar.WeekDate
import Data.Time.Calendar.OrdinalDate
import Data.Time.Clock.POSIX
import Data.Time.Clock.TAI

main :: IO ()
main = do
  let d = fromGregorian 2021 3 14
      t = UTCTime d 12345.678
      lt = LocalTime d (TimeOfDay 1 2 3.25)
      zt = ZonedTime lt (TimeZone 60 False "CET")
  print (read "Monday" :: DayOfWeek, read "2021-03-14" :: Day, read "01:02:03" :: TimeOfDay)
  print (read "2021-03-14 01:02:03" :: LocalTime, read "+0100" :: TimeZone, read "2021-03-14 01:02:03 UTC" :: UTCTime)
  print (read "2021-03-14 01:02:03 +0100" :: ZonedTime)
  putStrLn (iso8601Show d ++ iso8601Show t ++ iso8601Show lt ++ iso8601Show zt)
  putStrLn (formatShow (weekDateFormat ExtendedFormat) d)
  putStrLn (formatShow (ordinalDateFormat BasicFormat) d)
  putStrLn (formatShow (yearWeekFormat ExtendedFormat) (let (y,w,_) = toWeekDate d in (y,w)))
  putStrLn (formatShow yearMonthFormat (2021, 3))
  putStrLn (formatShow yearFormat 2021 ++ formatShow centuryFormat 20)
  putStrLn (formatShow hourFormat (TimeOfDay 5 0 0))
  putStrLn (formatShow durationDaysFormat (CalendarDiffDays 14 3))
  putStrLn (formatShow (alternativeDurationDaysFormat ExtendedFormat) (CalendarDiffDays 14 3))
  putStrLn (iso8601Show (calendarTimeTime 3725.5))
  putStrLn (iso8601Show (TimeZone 90 False ""))
  print (iso8601ParseM "2021-03-14T01:02:03Z" :: Maybe UTCTime)
  print (iso8601ParseM "P1Y2M3DT4H5M6.5S" :: Maybe CalendarDiffTime)
  print (formatParseM (weekDateFormat ExtendedFormat) "2021-W10-7" :: Maybe Day)
  mapM_ (\f -> putStrLn (formatTime defaultTimeLocale f zt)) ["%Y-%m-%d %H:%M:%S%Q %z %Z", "%A %a %B %b %j %U %W %V %u %w", "%s %p %P %I %l %k %e %C %G %g %f", "%c %x %X %r %R %T %D %F %h"]
  putStrLn (formatTime defaultTimeLocale "%D %Hh %Mm %Ss %0ES" (3725.5 :: NominalDiffTime))
  putStrLn (formatTime defaultTimeLocale "%w %d %H %M %S" (3725.5 :: DiffTime))
  putStrLn (formatTime defaultTimeLocale "%y %b %B %d %D" (CalendarDiffDays 14 3))
  putStrLn (formatTime defaultTimeLocale "%y %b %B %d %D %H %M %S" (CalendarDiffTime 14 3725))
  putStrLn (formatTime defaultTimeLocale "%u %a %A %w" Tuesday)
  print (parseTimeM True defaultTimeLocale "%Y-%m-%d %H:%M:%S%Q" "2021-03-14 01:02:03.5" :: Maybe UTCTime)
  print (parseTimeM True defaultTimeLocale "%G-W%V-%u" "2021-W10-7" :: Maybe Day)
  print (parseTimeM True defaultTimeLocale "%Y %j" "2021 073" :: Maybe Day)
  print (parseTimeM True defaultTimeLocale "%A %B %e %Y" "Sunday March 14 2021" :: Maybe Day)
  print (parseTimeM True defaultTimeLocale "%s" "1615680000" :: Maybe UTCTime)
  print (parseTimeM True defaultTimeLocale "%H:%M %p %z" "01:02 PM +0530" :: Maybe ZonedTime)
  print (parseTimeM True defaultTimeLocale "%Z" "EST" :: Maybe TimeZone)
  print (parseTimeM False defaultTimeLocale "%Y%m%d" "20210314" :: Maybe LocalTime)
  print (parseTimeOrError True defaultTimeLocale "%d/%m/%Y" "14/03/2021" :: Day)
  print (readSTime True defaultTimeLocale "%Y-%m-%d" "2021-03-14 rest" :: [(Day, String)])
  print (showWeekDate d, showOrdinalDate d, fromWeekDate 2021 10 7, addGregorianMonthsClip 11 d, addGregorianYearsRollOver 1 d)
  print (diffUTCTime t (posixSecondsToUTCTime 0), utcToLocalTime (TimeZone 60 False "") t, addUTCTime 86400 t)
  print (utcTimeToPOSIXSeconds t, utcToTAITime (const (Just 37)) t)
  print (dayOfWeek d, succ Sunday, fromEnum Saturday)
  print (scaleCalendarDiffDays 3 (calendarMonth <> calendarWeek), gregorianMonthLength 2020 2)
  print (diffGregorianDurationClip (fromGregorian 2022 5 1) d, diffGregorianDurationRollOver (fromGregorian 2022 5 1) d)
  print (timeToTimeOfDay 45296.5, timeOfDayToTime midday, dayFractionToTimeOfDay 0.75, localToUTCTimeOfDay (TimeZone 90 False "") midnight)
  print (minutesToTimeZone 90, hoursToTimeZone (-5), timeZoneOffsetString (TimeZone (-330) False ""))
