-- Parsing at -O1: parseTimeM over every type, the Read instances, and
-- ISO 8601 formats (their floated Format pieces) both ways.
import Data.Time
import Data.Time.Format.ISO8601

p :: (ParseTime t, Show t) => String -> String -> t -> IO ()
p f s w = print (parseTimeM True defaultTimeLocale f s `asTypeOf` Just w)

main :: IO ()
main = do
  p "%Y-%m-%d" "2024-02-29" (fromGregorian 1 1 1)
  p "%Y-%m-%d %H:%M:%S%Q" "2024-02-29 13:07:05.25" (LocalTime (fromGregorian 1 1 1) midnight)
  p "%Y-%m-%dT%H:%M:%S%z" "2024-02-29T13:07:05+0530" (UTCTime (fromGregorian 1 1 1) 0)
  p "%Y-%m-%dT%H:%M:%S %Z" "2024-02-29T13:07:05 EST" (ZonedTime (LocalTime (fromGregorian 1 1 1) midnight) utc)
  p "%a, %d %b %Y %T %z" "Thu, 29 Feb 2024 13:07:05 -0800" (ZonedTime (LocalTime (fromGregorian 1 1 1) midnight) utc)
  p "%H:%M %p" "01:30 PM" midnight
  p "%j/%Y" "060/2024" (fromGregorian 1 1 1)
  p "%G-W%V-%u" "2024-W09-4" (fromGregorian 1 1 1)
  p "%s" "1700000000" (UTCTime (fromGregorian 1 1 1) 0)
  p "%z" "+05:30" utc
  p "%Z" "PST" utc
  p "%B %e, %Y" "February 29, 2024" (fromGregorian 1 1 1)
  p "%Y-%m-%d" "2023-02-29" (fromGregorian 1 1 1)
  p "%d/%m/%y" "01/02/69" (fromGregorian 1 1 1)
  p "%-d.%-m.%Y" "1.2.2003" (fromGregorian 1 1 1)
  print (parseTimeOrError True defaultTimeLocale "%F" "1999-12-31" :: Day)
  print (readSTime True defaultTimeLocale "%Y" "2020 rest" :: [(Day, String)])
  print (read "2024-02-29" :: Day, read "13:07:05.25" :: TimeOfDay)
  print (read "2024-02-29 13:07:05" :: LocalTime, read "2024-02-29 13:07:05 UTC" :: UTCTime)
  print (read "2024-02-29 13:07:05 +0530" :: ZonedTime, read "+0100" :: TimeZone)
  print (reads "2024-02-29 13:07:05xyz" :: [(LocalTime, String)])
  print (iso8601Show (fromGregorian 2024 2 29), iso8601Show (LocalTime (fromGregorian 2024 2 29) (TimeOfDay 1 2 3.5)))
  print (iso8601Show (UTCTime (fromGregorian 2024 2 29) 3723.125), iso8601Show (hoursToTimeZone 3))
  print (iso8601Show (CalendarDiffDays 14 3), iso8601Show (CalendarDiffTime 1 3723.5))
  print (iso8601ParseM "2024-02-29T01:02:03Z" :: Maybe UTCTime)
  print (iso8601ParseM "2024-02-29T01:02:03.5+05:30" :: Maybe ZonedTime)
  print (iso8601ParseM "2024-02-29T01:02:03" :: Maybe LocalTime)
  print (iso8601ParseM "01:02:03.25" :: Maybe TimeOfDay, iso8601ParseM "-04:00" :: Maybe TimeZone)
  print (iso8601ParseM "P1Y2M3DT4H5M6.5S" :: Maybe CalendarDiffTime, iso8601ParseM "P3W" :: Maybe CalendarDiffDays)
  print (formatShow (ordinalDateFormat ExtendedFormat) (fromGregorian 2024 12 31))
  print (formatParseM (ordinalDateFormat BasicFormat) "2024366" :: Maybe Day)
  print (formatShow (weekDateFormat ExtendedFormat) (fromGregorian 2024 12 31))
  print (formatParseM (weekDateFormat BasicFormat) "2025W011" :: Maybe Day)
  print (formatShow (calendarFormat BasicFormat) (fromGregorian 2024 1 5), formatShow yearMonthFormat (2024, 3))
  print (formatShow (yearWeekFormat ExtendedFormat) (2024, 9), formatShow yearFormat 2024, formatShow centuryFormat 20)
  print (formatShow (hourMinuteFormat ExtendedFormat) (TimeOfDay 5 6 0), formatShow (hourFormat) (TimeOfDay 5 0 0))
  print (formatShow (timeOffsetFormat BasicFormat) (minutesToTimeZone (-90)))
  print (formatShow durationDaysFormat (CalendarDiffDays 0 0), formatShow (alternativeDurationDaysFormat ExtendedFormat) (CalendarDiffDays 13 2))
  print (formatShow (alternativeDurationTimeFormat ExtendedFormat) (CalendarDiffTime 13 90061.5))
  print (formatShow (intervalFormat iso8601Format iso8601Format) (fromGregorian 2024 1 1, fromGregorian 2024 2 1))
  print (formatShow (recurringIntervalFormat iso8601Format iso8601Format) (3, fromGregorian 2024 1 1, CalendarDiffDays 0 7))
  print (formatParseM (utcTimeFormat (calendarFormat ExtendedFormat) (timeOfDayFormat ExtendedFormat)) "2024-01-01T00:00:00Z" :: Maybe UTCTime)
