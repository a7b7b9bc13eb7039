-- Parsing with locales of our own: names that are prefixes of others
-- (every match is a parse), %x from dateFmt, AM/PM (the text in upper
-- case against the locale's names as written), zone names from
-- knownTimeZones (the input in upper case) before "UTC" and the military
-- letters.
import Data.Proxy
import Data.Time
import Data.Time.Format.Internal

newtype Raw = Raw [(Char, String)] deriving (Show)

instance ParseTime Raw where
  parseTimeSpecifier _ = parseTimeSpecifier (Proxy :: Proxy ZonedTime)
  substituteTimeSpecifier _ = substituteTimeSpecifier (Proxy :: Proxy ZonedTime)
  buildTime _ ps = Just (Raw ps)

loc, loc2, loc3 :: TimeLocale
loc = defaultTimeLocale {months = [("Jan", "Ja"), ("Janu", "J"), ("March", "Mar"), ("Ma", "M")] ++ drop 4 (months defaultTimeLocale), wDays = [("Su", "S"), ("Sun", "Su")] ++ drop 2 (wDays defaultTimeLocale), amPm = ("a.m.", "p.m."), dateFmt = "%d.%m.%Y", knownTimeZones = [TimeZone 60 False "CET", TimeZone 120 True "CEST", TimeZone 0 False "utc"]}
loc2 = defaultTimeLocale {amPm = ("x", "y")}
loc3 = defaultTimeLocale {knownTimeZones = [TimeZone 60 False "UTC", TimeZone 0 False "A", TimeZone 1 False "Utc"]}

zone :: TimeLocale -> String -> String
zone l s = show (s, fmap (\z -> (timeZoneMinutes z, timeZoneSummerOnly z, timeZoneName z)) (parseTimeM True l "%Z" s :: Maybe TimeZone))

main :: IO ()
main = do
  mapM_ (\(f, s) -> print (f, s, readSTime False loc f s :: [(Day, String)])) [("%b", "Ja"), ("%b", "J"), ("%B", "Janu"), ("%b", "Mar"), ("%B", "March"), ("%B", "Ma"), ("%a %Y %U", "Su 2010 05"), ("%A %Y %U", "Sun 2010 05"), ("%x", "04.03.2010"), ("%b", "m")]
  mapM_ (\(f, s) -> print (f, s, readSTime False loc f s :: [(TimeOfDay, String)])) [("%I %p", "01 p.m."), ("%I %p", "01 P.M."), ("%I %P", "01 pm")]
  print (readSTime False loc "%p" "p.m." :: [(Raw, String)], readSTime False loc "%p" "P.M." :: [(Raw, String)])
  print (readSTime False loc2 "%I %p" "01 y" :: [(TimeOfDay, String)], readSTime False loc2 "%I %p" "01 x" :: [(TimeOfDay, String)], readSTime False loc2 "%p" "x" :: [(Raw, String)])
  print (buildTime defaultTimeLocale [('I', "01"), ('p', "pm")] :: Maybe TimeOfDay, buildTime defaultTimeLocale [('I', "01"), ('p', "xx")] :: Maybe TimeOfDay)
  mapM_ (putStrLn . zone loc) ["CET", "cest", "UTC", "utc", "EST", "Z"]
  -- AM/PM: the text in upper case against the locale's names as written
  let ls = [("am", "pm"), ("Am", "Pm"), ("PM", "AM")]
  print [readSTime False defaultTimeLocale {amPm = ap} "%I %p" s :: [(TimeOfDay, String)] | ap <- ls, s <- ["05 am", "05 PM"]]
  print [buildTime defaultTimeLocale {amPm = ap} [('I', "05"), ('p', r)] :: Maybe TimeOfDay | ap <- ("AM", "PM") : ls, r <- ["am", "AM", "pm", "PM", "Am", "x"]]
  mapM_ (putStrLn . zone loc3) ["UTC", "utc", "a", "A", "Utc"]
