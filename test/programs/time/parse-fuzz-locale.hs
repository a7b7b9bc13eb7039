-- Differential fuzzing of the parsers under locales of our own (names that
-- are prefixes of others, lower-case or dotted AM/PM names, other zone
-- lists and formats for %c/%x/%X): pseudo-random formats over formatted
-- or random inputs, every parse and parseTimeM's answer for each type.
{-# LANGUAGE ScopedTypeVariables #-}
import Data.Time
import Data.Char (toUpper, toLower)

lcg :: Int -> Int
lcg x = (x * 1103515245 + 12345) `mod` 2147483648

pick :: Int -> [a] -> a
pick r xs = xs !! (r `mod` length xs)

specs :: String
specs = "aAbBhpPZzZcxXrraAbBdHIMSY"

genFormat :: Int -> (String, Int)
genFormat s0 = go s0 (1 + s0 `div` 7 `mod` 5) ""
  where
    go s 0 acc = (acc, s)
    go s n acc =
      let s1 = lcg s; s2 = lcg s1; s3 = lcg s2
          tok = case (s1 `div` 65536) `mod` 6 of
            0 -> [pick (s2 `div` 65536) " -:/T,."]
            _ -> '%' : pick (s3 `div` 65536) ["", "", "", "-", "_", "0", "E"] ++ [pick (s2 `div` 65536) specs]
      in go s3 (n - 1) (acc ++ tok)

mutate :: Int -> String -> String
mutate r s = case r `mod` 6 of
  0 -> s
  1 -> map toUpper s
  2 -> map toLower s
  3 -> " " ++ s ++ " "
  4 -> take (length s - 1) s
  _ -> concatMap (\c -> if c == ' ' then "  " else [c]) s

locs :: [TimeLocale]
locs =
  [ defaultTimeLocale
  , defaultTimeLocale {months = [("Jan", "Ja"), ("Janu", "J"), ("March", "Mar"), ("Ma", "M")] ++ drop 4 (months defaultTimeLocale), wDays = [("Su", "S"), ("Sun", "Su")] ++ drop 2 (wDays defaultTimeLocale), amPm = ("am", "pm"), knownTimeZones = [TimeZone 60 False "CET", TimeZone 120 True "CEST", TimeZone 0 False "UTC", TimeZone 330 False "IST"]}
  , defaultTimeLocale {amPm = ("a.m.", "p.m."), dateFmt = "%d.%m.%Y", timeFmt = "%H.%M", dateTimeFmt = "%A %d %B %Y %X %z", knownTimeZones = [], wDays = map (\(a, b) -> (map toUpper a, b)) (wDays defaultTimeLocale)}
  ]

main :: IO ()
main = go 31 (120 :: Int)
  where
    go _ 0 = return ()
    go s n = do
      let (f, s1) = genFormat s
          s2 = lcg s1; s3 = lcg s2
          loc = pick (s3 `div` 5000) locs
          zt = ZonedTime (LocalTime (fromGregorian (toInteger (1900 + (s2 `div` 65536) `mod` 200)) (1 + (s3 `div` 65536) `mod` 12) (1 + (s2 `div` 4096) `mod` 28)) (TimeOfDay ((s3 `div` 4096) `mod` 24) ((s2 `div` 256) `mod` 60) (fromIntegral ((s3 `div` 256) `mod` 60) + 0.25))) (pick (s3 `div` 1024) [utc, TimeZone 60 False "", TimeZone (-300) False "EST", TimeZone 330 False "IST", TimeZone (-420) True "PDT"])
          randomInput = take (1 + (s2 `div` 77) `mod` 14) (map (\k -> pick k "0123456789012345  -+:.aMpPsTuEJ%/") (iterate lcg s3))
          input = if (s3 `div` 333) `mod` 3 == 0 then randomInput else mutate (s2 `div` 1024) (formatTime loc f zt)
          dur = fromIntegral ((s2 `div` 1000) `mod` 100000) / 4 :: NominalDiffTime
          dinput = mutate (s3 `div` 1024) (formatTime loc f dur)
      putStrLn (show f ++ " " ++ show input)
      putStrLn ("  Day " ++ show (take 3 (readSTime True loc f input :: [(Day, String)])) ++ " " ++ show (parseTimeM True loc f input :: Maybe Day))
      putStrLn ("  TOD " ++ show (take 3 (readSTime False loc f input :: [(TimeOfDay, String)])) ++ " " ++ show (parseTimeM True loc f input :: Maybe TimeOfDay))
      putStrLn ("  ZT " ++ show (parseTimeM True loc f input :: Maybe ZonedTime) ++ " " ++ show (parseTimeM False loc f input :: Maybe UTCTime) ++ " " ++ show (parseTimeM True loc f input :: Maybe LocalTime))
      putStrLn ("  TZ " ++ show (parseTimeM True loc f input :: Maybe TimeZone))
      putStrLn ("  DUR " ++ show dinput ++ " " ++ show (take 3 (readSTime True loc f dinput :: [(NominalDiffTime, String)])) ++ " " ++ show (parseTimeM True loc f dinput :: Maybe CalendarDiffTime) ++ " " ++ show (parseTimeM True loc f dinput :: Maybe CalendarDiffDays))
      go (lcg s3) (n - 1)
