-- formatTime: every specifier of ZonedTime, TimeOfDay, UTCTime, TimeZone, DayOfWeek,
-- NominalDiffTime and DiffTime under padding, width, case and E modifiers; the locale.
import Data.Time
main :: IO ()
main = do
  let mods = ["", "-", "_", "0", "^", "#", "4", "_6", "-3", "01", "^8", "#_7", "E", "0E", "4E", "_E", "-E"]
      specs = "%tnzZcRTXrPpHkIlMSqQsuwaAVUWDFxYyCBbhmdejfGgZv!"
      zt tz d s = ZonedTime (LocalTime d (TimeOfDay 7 5 s)) tz
      tzs = [utc, TimeZone 330 False "IST", TimeZone (-90) True "", TimeZone 0 False "", TimeZone (-600) False "HST"]
      vals = [zt (tzs !! 0) (fromGregorian 2021 1 3) 9.5, zt (tzs !! 1) (fromGregorian (-58) 12 31) 0, zt (tzs !! 2) (fromGregorian 3 7 4) 59.000123, zt (tzs !! 3) (fromGregorian 12345 2 29) 60.25, zt (tzs !! 4) (fromGregorian 1999 12 31) 1e-12]
  mapM_ (\v -> mapM_ (\m -> putStrLn (concat [formatTime defaultTimeLocale ('[' : '%' : m ++ [c, ']']) v | c <- specs])) mods) vals
  let tods = [TimeOfDay 0 0 0, TimeOfDay 12 30 5.5, TimeOfDay 23 59 60.999, TimeOfDay 13 1 0.1]
  mapM_ (\v -> putStrLn (concat [formatTime defaultTimeLocale ('|' : '%' : m ++ [c]) v | m <- ["", "-", "_", "0", "3"], c <- "HkIlMSqQRTXrpP"])) tods
  let utcs = [UTCTime (fromGregorian 1969 12 31) 86399.9, UTCTime (fromGregorian 1970 1 1) 0, UTCTime (fromGregorian 2038 1 19) 11647.000001]
  mapM_ (\v -> putStrLn (concat [formatTime defaultTimeLocale ('|' : '%' : m ++ [c]) v | m <- ["", "-", "_", "0", "3", "E"], c <- "sQqzZcYF"])) utcs
  mapM_ (\v -> putStrLn (concat [formatTime defaultTimeLocale ('|' : '%' : m ++ [c]) v | m <- ["", "-", "_", "0", "5", "^", "#"], c <- "zZ"])) tzs
  mapM_ (\v -> putStrLn (concat [formatTime defaultTimeLocale ('|' : '%' : m ++ [c]) v | m <- ["", "-", "_", "0", "5"], c <- "uwaA"])) [Monday, Sunday, Wednesday]
  mapM_ (\v -> putStrLn (concat [formatTime defaultTimeLocale ('|' : '%' : m ++ [c]) v | m <- ["", "-", "_", "0", "5", "E", "0E", "3E", "0E3", "_E", "4"], c <- "wdDhHmMsSyb"])) ([0, 1, -1, 59.5, 3600, 86400 * 9 + 3725.25, -(86400 * 9 + 3725.25), 1e-12, 123456789.987654] :: [NominalDiffTime])
  mapM_ (\v -> putStrLn (concat [formatTime defaultTimeLocale ('|' : '%' : m ++ [c]) v | m <- ["", "-", "0E", "ES"], c <- "wdDhHmMsS"])) ([0, 59.5, -3725.25, 86400 * 9 + 3725.25] :: [DiffTime])
  print (defaultTimeLocale, iso8601DateFormat Nothing, iso8601DateFormat (Just "%H"), rfc822DateFormat)
  putStrLn (formatTime defaultTimeLocale rfc822DateFormat (vals !! 0))
  putStrLn (formatTime defaultTimeLocale "%" (vals !! 0) ++ "|" ++ formatTime defaultTimeLocale "abc%" (vals !! 0) ++ "|" ++ formatTime defaultTimeLocale "%-" (vals !! 0) ++ "|" ++ formatTime defaultTimeLocale "%12" (vals !! 0) ++ "|" ++ formatTime defaultTimeLocale "%E" (vals !! 0))
  putStrLn (formatTime defaultTimeLocale "%Y-%m-%d %H:%M:%S%Q %Z" (UTCTime (fromGregorian 2020 2 29) 45296.789))
  putStrLn (formatTime defaultTimeLocale "%c|%x|%X|%r|%D" (LocalTime (fromGregorian 2020 2 9) (TimeOfDay 1 2 3)))
  putStrLn (formatTime defaultTimeLocale "%Y %C %y %G %g %f %V %j" (fromGregorian 5 1 1))
  putStrLn (formatTime defaultTimeLocale "%Y %C %y %G %g %f %V %j %_Y %0Y %_C %0C %_f %0f %_G %0G" (fromGregorian (-5) 1 1))
