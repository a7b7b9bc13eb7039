-- The Read instances of Day, TimeOfDay, LocalTime, TimeZone, ZonedTime,
-- UTCTime and UniversalTime (their Show formats): read, reads, readMaybe,
-- whitespace, parentheses, what is left over, inside lists, tuples, Maybe.
import Data.Time
import Text.Read (readMaybe)

main :: IO ()
main = do
  print (readMaybe "2010-03-04" :: Maybe Day, reads " 2010-03-04 x" :: [(Day, String)], readMaybe "  2010-03-04  " :: Maybe Day, readMaybe "(2010-03-04)" :: Maybe Day, readMaybe "2010-3-4" :: Maybe Day)
  print (reads "2010-03-04xyz" :: [(Day, String)], reads "20100-03-04" :: [(Day, String)], reads "2010-02-30" :: [(Day, String)], reads "((2010-03-04))" :: [(Day, String)])
  print (readMaybe "12:34:56" :: Maybe TimeOfDay, readMaybe "12:34:56.5" :: Maybe TimeOfDay, readMaybe "12:34" :: Maybe TimeOfDay, reads "12:34:56.5 x" :: [(TimeOfDay, String)], readMaybe "23:59:60.25" :: Maybe TimeOfDay)
  print (readMaybe "2010-03-04 12:34:56" :: Maybe LocalTime, readMaybe "2010-03-04  12:34:56" :: Maybe LocalTime, readMaybe "2010-03-04T12:34:56" :: Maybe LocalTime)
  print (readMaybe "2010-03-04 12:34:56 UTC" :: Maybe UTCTime, readMaybe "2010-03-04 12:34:56" :: Maybe UTCTime, readMaybe "2010-03-04 12:34:56 EST" :: Maybe UTCTime, readMaybe "2010-03-04 12:34:56 +0100" :: Maybe UTCTime, readMaybe "2010-03-04 12:34:56.25 Z" :: Maybe UTCTime)
  print (readMaybe "2010-03-04 12:34:56 UTC" :: Maybe ZonedTime, readMaybe "2010-03-04 12:34:56" :: Maybe ZonedTime, readMaybe "2010-03-04 12:34:56 EST" :: Maybe ZonedTime, readMaybe "2010-03-04 12:34:56 +0100" :: Maybe ZonedTime, readMaybe "2010-03-04 12:34:56 XYZ" :: Maybe ZonedTime)
  print (readMaybe "UTC" :: Maybe TimeZone, readMaybe "+0100" :: Maybe TimeZone, readMaybe "EST" :: Maybe TimeZone, readMaybe "XYZ" :: Maybe TimeZone, readMaybe "Z" :: Maybe TimeZone, readMaybe "A" :: Maybe TimeZone, readMaybe "N" :: Maybe TimeZone, readMaybe "+01:00" :: Maybe TimeZone, reads "UTC x" :: [(TimeZone, String)])
  print (readMaybe "2010-03-04 12:34:56" :: Maybe UniversalTime, reads "2010-03-04 12:34:56 foo" :: [(UniversalTime, String)])
  print (read "[2010-03-04,2011-01-01]" :: [Day], read "(2010-03-04, 12:00:00)" :: (Day, TimeOfDay), readMaybe "Just 2010-03-04" :: Maybe (Maybe Day))
  print (readsPrec 11 "2010-03-04" :: [(Day, String)], readMaybe " ( 2010-03-04 ) " :: Maybe Day)
  let t = UTCTime (fromGregorian 2009 2 13) 84690.5
  print (read (show t) == t, read (show (fromGregorian 1 1 1)) :: Day, read (show (utcToZonedTime (TimeZone 330 False "") t)) :: ZonedTime)
  print (read "2010-03-04" :: Day)
  print (read "2010-03-04 junk" :: Day)
