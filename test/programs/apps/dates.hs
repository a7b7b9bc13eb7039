-- Date and time arithmetic and formatting for a scheduling report: days,
-- week dates, ordinal and Julian dates, Easter, local and zoned times,
-- durations, formatTime with every specifier, parsing back, ISO 8601.
import Data.Time
import Data.Time.Calendar.OrdinalDate
import Data.Time.Calendar.WeekDate
import Data.Time.Calendar.Julian
import Data.Time.Calendar.Easter
import Data.Time.Calendar.MonthDay
import Data.Time.Clock.POSIX
import Data.Time.Clock.TAI
import Data.Time.Clock.System
import Data.Time.Format.ISO8601
import Data.Fixed (Pico)
import Text.ParserCombinators.ReadP (readP_to_S)

specs :: [String]
specs = words "%Y %y %C %B %b %h %m %d %e %j %f %V %U %W %u %w %a %A %G %g %D %F %x %H %I %k %l %M %S %q %Q %p %P %T %R %X %r %c %s %z %Z %Ez %EZ %0Y %-m %_d %^a %#B %10A %-3d %%"

main :: IO ()
main = do
  let d = fromGregorian 2024 2 29
      d2 = fromGregorian 1999 12 31
  print (d, toGregorian d, diffDays d d2, addDays 400 d, addGregorianMonthsClip 12 d, addGregorianMonthsRollOver 12 d, addGregorianYearsClip 1 d, addGregorianYearsRollOver 1 d)
  print (isLeapYear 2100, gregorianMonthLength 2023 2, fromGregorianValid 2023 2 29, showGregorian d2, dayOfWeek d, [dayOfWeek (addDays i d) | i <- [0 .. 6]])
  print (toOrdinalDate d, fromOrdinalDate 2023 365, fromOrdinalDateValid 2023 366, mondayStartWeek d, sundayStartWeek d, fromMondayStartWeek 2024 9 4, fromSundayStartWeek 2024 9 0, isLeapYear 2000)
  print (toWeekDate d, fromWeekDate 2020 53 5, fromWeekDateValid 2021 53 1, showWeekDate d2)
  print (toJulian d, fromJulian 2024 2 16, showJulian d, isJulianLeapYear 1900, toJulianYearAndDay d, julianMonthLength 1900 2, addJulianMonthsClip 1 d, addJulianYearsRollOver 1 d)
  print (sundayAfter d, orthodoxEaster 2024, gregorianEaster 2024, orthodoxPaschalMoon 2024, gregorianPaschalMoon 2025)
  print (monthAndDayToDayOfYear True 3 1, dayOfYearToMonthAndDay False 60, monthLength True 2, monthAndDayToDayOfYearValid False 2 29)
  let cd = CalendarDiffDays 14 3
  print (cd, cd <> calendarMonth, calendarYear, calendarWeek, calendarDay, scaleCalendarDiffDays 2 cd, addGregorianDurationClip cd d, addGregorianDurationRollOver cd d, diffGregorianDurationClip d d2, diffGregorianDurationRollOver d2 d)
  -- times
  let tod = TimeOfDay 13 45 30.25
      lt = LocalTime d tod
      tz = hoursToTimeZone (-5)
      tz2 = minutesToTimeZone 330
      zt = ZonedTime lt tz
      ut = localTimeToUTC tz lt
  print (tod, midnight, midday, makeTimeOfDayValid 25 0 0, timeToTimeOfDay 4000.5, timeOfDayToTime tod, dayFractionToTimeOfDay (3 / 4), timeOfDayToDayFraction tod)
  print (utcToLocalTimeOfDay tz2 tod, localToUTCTimeOfDay tz2 tod, timeZoneOffsetString tz2, timeZoneOffsetString' (Just '0') tz, tz, tz2, utc, TimeZone 60 True "CEST")
  print (lt, zt, ut, utcToZonedTime tz2 ut, zonedTimeToUTC zt, utcToLocalTime tz2 ut, addLocalTime 90000 lt, diffLocalTime lt (LocalTime d2 midnight))
  print (ut, addUTCTime (-86400.5) ut, diffUTCTime ut (UTCTime d2 0), utcTimeToPOSIXSeconds ut, posixSecondsToUTCTime 1e9, posixDayLength, nominalDay, utctDay ut, utctDayTime ut)
  print (ut1ToLocalTime 0.5 (ModJulianDate 60000.25), localTimeToUT1 0 lt, getModJulianDate (localTimeToUT1 (-0.25) lt))
  let dt = picosecondsToDiffTime 1234567890123 :: DiffTime
      nd = 3725.5 :: NominalDiffTime
  print (dt, secondsToDiffTime 90, diffTimeToPicoseconds dt, realToFrac dt :: Double, nd, nominalDiffTimeToSeconds nd, secondsToNominalDiffTime 2.5, nd * 2, nd / 3, negate nd, abs (-nd), signum nd, truncate nd :: Int, properFraction nd :: (Int, NominalDiffTime), recip (4 :: NominalDiffTime))
  print (dt + 1, dt - 2, dt * 3, dt / 7, abs dt, recip (8 :: DiffTime), fromRational 2.25 :: DiffTime, toRational dt, floor dt :: Integer, round nd :: Integer, ceiling nd :: Integer, [minBound, maxBound :: Int] == [minBound, maxBound])
  let ctd = CalendarDiffTime 2 7200
  print (ctd, ctd <> calendarTimeTime 60, calendarTimeDays cd, scaleCalendarDiffTime 3 ctd, mempty :: CalendarDiffTime)
  print (daysAndTimeOfDayToTime 2 tod, timeToDaysAndTimeOfDay 200000)
  -- TAI and system time
  let tai = addAbsoluteTime 5 taiEpoch
  print (tai, diffAbsoluteTime tai taiEpoch, utcToTAITime (const (Just 37)) ut, taiToUTCTime (const (Just 37)) tai, utcDayLength (const (Just 37)) d)
  print (MkSystemTime 1000000000 5, systemToUTCTime (MkSystemTime 86400 500000000), utcToSystemTime ut, systemToTAITime (MkSystemTime 10 0), systemEpochDay, truncateSystemTimeLeapSecond (MkSystemTime 5 1500000000))
  -- formatting
  mapM_ (\s -> putStrLn (s ++ " | " ++ formatTime defaultTimeLocale s zt ++ " | " ++ formatTime defaultTimeLocale s ut)) specs
  mapM_ (\s -> putStrLn (s ++ " | " ++ formatTime defaultTimeLocale s d ++ " | " ++ formatTime defaultTimeLocale s tod ++ " | " ++ formatTime defaultTimeLocale s lt)) (words "%Y-%m-%d %A %H:%M:%S%Q %j %l%p %0H")
  mapM_ (\s -> putStrLn (s ++ " | " ++ formatTime defaultTimeLocale s nd ++ " | " ++ formatTime defaultTimeLocale s dt ++ " | " ++ formatTime defaultTimeLocale s ctd ++ " | " ++ formatTime defaultTimeLocale s cd)) (words "%w %d %D %h %H %m %M %s %S %0S %f %F %y %b %B %Es %0Es %ES %0ES")
  putStrLn (formatTime defaultTimeLocale "%Z %z" tz2 ++ " " ++ formatTime defaultTimeLocale "%a %u %w" (dayOfWeek d) ++ " " ++ formatTime defaultTimeLocale (dateTimeFmt defaultTimeLocale) ut)
  print (knownTimeZones defaultTimeLocale, amPm defaultTimeLocale, dateFmt defaultTimeLocale, timeFmt defaultTimeLocale, time12Fmt defaultTimeLocale, iso8601DateFormat (Just "%H:%M"), rfc822DateFormat)
  -- parsing
  let p :: ParseTime t => String -> String -> Maybe t
      p = parseTimeM True defaultTimeLocale
  print (p "%Y-%m-%d" "2023-07-04" :: Maybe Day, p "%d/%m/%y %H:%M" "04/07/23 09:30" :: Maybe LocalTime, p "%H:%M:%S%Q" "23:59:60.5" :: Maybe TimeOfDay)
  print (p "%s" "1700000000" :: Maybe UTCTime, p "%Y-%m-%dT%H:%M:%S%z" "2020-01-01T10:00:00+0530" :: Maybe ZonedTime, p "%z" "-0800" :: Maybe TimeZone, p "%Z" "EST" :: Maybe TimeZone)
  print (p "%G-W%V-%u" "2020-W53-5" :: Maybe Day, p "%Y %j" "2024 366" :: Maybe Day, p "%a, %d %b %Y" "Thu, 29 Feb 2024" :: Maybe Day, p "%B %e %Y" "March  3 2001" :: Maybe Day, p "%Y-%m-%d" "2023-02-30" :: Maybe Day)
  print (parseTimeOrError True defaultTimeLocale "%F %T" "2001-02-03 04:05:06" :: UTCTime, readP_to_S (readPTime True defaultTimeLocale "%H:%M") "12:34 rest" :: [(TimeOfDay, String)], readSTime False defaultTimeLocale "%Y" " 1984" :: [(Day, String)])
  print (read "2020-05-06" :: Day, read "10:11:12.5" :: TimeOfDay, read "2020-05-06 10:11:12" :: LocalTime, read "2020-05-06 10:11:12 UTC" :: UTCTime, read "2020-05-06 10:11:12 +0100" :: ZonedTime, read "+0200" :: TimeZone)
  -- ISO 8601
  putStrLn (iso8601Show d ++ " " ++ iso8601Show tod ++ " " ++ iso8601Show lt ++ " " ++ iso8601Show ut ++ " " ++ iso8601Show zt ++ " " ++ iso8601Show tz2 ++ " " ++ iso8601Show cd ++ " " ++ iso8601Show ctd)
  print (iso8601ParseM "2021-03-04T05:06:07Z" :: Maybe UTCTime, iso8601ParseM "2021-03-04T05:06:07.25-02:00" :: Maybe ZonedTime, iso8601ParseM "P1Y2M3D" :: Maybe CalendarDiffDays, iso8601ParseM "P1DT2H" :: Maybe CalendarDiffTime, iso8601ParseM "bad" :: Maybe Day)
  putStrLn (formatShow (calendarFormat BasicFormat) d ++ " " ++ formatShow (ordinalDateFormat ExtendedFormat) d ++ " " ++ formatShow (weekDateFormat ExtendedFormat) d ++ " " ++ formatShow (timeOfDayFormat BasicFormat) tod ++ " " ++ formatShow (hourMinuteFormat ExtendedFormat) tod ++ " " ++ formatShow (hourFormat) tod ++ " " ++ formatShow (timeOffsetFormat BasicFormat) tz ++ " " ++ formatShow (withTimeDesignator (timeOfDayFormat ExtendedFormat)) tod ++ " " ++ formatShow (durationDaysFormat) cd ++ " " ++ formatShow (alternativeDurationDaysFormat ExtendedFormat) cd)
  print (formatParseM (yearMonthFormat) "2020-11" :: Maybe (Integer, Int), formatParseM (centuryFormat) "19" :: Maybe Integer, formatParseM (expandedCalendarFormat 6 ExtendedFormat) "+002020-11-12" :: Maybe Day, formatParseM (utcTimeFormat (calendarFormat ExtendedFormat) (timeOfDayFormat ExtendedFormat)) "2020-01-02T03:04:05Z" :: Maybe UTCTime, formatParseM (localTimeFormat (calendarFormat BasicFormat) (timeOfDayFormat BasicFormat)) "20200102T030405" :: Maybe LocalTime)
  -- comparisons and enumeration
  print (compare d d2, max tod midnight, [d2 .. addDays 3 d2], succ d, pred d, ut < addUTCTime 1 ut, zonedTimeToLocalTime zt == lt, fromEnum Sunday, take 9 [Monday ..], toModifiedJulianDay d, ModifiedJulianDay 0)
  print (picosecondsToDiffTime 1 :: DiffTime, (0.1 :: Pico), toEnum 5 :: DayOfWeek)
