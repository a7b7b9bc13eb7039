{-# LANGUAGE CPP #-}
-- An almanac printed for each of time's value types through one routine
-- that takes the type's class methods as a record (Show, Read, Eq, Ord,
-- FormatTime, ParseTime, ISO8601, NFData), so -O1 code names each
-- instance's own closures; then the locale's tables and the calendars.
import Data.Time
import Data.Time.Format.ISO8601
import Data.Time.Calendar.WeekDate
import Data.Time.Calendar.OrdinalDate
import Data.Time.Calendar.Julian
import Data.Time.Calendar.Easter
import Data.Time.Clock.TAI
import Data.Time.Clock.System
import Control.DeepSeq (rnf, force, deepseq)
import Data.Maybe (mapMaybe)

data TOps t = TOps
  { tag :: String
  , vals :: [t]
  , pat :: String
  , tShow :: t -> String
  , tShowsPrec :: Int -> t -> ShowS
  , tShowList :: [t] -> ShowS
  , tEqs :: Maybe (t -> t -> Bool, t -> t -> Bool)
  , tFormat :: TimeLocale -> String -> t -> String
  , tParse :: Bool -> TimeLocale -> String -> String -> Maybe t
  , tReadS :: Bool -> TimeLocale -> String -> ReadS t
  , tIsos :: Maybe (t -> String, String -> Maybe t)
  , tRnf :: Maybe (t -> ())
  }

data OOps t = OOps
  { oCmp :: t -> t -> Ordering
  , oLt, oLe, oGt, oGe :: t -> t -> Bool
  , oMax, oMin :: t -> t -> t
  , oReadS :: Maybe (Int -> ReadS t, ReadS [t])
  }

#define TOPS(T, L, P, VS, EQ, ISO, RNF) TOps { tag = L, vals = VS, pat = P, tShow = show, tShowsPrec = showsPrec, tShowList = showList, tEqs = EQ, tFormat = formatTime, tParse = parseTimeM, tReadS = readSTime, tIsos = ISO, tRnf = RNF } :: TOps (T)
#define OOPS(T, RD) OOps { oCmp = compare, oLt = (<), oLe = (<=), oGt = (>), oGe = (>=), oMax = max, oMin = min, oReadS = RD } :: OOps (T)
#define RD Just (readsPrec, readList)

{-# NOINLINE almanac #-}
almanac :: TOps t -> IO ()
almanac o = do
  let vs = vals o
      sh = tShow o
  maybe () (\f -> f (head vs)) (tRnf o) `seq` putStrLn ("== " ++ tag o ++ " " ++ tShowList o vs "")
  putStrLn ("  prec " ++ concat [tShowsPrec o p v ";" | p <- [0, 11], v <- take 2 vs])
  mapM_ (\v -> putStrLn ("  " ++ sh v ++ " => " ++ tFormat o defaultTimeLocale (pat o) v)) vs
  let texts = map (tFormat o defaultTimeLocale (pat o)) vs
  print (map (fmap sh . tParse o True defaultTimeLocale (pat o)) texts)
  print (map (\s -> [sh v ++ "|" ++ r | (v, r) <- tReadS o True defaultTimeLocale (pat o) (s ++ " !")]) (take 2 texts))
  print (map (fmap sh . tParse o False defaultTimeLocale (pat o)) ["", "garbage"])
  case tIsos o of
    Nothing -> return ()
    Just (iso, isoParse) -> let isos = map iso vs in print (isos, map (fmap sh . isoParse) isos, map (fmap sh . isoParse) ["x", ""])
  case tEqs o of
    Nothing -> return ()
    Just (eq, ne) -> print [eq a b || ne a b && eq b b | a <- vs, b <- vs]

{-# NOINLINE ordered #-}
ordered :: (t -> String) -> OOps t -> [t] -> IO ()
ordered sh o vs = do
  print ([oCmp o a b | a <- vs, b <- vs], [f a b | f <- [oLt o, oLe o, oGt o, oGe o], a <- vs, b <- take 2 vs])
  putStrLn (unwords [sh (oMax o a b) ++ "~" ++ sh (oMin o a b) | a <- vs, b <- take 2 vs])
  let txt = map sh vs
  case oReadS o of
    Nothing -> return ()
    Just (rd, rdl) -> print ([map (sh . fst) (rd p s) | p <- [0, 11], s <- txt], [map sh . fst <$> rdl ("[" ++ concatMap (++ ",") (init txt) ++ last txt ++ "]")])

main :: IO ()
main = do
  let days = [fromGregorian 2024 2 29, fromGregorian 1999 12 31, fromGregorian 2000 1 1]
      tods = [TimeOfDay 0 0 0, TimeOfDay 13 45 30.25, TimeOfDay 23 59 59]
      lts = zipWith LocalTime days tods
      zones = [utc, TimeZone 330 False "IST", TimeZone (-300) True "EDT"]
      zts = zipWith ZonedTime lts zones
      utcs = map (localTimeToUTC utc) lts
      dows = [Monday, Thursday, Sunday]
      ndts = [0, 3661.5, -86400 :: NominalDiffTime]
      dts = [secondsToDiffTime 59, picosecondsToDiffTime 1500000000000, 90061 :: DiffTime]
      cdds = [CalendarDiffDays 14 3, CalendarDiffDays 0 0, calendarYear]
      cdts = [CalendarDiffTime 2 3600, calendarTimeTime 59.5, CalendarDiffTime 0 7200]
  almanac (TOPS(Day, "Day", "%Y-%m-%d %j %a %A %b %B %u %w %U %W %V %G %g %f %C %y %D %F %x", days, Just ((==), (/=)), Just (iso8601Show, iso8601ParseM), Just rnf))
  almanac (TOPS(TimeOfDay, "TimeOfDay", "%H:%M:%S %I %l %k %p %P %Q %q %R %T %X %r", tods, Just ((==), (/=)), Just (iso8601Show, iso8601ParseM), Just rnf))
  almanac (TOPS(LocalTime, "LocalTime", "%F %T%Q %c %s", lts, Just ((==), (/=)), Just (iso8601Show, iso8601ParseM), Just rnf))
  almanac (TOPS(ZonedTime, "ZonedTime", "%F %T %z %Z %Ez %EZ", zts, Nothing, Just (iso8601Show, iso8601ParseM), Just rnf))
  almanac (TOPS(UTCTime, "UTCTime", "%Y%m%d %H%M%S %s %z", utcs, Just ((==), (/=)), Just (iso8601Show, iso8601ParseM), Just rnf))
  almanac (TOPS(TimeZone, "TimeZone", "%z %Z", zones, Just ((==), (/=)), Just (iso8601Show, iso8601ParseM), Just rnf))
  almanac (TOPS(CalendarDiffDays, "CalendarDiffDays", "%yy %mm %ww %dd %bm %Bm", cdds, Just ((==), (/=)), Just (iso8601Show, iso8601ParseM), Nothing))
  almanac (TOPS(CalendarDiffTime, "CalendarDiffTime", "%yy %bm %dd %hh %mm %Ss %ES", cdts, Just ((==), (/=)), Just (iso8601Show, iso8601ParseM), Nothing))
  almanac (TOPS(NominalDiffTime, "NominalDiffTime", "%ww %dd %hh %mm %ss %ES %0Es", ndts, Just ((==), (/=)), Nothing, Just rnf))
  almanac (TOPS(DiffTime, "DiffTime", "%dd %Dd %Hh %Mm %Ss %ES", dts, Just ((==), (/=)), Nothing, Just rnf))
  let dowShow d = formatTime defaultTimeLocale "%u %a %A" d
  mapM_ (putStrLn . dowShow) dows
  print (map fromEnum dows, map toEnum [0, 6, 7, 8] :: [DayOfWeek], take 9 [Saturday ..], [Monday .. Sunday], take 5 [Monday, Wednesday ..], succ Sunday, pred Monday)
  print (map (\d -> (dayOfWeek d, toWeekDate d, toOrdinalDate d, mondayStartWeek d, sundayStartWeek d)) days)
  print (read "Friday" :: DayOfWeek, reads "Tuesday rest" :: [(DayOfWeek, String)], show [Wednesday], Monday == Monday, Sunday /= Monday)
  -- ordering and reading back, type by type
  ordered show (OOPS(Day, RD)) days
  ordered show (OOPS(TimeOfDay, RD)) tods
  ordered show (OOPS(LocalTime, RD)) lts
  ordered show (OOPS(UTCTime, RD)) utcs
  ordered show (OOPS(TimeZone, RD)) zones
  ordered show (OOPS(NominalDiffTime, Nothing)) ndts
  ordered show (OOPS(DiffTime, Nothing)) dts
  ordered show (OOPS(UniversalTime, Nothing)) (map (localTimeToUT1 0) lts)
  -- the default locale's tables
  let loc = defaultTimeLocale
  print (wDays loc, months loc, amPm loc)
  print (dateTimeFmt loc, dateFmt loc, timeFmt loc, time12Fmt loc)
  print (map timeZoneName (knownTimeZones loc), map timeZoneMinutes (knownTimeZones loc))
  print (loc == loc, compare loc loc, loc < loc, max loc loc == loc)
  print (take 40 (show loc))
  -- calendars: Julian, ordinal, week date, Easter
  print (map toJulian days, map showJulian days, map (toJulianYearAndDay) days, fromJulian 2024 2 29, fromJulianValid 2023 2 29)
  print (map (addJulianMonthsClip 1) days, map (addJulianYearsRollOver 1) days, diffJulianDurationClip (head days) (last days))
  print (map showOrdinalDate days, fromOrdinalDate 2024 366, fromOrdinalDateValid 2023 366, isLeapYear 1900, isLeapYear 2000)
  print (map showWeekDate days, fromWeekDate 2020 53 7, fromWeekDateValid 2021 53 1, fromMondayStartWeek 2024 10 3, fromSundayStartWeek 2024 10 3)
  print (fromMondayStartWeekValid 2024 60 1, fromSundayStartWeekValid 2024 0 0)
  print (map (\y -> (gregorianEaster y, orthodoxEaster y, sundayAfter (fromGregorian y 4 1))) [2019, 2024, 2025])
  print (gregorianPaschalMoon 2024, orthodoxPaschalMoon 2024)
  print (map (addGregorianMonthsClip 1) days, map (addGregorianMonthsRollOver 1) days, diffGregorianDurationClip (head days) (last days), diffGregorianDurationRollOver (last days) (head days))
  print (map (addGregorianDurationClip (CalendarDiffDays 13 40)) days, scaleCalendarDiffDays 3 (CalendarDiffDays 1 2), scaleCalendarDiffTime 2 (CalendarDiffTime 1 60))
  print (CalendarDiffDays 1 2 <> CalendarDiffDays 3 4, mempty :: CalendarDiffDays, mconcat [CalendarDiffTime 1 1, CalendarDiffTime 2 2], calendarWeek, calendarDay, calendarMonth)
  -- clocks that are not "now": TAI, system time, day fractions
  let leap = const (Just 37)
      tais = mapMaybe (utcToTAITime leap) utcs
  print (map (taiToUTCTime leap) tais, map (diffAbsoluteTime (head tais)) tais, addAbsoluteTime 1.5 (head tais), taiEpoch)
  print (map utcToSystemTime utcs, systemToUTCTime (MkSystemTime 86400 5), systemToTAITime (MkSystemTime 0 0), systemEpochDay)
  print (map timeOfDayToDayFraction tods, map dayFractionToTimeOfDay [0, 0.5, 0.75], map timeOfDayToTime tods, timeToTimeOfDay 4000.5)
  print (map (utcToLocalTime (TimeZone 90 False "X")) utcs, map (utcToLocalTimeOfDay (TimeZone 600 False "")) tods, localToUTCTimeOfDay (TimeZone 600 False "") midday)
  print (daysAndTimeOfDayToTime 2 (TimeOfDay 1 2 3), timeToDaysAndTimeOfDay 200000, makeTimeOfDayValid 24 0 0, makeTimeOfDayValid 23 59 60.5, midnight)
  print (map (addLocalTime 90000) lts, diffLocalTime (head lts) (last lts), map (ut1ToLocalTime 0 . ModJulianDate) [0, 1.25], localTimeToUT1 3 (head lts))
  print (nominalDiffTimeToSeconds 12.5, secondsToNominalDiffTime 7, diffTimeToPicoseconds 1.5, nominalDay, truncate (3.7 :: NominalDiffTime) :: Int, round (2.5 :: DiffTime) :: Int, ceiling (2.1 :: NominalDiffTime) :: Int, floor (-2.1 :: DiffTime) :: Int)
  print (properFraction (5.25 :: NominalDiffTime) :: (Int, NominalDiffTime), toRational (1.5 :: DiffTime), realToFrac (2.5 :: NominalDiffTime) :: Double, recip (4 :: DiffTime), 7 / (2 :: NominalDiffTime))
  print (sum ndts, product dts, abs (-3 :: DiffTime), signum (-3 :: NominalDiffTime), negate (2 :: DiffTime), [1, 1.5 .. 3 :: NominalDiffTime], succ (1 :: DiffTime), fromEnum (2 :: NominalDiffTime))
  print (map hoursToTimeZone [-5, 9], minutesToTimeZone 45, timeZoneOffsetString (TimeZone (-90) False ""), timeZoneOffsetString' (Just '0') (TimeZone 30 False ""), zonedTimeToUTC (head zts), utcToZonedTime (zones !! 1) (head utcs))
  force utcs `deepseq` rnf (map zonedTimeToLocalTime zts) `seq` rnf tais `seq` rnf (MkSystemTime 1 2) `seq` putStrLn "forced"
  print (mapMaybe (\s -> parseTimeM True defaultTimeLocale "%Y-%-m-%-d" s :: Maybe Day) ["2024-2-9", "1999-12-31", "x"])
  print (formatTime defaultTimeLocale "%-d/%-m/%_Y|%0H|%^a|%#B|%10A|%-3j" (head days), formatTime defaultTimeLocale "%4Ez|%_Z" (zones !! 2))
