-- ISO 8601 formats at -O1: yearFormat, centuryFormat and friends inline
-- integerFormat/decimalFormat into calls of time's Data.Format.decimalFormat1
-- (their reader as ReadP's function), shown and parsed.
import Data.Time
import Data.Time.Format.ISO8601
main :: IO ()
main = do
  let d = fromGregorian 2024 2 29
  putStrLn (formatShow yearFormat 2024)
  putStrLn (formatShow (calendarFormat ExtendedFormat) d)
  print (formatParseM yearMonthFormat "2024-02" :: Maybe (Integer, Int))
  print (formatParseM centuryFormat "20" :: Maybe Integer)
  print (formatParseM (ordinalDateFormat BasicFormat) "2024060" :: Maybe Day)
  print (formatParseM (weekDateFormat ExtendedFormat) "2024-W09-4" :: Maybe Day)
  print (formatParseM (yearWeekFormat ExtendedFormat) "2024-W09" :: Maybe (Integer, Int))
  print (formatParseM (alternativeDurationDaysFormat ExtendedFormat) "P0001-02-03" :: Maybe CalendarDiffDays)
  print (formatParseM (timeOfDayFormat ExtendedFormat) "12:34:56.789" :: Maybe TimeOfDay)
  print (formatParseM (timeOffsetFormat ExtendedFormat) "-05:30" :: Maybe TimeZone)
  print (iso8601ParseM "2024-02-29T12:34:56.5+01:00" :: Maybe ZonedTime)
  print (iso8601ParseM "P1Y2M3DT4H5M6.5S" :: Maybe CalendarDiffTime)
  putStrLn (iso8601Show (LocalTime d (TimeOfDay 1 2 3.25)))
