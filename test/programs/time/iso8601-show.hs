-- ISO 8601 shows (Data.Time.Format.ISO8601): iso8601Show of every type,
-- every format in both forms, edge values (negative and 5-digit years,
-- picoseconds, leap seconds, negative offsets, durations with zero parts,
-- values a format cannot show: Nothing).
import Data.Time
import Data.Time.Format.ISO8601
import Data.Time.Calendar.WeekDate
main :: IO ()
main = do
  let days = [fromGregorian 2024 2 29, fromGregorian (-5) 1 1, fromGregorian 12345 12 31, fromGregorian 0 6 7, fromGregorian 999 1 1, fromGregorian (-12345) 3 3]
  mapM_ (putStrLn . iso8601Show) days
  let tods = [TimeOfDay 0 0 0, TimeOfDay 23 59 60.5, TimeOfDay 1 2 3.000000000001, TimeOfDay 12 30 0.1]
  mapM_ (putStrLn . iso8601Show) tods
  mapM_ (putStrLn . iso8601Show) [utc, minutesToTimeZone (-330), minutesToTimeZone 0, minutesToTimeZone 754, TimeZone (-1) True "X"]
  let lt = LocalTime (head days) (tods !! 1)
  putStrLn (iso8601Show lt)
  putStrLn (iso8601Show (ZonedTime lt (minutesToTimeZone (-330))))
  putStrLn (iso8601Show (UTCTime (fromGregorian 2020 1 1) 3600.25))
  mapM_ (print . formatShowM iso8601Format) [CalendarDiffDays 0 0, CalendarDiffDays 14 3, CalendarDiffDays (-1) 5, CalendarDiffDays 0 (-7), CalendarDiffDays 12 0]
  mapM_ (print . formatShowM iso8601Format) [CalendarDiffTime 0 0, CalendarDiffTime 14 3, CalendarDiffTime 1 86400.5, CalendarDiffTime 0 (-90061), CalendarDiffTime 0 3600, CalendarDiffTime 0 60, CalendarDiffTime 0 0.001, CalendarDiffTime 0 90000]
  let fs = [ExtendedFormat, BasicFormat]
  mapM_ (\f -> mapM_ (print . formatShowM (calendarFormat f)) days) fs
  mapM_ (\f -> mapM_ (print . formatShowM (ordinalDateFormat f)) days) fs
  mapM_ (\f -> mapM_ (print . formatShowM (weekDateFormat f)) days) fs
  mapM_ (\f -> print (formatShowM (yearWeekFormat f) (2020, 3))) fs
  mapM_ (print . formatShowM yearMonthFormat) [(2020, 3), (-3, 12), (10000, 1)]
  mapM_ (print . formatShowM yearFormat) [2020, -3, 10000, 0]
  mapM_ (print . formatShowM centuryFormat) [20, -3, 100, 0]
  mapM_ (\n -> print (formatShowM (expandedCalendarFormat n ExtendedFormat) (head days), formatShowM (expandedCalendarFormat n BasicFormat) (days !! 1))) [0, 1, 4, 6]
  mapM_ (\n -> print (formatShowM (expandedOrdinalDateFormat n ExtendedFormat) (head days), formatShowM (expandedWeekDateFormat n BasicFormat) (days !! 1))) [4, 6]
  mapM_ (\n -> print (formatShowM (expandedYearMonthFormat n) (2020, 3), formatShowM (expandedYearFormat n) 2020, formatShowM (expandedCenturyFormat n) 20, formatShowM (expandedYearWeekFormat n ExtendedFormat) (-20,53))) [2, 4, 6]
  mapM_ (\f -> mapM_ (print . formatShowM (timeOfDayFormat f)) tods) fs
  mapM_ (\f -> mapM_ (print . formatShowM (hourMinuteFormat f)) tods) fs
  mapM_ (print . formatShowM hourFormat) tods
  mapM_ (\f -> print (formatShowM (timeOffsetFormat f) (minutesToTimeZone (-330)), formatShowM (timeOfDayAndOffsetFormat f) (tods !! 2, utc))) fs
  print (formatShowM (withTimeDesignator (timeOfDayFormat ExtendedFormat)) (tods !! 3))
  print (formatShowM (withUTCDesignator (timeOfDayFormat ExtendedFormat)) (tods !! 3))
  mapM_ (\f -> print (formatShowM (localTimeFormat (calendarFormat f) (timeOfDayFormat f)) lt, formatShowM (zonedTimeFormat (calendarFormat f) (timeOfDayFormat f) f) (ZonedTime lt utc), formatShowM (utcTimeFormat (calendarFormat f) (timeOfDayFormat f)) (UTCTime (head days) 5))) fs
  print (formatShowM (dayAndTimeFormat (calendarFormat BasicFormat) (timeOfDayFormat BasicFormat)) (head days, tods !! 0))
  print (formatShowM (timeAndOffsetFormat (timeOfDayFormat BasicFormat) BasicFormat) (tods !! 0, minutesToTimeZone 60))
  mapM_ (\f -> mapM_ (print . formatShowM (alternativeDurationDaysFormat f)) [CalendarDiffDays 0 0, CalendarDiffDays 14 3, CalendarDiffDays (-1) 5, CalendarDiffDays 12 400]) fs
  mapM_ (\f -> mapM_ (print . formatShowM (alternativeDurationTimeFormat f)) [CalendarDiffTime 0 0, CalendarDiffTime 14 3, CalendarDiffTime 1 86400.5, CalendarDiffTime 0 (-90061), CalendarDiffTime 13 (40*86400)]) fs
  print (formatShowM durationDaysFormat (CalendarDiffDays 0 0), formatShowM durationTimeFormat (CalendarDiffTime 0 0.5))
  print (formatShowM (intervalFormat (calendarFormat ExtendedFormat) durationDaysFormat) (head days, CalendarDiffDays 1 2))
  print (formatShowM (recurringIntervalFormat (calendarFormat ExtendedFormat) durationDaysFormat) (3, head days, CalendarDiffDays 1 2))
  print (formatShowM (recurringIntervalFormat (calendarFormat ExtendedFormat) durationDaysFormat) (-3, head days, CalendarDiffDays 1 2))
  print (formatShowM (calendarFormat ExtendedFormat) (fromGregorian 10000 1 1), formatShowM (calendarFormat ExtendedFormat) (fromGregorian (-1) 1 1))
  print (formatShowM (yearMonthFormat) (2020, 13), formatShowM (yearWeekFormat ExtendedFormat) (2020, 0), formatShowM (yearWeekFormat ExtendedFormat) (2020, 60))
  print (formatShowM (hourMinuteFormat ExtendedFormat) (TimeOfDay 25 61 0), formatShowM (timeOfDayFormat ExtendedFormat) (TimeOfDay 25 61 70), formatShowM (timeOfDayFormat ExtendedFormat) (TimeOfDay (-1) 0 0))
  print (formatShowM (timeOffsetFormat ExtendedFormat) (minutesToTimeZone 6000), formatShowM (timeOffsetFormat ExtendedFormat) (minutesToTimeZone (-6000)))
  mapM_ (print . formatShowM (alternativeDurationDaysFormat ExtendedFormat)) [CalendarDiffDays 0 29, CalendarDiffDays 0 30, CalendarDiffDays 0 31, CalendarDiffDays (12*9999+11) 0, CalendarDiffDays (12*10000) 0]
  mapM_ (print . formatShowM (alternativeDurationTimeFormat ExtendedFormat)) [CalendarDiffTime 0 (30*86400), CalendarDiffTime 0 (31*86400), CalendarDiffTime 0 (86399.999), CalendarDiffTime 0 (3600*24)]
