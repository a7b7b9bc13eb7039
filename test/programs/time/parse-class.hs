-- The ParseTime methods called directly (Data.Time.Format.Internal) with
-- known specifiers, buildTime of every instance, the deprecated readers,
-- readPTime in a ReadP parser, and the Read instances' readList.
import Data.Proxy
import Data.Time
import Data.Time.Format.Internal
import Text.ParserCombinators.ReadP

main :: IO ()
main = do
  print (readP_to_S (parseTimeSpecifier (Proxy :: Proxy Day) defaultTimeLocale Nothing 'Y') "2010")
  print (readP_to_S (parseTimeSpecifier (Proxy :: Proxy TimeOfDay) defaultTimeLocale Nothing 'H') "12")
  print (readP_to_S (parseTimeSpecifier (Proxy :: Proxy NominalDiffTime) defaultTimeLocale Nothing 'H') "12")
  print (readP_to_S (parseTimeSpecifier (Proxy :: Proxy DiffTime) defaultTimeLocale Nothing 'S') "-1.25")
  print (substituteTimeSpecifier (Proxy :: Proxy Day) defaultTimeLocale 'c', substituteTimeSpecifier (Proxy :: Proxy NominalDiffTime) defaultTimeLocale 'c')
  print (buildTime defaultTimeLocale [('Y', "2010")] :: Maybe Day, buildTime defaultTimeLocale [('H', "1"), ('d', "2")] :: Maybe NominalDiffTime, buildTime defaultTimeLocale [('H', "1"), ('w', "-1")] :: Maybe DiffTime, buildTime defaultTimeLocale [('b', "1"), ('y', "2"), ('d', "3")] :: Maybe CalendarDiffDays, buildTime defaultTimeLocale [('b', "1"), ('d', "1"), ('S', "1.")] :: Maybe CalendarDiffTime, buildTime defaultTimeLocale [('b', "1"), ('d', "1"), ('S', "1.5")] :: Maybe CalendarDiffTime)
  print (buildTime defaultTimeLocale [('Y', "2010")] :: Maybe LocalTime, buildTime defaultTimeLocale [('Y', "2010")] :: Maybe ZonedTime, buildTime defaultTimeLocale [('Y', "2010")] :: Maybe UTCTime, buildTime defaultTimeLocale [('Y', "2010")] :: Maybe UniversalTime, buildTime defaultTimeLocale [('Z', "EST")] :: Maybe TimeZone)
  print (readsTime defaultTimeLocale "%Y" "2010" :: [(Day, String)], readTime defaultTimeLocale "%Y" "2010" :: Day, parseTime defaultTimeLocale "%Y" "2010" :: Maybe Day)
  print (readP_to_S (readPTime True defaultTimeLocale "%Y") "2010" :: [(Day, String)])
  print (read "[2010-01-01]" :: [Day])
  mapM_ putStrLn (map show (read "[12:00:00]" :: [TimeOfDay]) ++ map show (read "[2010-01-01 00:00:00]" :: [LocalTime]) ++ map show (read " [ UTC , EST ] " :: [TimeZone]) ++ map show (read "[2010-01-01 00:00:00 UTC]" :: [UTCTime]) ++ map show (read "[2010-01-01 00:00:00 UTC]" :: [ZonedTime]) ++ map show (read "[2010-01-01 00:00:00]" :: [UniversalTime]))
  print (map fst (reads "12:00:00" :: [(TimeOfDay, String)]) == [TimeOfDay 12 0 0], length (reads "2010-01-01 00:00:00" :: [(LocalTime, String)]), fmap timeZoneName (fst <$> (reads "UTC" :: [(TimeZone, String)])), map (show . fst) (reads "2010-01-01 00:00:00 UTC" :: [(UTCTime, String)]), length (reads "2010-01-01 00:00:00 UTC" :: [(ZonedTime, String)]), length (reads "2010-01-01 00:00:00" :: [(UniversalTime, String)]))
