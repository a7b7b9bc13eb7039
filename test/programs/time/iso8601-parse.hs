-- ISO 8601 parsing (Data.Time.Format.ISO8601): formatParseM of every format
-- on valid, invalid, extended/basic and out-of-range texts, with the
-- number of ReadP results formatReadP gives; iso8601ParseM in Maybe, [] and
-- IO (its failure message), parseFormatExtension.
{-# LANGUAGE ScopedTypeVariables #-}
import Data.Time
import Data.Time.Format.ISO8601
import Text.ParserCombinators.ReadP (readP_to_S)
p :: Show a => String -> Format a -> [String] -> IO ()
p name f ss = mapM_ (\s -> putStrLn (name ++ " " ++ show s ++ " -> " ++ show (formatParseM f s `asTypeOf` Just (undefined `asTypeOf` fst (head (readP_to_S (formatReadP f) "")))) ++ " " ++ show (length (readP_to_S (formatReadP f) s)))) ss
  where _ = ()
main :: IO ()
main = do
  let e = ExtendedFormat; b = BasicFormat
  p "cal" (calendarFormat e) ["2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "20240229", "-0005-01-01", "+2024-01-01", "12345-12-31", "999-01-01", "2024-02-29 ", " 2024-02-29", "2024-02-30", "0000-01-01", "-0000-01-01"]
  p "calB" (calendarFormat b) ["20240229", "2024-02-29", "-00050101", "123451231"]
  p "ord" (ordinalDateFormat e) ["2024-366", "2023-366", "2024-000", "2024-60", "2024-001"]
  p "week" (weekDateFormat e) ["2024-W09-4", "2020-W53-7", "2021-W53-1", "2024-W00-1", "2024-W09-8", "2024-W09-0", "2024W094"]
  p "yw" (yearWeekFormat e) ["2024-W09", "2024-W99", "2024-W00"]
  p "ym" yearMonthFormat ["2024-02", "2024-13", "2024-2", "202402"]
  p "y" yearFormat ["2024", "-0003", "+2024", "10000", "999", "0"]
  p "c" centuryFormat ["20", "-03", "100", "2", "+20"]
  p "xcal" (expandedCalendarFormat 6 e) ["+002024-02-29", "-000005-01-01", "002024-02-29", "+2024-02-29", "+0020245-01-01"]
  p "xy" (expandedYearFormat 4) ["+2020", "2020", "-0020", "+12345", "+020"]
  p "xc" (expandedCenturyFormat 2) ["+20", "-03", "20"]
  p "xym" (expandedYearMonthFormat 4) ["+2020-03", "+2020-13"]
  p "xyw" (expandedYearWeekFormat 4 e) ["+2020-W03", "+2020-W60"]
  p "xord" (expandedOrdinalDateFormat 4 e) ["+2020-060"]
  p "xwk" (expandedWeekDateFormat 4 b) ["+2020W031"]
  p "tod" (timeOfDayFormat e) ["00:00:00", "23:59:60.5", "24:00:00", "23:60:00", "23:59:61", "12:30:00.123456789012", "12:30:00.1234567890123", "12:30:00,5", "12:30", "12:30:5", "1:30:05", "12:30:00.", "12:30:60.999"]
  p "todB" (timeOfDayFormat b) ["123000", "123000.5", "12:30:00"]
  p "hm" (hourMinuteFormat e) ["12:30", "12:30.5", "23:59.99", "24:00", "12:60", "12:30,25"]
  p "h" hourFormat ["12", "12.5", "23.999", "24", "7", "12,25"]
  p "off" (timeOffsetFormat e) ["+05:30", "-05:30", "+00:00", "-00:00", "Z", "+0530", "+05", "+100:00", "+24:00", "+23:59", "+05:60", "05:30"]
  p "offB" (timeOffsetFormat b) ["+0530", "-0000", "+05:30"]
  p "todo" (timeOfDayAndOffsetFormat e) ["12:30:00+01:00", "12:30:00Z", "12:30:00"]
  p "td" (withTimeDesignator (timeOfDayFormat e)) ["T12:30:00", "12:30:00", "t12:30:00"]
  p "ud" (withUTCDesignator (timeOfDayFormat e)) ["12:30:00Z", "12:30:00z", "12:30:00"]
  p "lt" (localTimeFormat (calendarFormat e) (timeOfDayFormat e)) ["2024-02-29T12:30:00", "2024-02-29 12:30:00", "2024-02-29t12:30:00", "2024-02-29T24:00:00"]
  p "zt" (zonedTimeFormat (calendarFormat e) (timeOfDayFormat e) e) ["2024-02-29T12:30:00+05:30", "2024-02-29T12:30:00Z", "2024-02-29T12:30:00-0530", "2024-02-29T12:30:00"]
  p "ut" (utcTimeFormat (calendarFormat e) (timeOfDayFormat e)) ["2024-02-29T12:30:00Z", "2024-02-29T12:30:00", "2024-02-29T12:30:00+00:00", "2024-12-31T23:59:60Z"]
  p "dd" durationDaysFormat ["P1Y2M3D", "P0D", "P3D", "P1Y", "P14M", "P1W", "P2W3D", "PT0S", "P", "p1D", "P1D2M", "P-1D", "P1.5D"]
  p "dt" durationTimeFormat ["P1Y2MT3S", "PT1H", "PT1.5S", "P1DT1H", "PT90M", "PT0S", "P1W", "P1YT", "PT1H30M0.25S", "P0D", "PT1,5S", "PT1.5H"]
  p "adD" (alternativeDurationDaysFormat e) ["P0001-02-03", "P0001-12-03", "P0001-02-31", "P0001-02-30", "P00010203", "P0001-02"]
  p "adT" (alternativeDurationTimeFormat e) ["P0001-02-03T04:05:06", "P0001-02-03T24:00:00", "P0001-02-03T04:05:06.5", "P0001-02-03T25:00:00", "P0000-00-00T00:00:60"]
  p "iv" (intervalFormat (calendarFormat e) durationDaysFormat) ["2024-02-29/P1M2D", "2024-02-29--P1M2D"]
  p "riv" (recurringIntervalFormat (calendarFormat e) durationDaysFormat) ["R3/2024-02-29/P1M2D", "R/2024-02-29/P1M2D", "R-3/2024-02-29/P1M2D", "R03/2024-02-29/P1M2D"]
  p "rpe" (formatReadPExtension' calendarFormat) []
  print (parseFormatExtension calendarFormat "20240229" :: Maybe Day, parseFormatExtension calendarFormat "2024-02-29" :: Maybe Day, parseFormatExtension calendarFormat "2024-0229" :: Maybe Day)
  print (readP_to_S (formatReadPExtension timeOfDayFormat) "12:30:00")
  print (iso8601ParseM "2024-02-29T12:30:00Z" :: Maybe UTCTime, iso8601ParseM "2024-02-29T12:30:00+01:00" :: Maybe ZonedTime, iso8601ParseM "2024-02-29T12:30:00" :: Maybe LocalTime)
  print (iso8601ParseM "+01:00" :: Maybe TimeZone, iso8601ParseM "Z" :: Maybe TimeZone, iso8601ParseM "P1Y2M3D" :: Maybe CalendarDiffDays, iso8601ParseM "P1Y2MT3.5S" :: Maybe CalendarDiffTime, iso8601ParseM "12:00:00" :: Maybe TimeOfDay)
  print (iso8601ParseM "bad" :: [Day])
  r <- iso8601ParseM "2024-02-29" :: IO Day
  print r
  where formatReadPExtension' f = f ExtendedFormat
