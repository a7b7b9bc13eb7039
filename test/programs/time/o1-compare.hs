-- Comparisons, properFraction and show of time's types at -O1: GHC inlines
-- the instances' wrappers and calls their workers ($w$c<, $w$ccompare, ...).
import Data.List (sort, sortBy, maximumBy, minimumBy)
import Data.Ord (comparing)
import Data.Time
import Data.Time.Format.ISO8601

utcs :: [UTCTime]
utcs = [UTCTime (fromGregorian 2024 m d) (fromIntegral s) | (m, d, s) <- [(1, 5, 30), (1, 5, 29), (12, 31, 86399), (3, 1, 0)]]

tods :: [TimeOfDay]
tods = [TimeOfDay 13 7 5.25, TimeOfDay 0 0 0, TimeOfDay 13 7 5, TimeOfDay 23 59 60.5, TimeOfDay 13 8 0]

zones :: [TimeZone]
zones = [TimeZone 330 False "IST", utc, TimeZone (-300) True "EDT", TimeZone 330 True "IST", TimeZone 330 False "XYZ"]

main :: IO ()
main = do
  let pairs xs = [(a, b) | a <- xs, b <- xs]
  print [(a < b, a <= b, a > b, a >= b) | (a, b) <- pairs utcs]
  print (sort utcs, maximum utcs, minimum utcs)
  print [(a == b, a < b, compare a b) | (a, b) <- pairs tods]
  print (sort tods, maximumBy (comparing id) tods)
  print [(a == b, a /= b, a < b, compare a b) | (a, b) <- pairs zones]
  print (sort zones)
  let lts = [LocalTime (fromGregorian 2024 1 d) t | d <- [1, 2], t <- take 3 tods]
  print [(a <= b, a >= b, a < b, max a b) | (a, b) <- pairs lts]
  mapM_ (putStrLn . show) lts
  print (map show lts, showsPrec 11 (head lts) "")
  let dts = [1.75, -2.5, 0, 86400.125, -0.000000000001] :: [DiffTime]
      ndts = [1.75, -2.5, 0, 86400.125, -0.000000000001] :: [NominalDiffTime]
  print [properFraction d :: (Integer, DiffTime) | d <- dts]
  print [properFraction d :: (Int, NominalDiffTime) | d <- ndts]
  print (map truncate dts :: [Int], map round ndts :: [Integer], map floor dts :: [Integer], map ceiling ndts :: [Int])
  print (defaultTimeLocale == defaultTimeLocale, compare defaultTimeLocale defaultTimeLocale { amPm = ("a", "p") })
  print (defaultTimeLocale < defaultTimeLocale { dateFmt = "%d" }, defaultTimeLocale /= defaultTimeLocale)
  print (formatShow (expandedYearMonthFormat 6) (2024, 3), formatShow (expandedCalendarFormat 6 ExtendedFormat) (fromGregorian (-5) 2 3))
  print (formatShow (hourMinuteFormat BasicFormat) (TimeOfDay 7 5 30), formatParseM (hourMinuteFormat ExtendedFormat) "07:05.5" :: Maybe TimeOfDay)
  print (formatShow (expandedYearFormat 5) 12345, formatShow (expandedCenturyFormat 3) (-12))
  -- showList of each type (the instances' showList helpers, $fShowT1)
  let day = fromGregorian 2024 2 29
      lt = LocalTime day (TimeOfDay 1 2 3.5)
      zt = ZonedTime lt (hoursToTimeZone 2)
  print (take 2 tods, take 2 zones, take 2 utcs)
  print ([lt, lt], [zt], [CalendarDiffTime 1 2.5, CalendarDiffTime 0 0], [CalendarDiffDays 3 4])
  print ([1.5, 2 :: DiffTime], [0.25 :: NominalDiffTime], [day], [Monday .. Sunday], [Friday .. Tuesday])
  print (words (show [Monday .. Sunday]), read "[Monday,Sunday]" :: [DayOfWeek])
  print (sconcat' [CalendarDiffDays 1 2, CalendarDiffDays 3 4], mconcat [CalendarDiffTime 1 1, CalendarDiffTime 2 2])
  where
    sconcat' = foldr1 (<>)
