-- formatTime's modifier grammar (widths with and without a modifier, invalid
-- combinations) and the calendar durations' and nominal durations' specifiers.
import Data.Time
main :: IO ()
main = do
  durations
  let v = ZonedTime (LocalTime (fromGregorian 2021 1 3) (TimeOfDay 7 5 9.5)) (TimeZone 330 False "IST")
      w = ZonedTime (LocalTime (fromGregorian (-58) 1 3) (TimeOfDay 17 5 9)) (TimeZone (-90) False "")
  mapM_ (\m -> putStrLn (m ++ "\t" ++ concat [ '[' : formatTime defaultTimeLocale ('%' : m ++ [c]) x ++ "]" | x <- [v, w], c <- "HkqQzZYCjaAp"])) ["", "1", "01", "001", "2", "02", "3", "03", "_1", "_01", "-1", "-01", "0", "00", "10", "010", "^1", "^01", "#0", "0#", "^_", "_^", "-_", "_-", "E", "E4", "4E", "0E", "E0", "_E5", "^E", "E^", "^-5", "-^5"]

durations :: IO ()
durations = do
  let mods = ["", "-", "_", "0", "3", "_4", "-3", "E", "0E", "5E", "15E", "_E", "-E", "-4E", "^", "#"]
  mapM_ (\v -> putStrLn (concat [formatTime defaultTimeLocale ('|' : '%' : m ++ [c]) v | m <- mods, c <- "ybBwdDhHmMsS"])) [CalendarDiffDays 0 0, CalendarDiffDays 27 (-45), CalendarDiffDays (-13) 100]
  mapM_ (\v -> putStrLn (concat [formatTime defaultTimeLocale ('|' : '%' : m ++ [c]) v | m <- mods, c <- "ybBwdDhHmMsS"])) [CalendarDiffTime 0 0, CalendarDiffTime 27 (-45.125), CalendarDiffTime (-13) 987654.000001]
  mapM_ (\v -> putStrLn (concat [formatTime defaultTimeLocale ('|' : '%' : m ++ [c]) v | m <- mods, c <- "sSHM"])) ([0.5, -0.5, 60, -59.999, 7.000000000001] :: [NominalDiffTime])
