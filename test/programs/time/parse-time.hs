-- parseTimeM for TimeOfDay, LocalTime, ZonedTime, UTCTime, UniversalTime
-- and TimeZone: hours with AM/PM in either order, seconds and their
-- fractions (%S, %Q, %q), %s epoch seconds, %z/%Z offsets, the locale's
-- zone names, "UTC" and military letters, whitespace around the input.
import Data.Time

try' :: (ParseTime t, Show t) => (String -> String -> Maybe t) -> String -> String -> String
try' parse f s = show f ++ " " ++ show s ++ " => " ++ show (parse f s)

tp :: (ParseTime t, Show t) => String -> String -> Maybe t
tp = parseTimeM True defaultTimeLocale

zone :: String -> String -> String
zone f s = show f ++ " " ++ show s ++ " => " ++ show (fmap (\z -> (timeZoneMinutes z, timeZoneSummerOnly z, timeZoneName z)) (tp f s :: Maybe TimeZone))

main :: IO ()
main = do
  mapM_ (\(f, s) -> putStrLn (try' (tp :: String -> String -> Maybe TimeOfDay) f s ++ " | all " ++ show (readSTime False defaultTimeLocale f s :: [(TimeOfDay, String)])))
    [ (f, s)
    | (f, ss) <-
        [ ("%H:%M:%S", ["12:34:56", "24:00:00", "23:59:60", "23:59:61", "25:00:00", "12:60:00", "00:00:00", " 1:02:03"])
        , ("%H:%M:%S%Q", ["12:34:56.789", "12:34:56.", "12:34:56", "12:34:56.1234567890123456"])
        , ("%H:%M:%S.%q", ["12:34:56.789000000000", "12:34:56.78"])
        , ("%H:%M:%S.%-q", ["12:34:56.78"])
        , ("%I:%M %p", ["12:30 AM", "12:30 PM", "01:30 pm", "13:30 PM", "00:30 AM", "11:30 am"])
        , ("%l:%M %P", ["1:30 pm", " 1:30 am"])
        , ("%H %p", ["13 PM", "01 PM", "01 AM", "00 PM", "12 AM", "23 AM", "25 AM"])
        , ("%p %I", ["PM 01"])
        , ("%I %H", ["05 17", "05 03", "13 05"])
        , ("%H %I %p", ["17 05 PM", "17 05 AM"])
        , ("%k:%M", [" 7:05", "7:05", "17:05"])
        , ("%R", ["07:05"])
        , ("%T", ["07:05:09"])
        , ("%X", ["07:05:09"])
        , ("%r", ["07:05:09 PM"])
        , ("%M", ["05"])
        , ("%S", ["05"])
        , ("%Q", [".5", ""])
        , ("%H:%M:%S %Z", ["12:00:00 EST"])
        , ("%s", ["3600"])
        , ("%H:%M %H", ["12:00 13"])
        , ("%H %H", ["25 05"])
        , ("%S%Q %S", ["05.5 06"])
        , ("%Q %S", [".5 06"])
        , ("%S.%q %Q", ["05.500000000000 .25"])
        , ("%S.%-q", ["05.1234567890123"])
        ]
    , s <- ss
    ]
  mapM_ (\(f, s) -> putStrLn (try' (tp :: String -> String -> Maybe LocalTime) f s))
    [ ("%Y-%m-%d %H:%M:%S", "2010-03-04 12:34:56"), ("%Y-%m-%d %H:%M:%S", "2010-03-04 24:00:00"), ("%Y-%m-%d %H:%M:%S", "2010-02-30 12:00:00")
    , ("%s", "1267660800"), ("%s %Y", "0 2010"), ("%c", "Thu Mar  4 12:34:56 UTC 2010"), ("%c", "Thu Mar 4 12:34:56 EST 2010"), ("%F %T", "2010-03-04 12:34:56")
    ]
  let zs = ["2010-03-04 12:34:56 EST", "2010-03-04 12:34:56 est", "2010-03-04 12:34:56 UTC", "2010-03-04 12:34:56 UT", "2010-03-04 12:34:56 GMT", "2010-03-04 12:34:56 XYZ", "2010-03-04 12:34:56 +0530", "2010-03-04 12:34:56 -05:00", "2010-03-04 12:34:56 Z", "2010-03-04 12:34:56 A", "2010-03-04 12:34:56 PDT", "2010-03-04 12:34:56 +05", "2010-03-04 12:34:56 +2400", "2010-03-04 12:34:56 -9959", "2010-02-30 12:34:56 EST"]
  mapM_ (\s -> putStrLn (try' (tp :: String -> String -> Maybe ZonedTime) "%Y-%m-%d %H:%M:%S %Z" s)) zs
  mapM_ (\s -> putStrLn (try' (tp :: String -> String -> Maybe ZonedTime) "%Y-%m-%d %H:%M:%S %z" s)) zs
  mapM_ (\s -> putStrLn (try' (tp :: String -> String -> Maybe UTCTime) "%Y-%m-%d %H:%M:%S %Z" s)) zs
  mapM_ (\(f, s) -> putStrLn (try' (tp :: String -> String -> Maybe ZonedTime) f s))
    [ ("%Y-%m-%d %H:%M:%S", "2010-03-04 12:34:56"), ("%s", "1267660800"), ("%s %z", "1267660800 +0100"), ("%z %s", "+0100 1267660800")
    , ("%Y-%m-%d %H:%M:%S %z %Z", "2010-03-04 12:34:56 +0100 EST"), ("%Y-%m-%d %H:%M:%S %Z %z", "2010-03-04 12:34:56 EST +0100")
    , ("%s %s", "100 200"), ("%s %Q", "100 .5"), ("%Y %s", "2010 100"), ("%s %Z", "100 EST")
    ]
  mapM_ (\(f, s) -> putStrLn (try' (tp :: String -> String -> Maybe UTCTime) f s))
    [("%s", "1267660800"), ("%s", "-1"), ("%s", "-0"), ("%s", "007"), ("%s%Q", "1267660800.25"), ("%s %H", "1267660800 05"), ("%Y-%m-%dT%H:%M:%S%QZ", "2010-03-04T12:34:56.5Z")]
  mapM_ (\(f, s) -> putStrLn (try' (tp :: String -> String -> Maybe UniversalTime) f s))
    [("%Y-%m-%d %H:%M:%S", "2010-03-04 12:34:56"), ("%Y-%m-%d", "1858-11-17")]
  mapM_ (putStrLn . uncurry zone)
    [ (f, s)
    | (f, ss) <-
        [ ("%z", ["+0100", "-1130", "+01:30", "Z", "-0000", "+01:3", "+1:30", "+010", "-00:30"])
        , ("%Z", ["EST", "est", "XYZ", "+0100", "-0100", "+01:00", "UTC", "utc", "UT", "GMT", "Gmt", "eDT", "Z", "z", "A", "a", "K", "M", "N", "Y", "J", "AB"])
        , ("%z %Z", ["+0100 EST", "+0100 +0200", "+0100 A", "+0100 XYZ"])
        , ("%Z %z", ["EST +0100", "+0200 +0100", "A +0100"])
        , ("%z %z", ["+0200 +0100"])
        , ("%Z %Z", ["EST PST"])
        , ("", [""])
        ]
    , s <- ss
    ]
