-- A tour of time as applications use it: formatting every type with every
-- specifier (durations, weekdays, zones, universal time), reading values
-- back, calendar arithmetic in three calendars, DiffTime/NominalDiffTime
-- arithmetic, week dates, ISO 8601 formats and the default locale itself.
import Data.Time
import Data.Time.Calendar.Easter
import Data.Time.Calendar.Julian
import Data.Time.Calendar.MonthDay
import Data.Time.Calendar.OrdinalDate
import Data.Time.Calendar.WeekDate
import Data.Time.Clock.POSIX
import Data.Time.Clock.System
import Data.Time.Clock.TAI
import Data.Time.Format.ISO8601

durSpecs, weekSpecs, zoneSpecs, dateSpecs :: [String]
durSpecs = ["%y", "%Ey", "%b", "%Eb", "%B", "%EB", "%w", "%Ew", "%d", "%Ed", "%D", "%ED", "%h", "%Eh", "%H", "%EH", "%m", "%Em", "%M", "%EM", "%s", "%Es", "%0Es", "%4Es", "%S", "%ES", "%0ES", "%3ES", "%%", "%_3d", "%-H", "%05S"]
weekSpecs = ["%u", "%w", "%a", "%A", "%_a", "%^A", "%#A", "%-u", "%3u"]
zoneSpecs = ["%z", "%Ez", "%Z", "%_z", "%-z", "%0z", "%8z", "%_Ez", "%EZ", "%^Z", "%#Z"]
dateSpecs = ["%c", "%x", "%X", "%r", "%R", "%T", "%D", "%F", "%v", "%C", "%y", "%Y", "%G", "%g", "%f", "%V", "%U", "%W", "%j", "%e", "%k", "%l", "%I", "%p", "%P", "%q", "%Q", "%s", "%b", "%h", "%B", "%m", "%d", "%u", "%w", "%a", "%A", "%H", "%M", "%S", "%z", "%Z", "%_d", "%-d", "%0e", "%^b", "%#p", "%10Y", "%_4m", "%Ez", "%EZ"]

fmtAll :: FormatTime t => [String] -> t -> [String]
fmtAll specs t = [s ++ "=" ++ formatTime defaultTimeLocale s t | s <- specs]

main :: IO ()
main = do
  let cdd = CalendarDiffDays 14 45
      cdt = CalendarDiffTime 3 (nominalDay * 2 + 3723.25)
      dt = picosecondsToDiffTime 93784500000000000 :: DiffTime
      ndt = -93784.125 :: NominalDiffTime
  mapM_ (putStrLn . unwords) [fmtAll durSpecs cdd, fmtAll durSpecs cdt, fmtAll durSpecs dt, fmtAll durSpecs ndt]
  mapM_ (\d -> putStrLn (unwords (fmtAll weekSpecs d))) [Monday .. Sunday]
  let zones = [utc, TimeZone 330 False "IST", TimeZone (-480) True "PDT", hoursToTimeZone 11, minutesToTimeZone (-90)]
  mapM_ (putStrLn . unwords . fmtAll zoneSpecs) zones
  let day = fromGregorian 2024 2 29
      tod = TimeOfDay 23 59 59.987654321
      lt = LocalTime day tod
      zt = ZonedTime lt (TimeZone 60 True "CEST")
      ut = localTimeToUTC utc lt
      univ = ModJulianDate 60369.75
  putStrLn (unwords (fmtAll dateSpecs zt))
  putStrLn (unwords (fmtAll dateSpecs ut))
  putStrLn (unwords (fmtAll ["%c", "%Y-%m-%d %H:%M:%S", "%j", "%s", "%Q"] univ))
  putStrLn (unwords (fmtAll ["%F", "%G-W%V-%u", "%C", "%j"] day))
  putStrLn (unwords (fmtAll ["%T", "%q", "%Q", "%p", "%I", "%l", "%k"] tod))
  -- show and read
  print (cdd, cdt, dt, ndt, Wednesday, utc, zones, univ)
  print (showsPrec 11 dt "", showList [dt, 1.5] "", showsPrec 11 ndt "", showList [ndt] "", showList [cdd, mempty] "", showList [cdt] "")
  print (showList [Monday, Friday] "", showsPrec 11 tod "", showList [tod] "", showList zones "", showsPrec 11 lt "", showList [lt] "", showList [univ] "")
  print (showsPrec 11 zt "", showList [zt] "", showsPrec 11 ut "", showList [ut] "", showsPrec 11 day "", showList [day] "")
  print (read "Tuesday" :: DayOfWeek, read " [Monday,Sunday]" :: [DayOfWeek], reads "Fridayx" :: [(DayOfWeek, String)])
  print (read "2020-01-31" :: Day, read "[2020-01-31, 1999-12-31]" :: [Day], read "12:34:56.5" :: TimeOfDay, read "[01:02:03]" :: [TimeOfDay])
  print (read "2020-01-31 12:34:56" :: LocalTime, read "[2020-01-31 00:00:00]" :: [LocalTime], read "+0530" :: TimeZone, read "[-0800]" :: [TimeZone])
  print (read "2020-01-31 12:34:56 UTC" :: UTCTime, read "[2020-01-31 12:34:56.25 UTC]" :: [UTCTime], read "2020-01-31 12:34:56 +0100" :: ZonedTime)
  print (read "[2020-01-31 12:34:56 -0200]" :: [ZonedTime], read "2020-01-31 12:34:56" :: UniversalTime, read "[1858-11-17 00:00:00]" :: [UniversalTime])
  print (read "EST" :: TimeZone, read "2020-01-31 12:34:56 EDT" :: ZonedTime)
  -- Eq/Ord/Enum/Num
  print (Monday == Tuesday, Monday /= Tuesday, succ Monday, pred Monday, toEnum 10 :: DayOfWeek, fromEnum Sunday, take 9 [Monday ..], take 9 [Tuesday, Thursday ..], take 9 [Friday .. Monday], take 9 [Sunday, Saturday .. Wednesday])
  print (dayOfWeek day, cdd == cdd, cdd /= mempty, cdt == cdt, cdt /= mempty, cdd <> cdd, cdt <> cdt, mconcat [cdd, cdd, cdd], scaleCalendarDiffDays 3 cdd, scaleCalendarDiffTime (-2) cdt)
  print (tod == midday, tod /= midnight, tod <= midday, tod > midday, tod >= midnight, max tod midday, min tod midday, compare tod midnight)
  print (lt == lt, lt /= lt, lt > lt, compare lt (LocalTime day midday), min lt (LocalTime day midday), ut == ut, ut /= ut, max ut ut, min ut ut)
  print (utc <= utc, utc > hoursToTimeZone 1, utc >= utc, max utc (hoursToTimeZone 2), min utc (hoursToTimeZone (-2)), univ == univ, univ < ModJulianDate 1, compare univ univ)
  print ([day .. addDays 3 day], [day, addDays 7 day .. addDays 30 day], take 3 [day ..], take 3 [day, addDays (-1) day ..], toModifiedJulianDay day, addDays 1000 day)
  print (dt + 1, dt - 2.5, dt * 2, negate dt, abs (-dt), signum dt, fromInteger 5 :: DiffTime, dt / 3, recip 4 :: DiffTime, fromRational 1.25 :: DiffTime, toRational dt)
  print (truncate dt :: Int, round dt :: Integer, ceiling dt :: Int, floor (-dt) :: Integer, properFraction dt :: (Int, DiffTime), diffTimeToPicoseconds dt, [1 :: DiffTime, 1.5 .. 3], take 2 [0.5 :: DiffTime ..])
  print (ndt + 1, ndt - 2.5, ndt * 2, negate ndt, abs ndt, signum ndt, fromInteger 5 :: NominalDiffTime, ndt / 3, recip 4 :: NominalDiffTime, toRational ndt)
  print (truncate ndt :: Int, round ndt :: Integer, ceiling ndt :: Int, floor ndt :: Integer, properFraction ndt :: (Int, NominalDiffTime), nominalDiffTimeToSeconds ndt, secondsToNominalDiffTime 7.5, take 3 [1 :: NominalDiffTime ..], [2 :: NominalDiffTime, 2.25 .. 3])
  print (succ dt, pred ndt, fromEnum (2 :: DiffTime), toEnum 3 :: NominalDiffTime, realToFrac dt :: Double, secondsToDiffTime 99)
  -- calendar arithmetic
  print (addGregorianMonthsClip 1 (fromGregorian 2023 1 31), addGregorianMonthsRollOver 1 (fromGregorian 2023 1 31), addGregorianYearsClip 1 day, addGregorianYearsRollOver 1 day)
  print (addGregorianDurationClip cdd day, addGregorianDurationRollOver cdd day, diffGregorianDurationClip day (fromGregorian 2020 5 31), diffGregorianDurationRollOver day (fromGregorian 2020 5 31))
  print (showGregorian day, toGregorian day, gregorianMonthLength 2100 2, isLeapYear 2000, isLeapYear 1900, fromGregorianValid 2023 2 29, fromGregorianValid 2024 2 29)
  print (toJulian day, showJulian day, fromJulian 2024 2 16, fromJulianValid 2023 2 29, julianMonthLength 1900 2, addJulianMonthsClip 1 day, addJulianMonthsRollOver 13 day, addJulianYearsClip 1 day, addJulianYearsRollOver 1 day)
  print (addJulianDurationClip cdd day, addJulianDurationRollOver cdd day, diffJulianDurationClip day (fromJulian 2020 5 31), diffJulianDurationRollOver day (fromJulian 2020 5 31))
  print (toJulianYearAndDay day, fromJulianYearAndDay 2024 400, fromJulianYearAndDayValid 2023 366, showJulianYearAndDay day, isJulianLeapYear 1900)
  print (toOrdinalDate day, fromOrdinalDate 2023 366, fromOrdinalDateValid 2023 366, showOrdinalDate day, mondayStartWeek day, sundayStartWeek day, fromMondayStartWeek 2024 1 1, fromSundayStartWeek 2024 9 3)
  print (fromMondayStartWeekValid 2024 53 7, fromSundayStartWeekValid 2024 0 6, toWeekDate day, fromWeekDate 2020 53 7, fromWeekDateValid 2021 53 1, showWeekDate day)
  print (monthAndDayToDayOfYear True 12 31, monthAndDayToDayOfYearValid False 2 29, dayOfYearToMonthAndDay True 60, dayOfYearToMonthAndDay False 366, monthLength False 2)
  print (map gregorianEaster [1999, 2024, 2025], map orthodoxEaster [1999, 2024, 2025], map sundayAfter [day], map orthodoxPaschalMoon [2024], map gregorianPaschalMoon [2024])
  -- time of day and zones
  print (timeToTimeOfDay 45296.5, timeOfDayToTime tod, dayFractionToTimeOfDay 0.75, timeOfDayToDayFraction tod, makeTimeOfDayValid 24 0 0, makeTimeOfDayValid 23 59 60.5)
  print (timeToDaysAndTimeOfDay 200000.5, daysAndTimeOfDayToTime 2 (TimeOfDay 1 2 3), utcToLocalTimeOfDay (hoursToTimeZone 5) tod, localToUTCTimeOfDay (hoursToTimeZone 5) tod)
  print (utcToLocalTime (hoursToTimeZone (-3)) ut, utcToZonedTime (TimeZone 345 False "NPT") ut, zonedTimeToUTC zt, diffLocalTime lt (LocalTime day midnight), addLocalTime 3600 lt)
  print (timeZoneOffsetString (TimeZone (-150) False "X"), timeZoneOffsetString' Nothing (hoursToTimeZone 3), timeZoneOffsetString' (Just ' ') (hoursToTimeZone 3), ut2lt)
  print (localTimeToUT1 0.5 lt, ut1ToLocalTime 0.25 univ, getModJulianDate univ, diffUTCTime ut (UTCTime (fromGregorian 2000 1 1) 0), addUTCTime (-86400.5) ut)
  print (utcTimeToPOSIXSeconds ut, posixSecondsToUTCTime 1e9, systemToUTCTime (MkSystemTime 1700000000 5), utcToSystemTime ut, systemToPOSIXTime (MkSystemTime 5 500), MkSystemTime 1 2, truncateSystemTimeLeapSecond (MkSystemTime 86399 1500000000))
  let Just tai = utcToTAITime (const (Just 37)) ut
  print (tai, addAbsoluteTime 10 tai, diffAbsoluteTime tai taiEpoch, taiToUTCTime (const (Just 37)) tai, taiNominalDayStart day, showList [tai] "", systemToTAITime (MkSystemTime 100 0))
  -- ISO 8601
  putStrLn (unwords [iso8601Show day, iso8601Show tod, iso8601Show lt, iso8601Show zt, iso8601Show ut, iso8601Show utc, iso8601Show (TimeZone 330 False ""), iso8601Show cdd, iso8601Show cdt])
  putStrLn (unwords [formatShow (calendarFormat ExtendedFormat) day, formatShow (calendarFormat BasicFormat) day, formatShow (ordinalDateFormat ExtendedFormat) day, formatShow (weekDateFormat BasicFormat) day, formatShow (yearMonthFormat) (2024, 2), formatShow yearFormat 2024, formatShow centuryFormat 20])
  putStrLn (unwords [formatShow (yearWeekFormat ExtendedFormat) (2024, 9), formatShow (hourMinuteFormat BasicFormat) (TimeOfDay 7 8 0), formatShow (hourFormat) (TimeOfDay 7 0 0), formatShow (timeOfDayAndOffsetFormat ExtendedFormat) (tod, utc), formatShow (utcTimeFormat (calendarFormat BasicFormat) (timeOfDayFormat BasicFormat)) ut])
  putStrLn (unwords [formatShow durationDaysFormat cdd, formatShow durationTimeFormat cdt, formatShow (alternativeDurationDaysFormat ExtendedFormat) (CalendarDiffDays 26 3), formatShow (alternativeDurationTimeFormat BasicFormat) (CalendarDiffTime 3 3723), formatShow (intervalFormat iso8601Format iso8601Format) (day, addDays 3 day), formatShow (recurringIntervalFormat iso8601Format iso8601Format) (5, day, cdd)])
  putStrLn (unwords [formatShow (timeOffsetFormat BasicFormat) (hoursToTimeZone (-7)), formatShow (zonedTimeFormat (calendarFormat ExtendedFormat) (timeOfDayFormat ExtendedFormat) ExtendedFormat) zt, formatShow (localTimeFormat (ordinalDateFormat BasicFormat) (hourMinuteFormat ExtendedFormat)) lt])
  print (iso8601ParseM "2024-02-29" :: Maybe Day, iso8601ParseM "P1Y2M3D" :: Maybe CalendarDiffDays, iso8601ParseM "P1Y2M3DT4H5M6.5S" :: Maybe CalendarDiffTime, iso8601ParseM "2024-02-29T01:02:03+05:30" :: Maybe ZonedTime)
  print (formatParseM (weekDateFormat ExtendedFormat) "2024-W09-4" :: Maybe Day, formatParseM (ordinalDateFormat BasicFormat) "2024060" :: Maybe Day, formatParseM (alternativeDurationDaysFormat ExtendedFormat) "P0001-02-03" :: Maybe CalendarDiffDays, formatParseM yearWeekFormatB "2020W53" :: Maybe (Integer, Int))
  print (formatParseM (intervalFormat iso8601Format iso8601Format) "2024-01-01/2024-02-01" :: Maybe (Day, Day), formatParseM (recurringIntervalFormat iso8601Format iso8601Format) "R3/2024-01-01/P1D" :: Maybe (Int, Day, CalendarDiffDays), iso8601ParseM "+0100" :: Maybe TimeZone, iso8601ParseM "2024-02-29T01:02:03Z" :: Maybe UTCTime)
  -- the locale
  print (defaultTimeLocale == defaultTimeLocale, defaultTimeLocale /= defaultTimeLocale, compare defaultTimeLocale defaultTimeLocale, defaultTimeLocale <= defaultTimeLocale, defaultTimeLocale > defaultTimeLocale)
  print (defaultTimeLocale >= defaultTimeLocale, max defaultTimeLocale defaultTimeLocale == min defaultTimeLocale defaultTimeLocale)
  print defaultTimeLocale
  print (showsPrec 11 defaultTimeLocale "" == "(" ++ show defaultTimeLocale ++ ")", length (showList [defaultTimeLocale] ""), iso8601DateFormat (Just "%H:%M"), rfc822DateFormat)
  -- parsing with every specifier
  let p :: ParseTime t => String -> String -> Maybe t
      p = parseTimeM True defaultTimeLocale
  print (p "%Y-%m-%d %H:%M:%S%Q %z" "2024-02-29 23:59:59.123 +0530" :: Maybe ZonedTime, p "%a %b %e %l:%M %p %Y" "Thu Feb 29  9:05 pm 2024" :: Maybe LocalTime)
  print (p "%G-W%V-%u" "2020-W53-7" :: Maybe Day, p "%Y %U %a" "2024 08 Thu" :: Maybe Day, p "%Y %W %A" "2024 09 Thursday" :: Maybe Day, p "%C%y %j" "20 24 060" :: Maybe Day, p "%s" "1709251199" :: Maybe UTCTime)
  print (p "%y%m%d %k%M %Z" "240229  905 PST" :: Maybe ZonedTime, p "%D %R" "02/29/24 23:59" :: Maybe LocalTime, p "%F %T %EZ" "2024-02-29 01:02:03 -08:00" :: Maybe ZonedTime, p "%H%M%S" "240000" :: Maybe TimeOfDay)
  print (p "%dd %Hh %Mm %Ss" "2d 3h 4m 5s" :: Maybe NominalDiffTime, p "%Ess" "-90.5s" :: Maybe DiffTime, p "%yy %bm %dd" "1y 2m 3d" :: Maybe CalendarDiffDays, p "%bm %ww %Hh" "14m 2w 5h" :: Maybe CalendarDiffTime)
  print (p "%z" "+01:30" :: Maybe TimeZone, p "%Z" "UTC" :: Maybe TimeZone, p "%Y-%m-%dT%H:%M" "2024-02-29T12:30" :: Maybe UniversalTime, p "%Es" "12.75" :: Maybe NominalDiffTime)
  where
    ut2lt = localTimeToUTC (hoursToTimeZone 9) (LocalTime (fromGregorian 1970 1 1) midnight)
    yearWeekFormatB = yearWeekFormat BasicFormat
