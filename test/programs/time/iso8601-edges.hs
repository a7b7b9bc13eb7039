-- ISO 8601 edges: rounding of fractional minutes and hours to
-- picoseconds, the alternative durations' ranges, durations' parts, and
-- formatShow's error for a value a format cannot show (caught, then uncaught).
import Data.Time
import Data.Time.Format.ISO8601
import Control.Exception
main :: IO ()
main = do
  let e = ExtendedFormat
  print (map (formatParseM (hourMinuteFormat e)) ["23:60", "00:99", "00:00.00000000000001", "00:00.00000000000002", "23:59.99999999999999"] :: [Maybe TimeOfDay])
  print (map (formatParseM hourFormat) ["00.0000000000000001", "00.0000000000000002", "23.9999999999999999", "00.00000000000000014"] :: [Maybe TimeOfDay])
  print (map (formatParseM (alternativeDurationTimeFormat e)) ["P0000-00-00T00:60:00", "P0000-00-00T00:59:61", "P0000-00-00T24:59:00", "P0000-13-00T00:00:00", "P9999-00-00T00:00:00", "-P0000-00-00T00:00:00"] :: [Maybe CalendarDiffTime])
  print (map (formatParseM durationTimeFormat) ["PT-1S", "PT1.5M", "P1Y1Y", "PT1H1H", "P1M1W", "PT36H", "PT1.123456789012345S"] :: [Maybe CalendarDiffTime])
  print (formatShowM durationTimeFormat (CalendarDiffTime 0 0.000000000001), formatShowM (alternativeDurationTimeFormat e) (CalendarDiffTime 5 (86400*3+3661.25)))
  print (map (formatParseM (timeOffsetFormat BasicFormat)) ["+05", "+053", "+05300"] :: [Maybe TimeZone])
  print (iso8601ParseM "2024-02-29T12:30:00+05:30" :: Maybe UTCTime)
  r <- try (iso8601ParseM "bad" :: IO Day)
  print (r :: Either SomeException Day)
  r2 <- try (evaluate (length (iso8601Show (CalendarDiffDays (-1) 0))))
  print (r2 :: Either SomeException Int)
  putStrLn (iso8601Show (CalendarDiffTime 0 (-1)))
