-- Week dates, ordinal weeks, the Julian calendar, Easter, calendar durations and
-- their arithmetic (time-1.9.3), over edge days around year 0, MJD 0 and year ends.

import Data.Time
import Data.Time.Calendar.OrdinalDate
import Data.Time.Calendar.WeekDate
import Data.Time.Calendar.Julian
import Data.Time.Calendar.Easter
main :: IO ()
main = do
  let days = [ModifiedJulianDay n | n <- [-700000, -678576, -678575, -1, 0, 1, 40000, 51544, 58000, 59000, 59215, 59216, 59580, 60000]]
  mapM_ (\d -> print (d, toWeekDate d, mondayStartWeek d, sundayStartWeek d, toJulian d, showJulian d, showWeekDate d, showOrdinalDate d)) days
  print [fromWeekDate 2020 w d | w <- [0,1,52,53,54], d <- [0,1,7,8]]
  print [fromWeekDateValid 2020 w d | w <- [0,1,53,54], d <- [0,1,7,8]]
  print [fromMondayStartWeek 2021 w d | w <- [-1,0,1,52,53,54], d <- [0,1,7,8]]
  print [fromSundayStartWeek 2021 w d | w <- [-1,0,1,52,53,54], d <- [-1,0,6,7]]
  print [fromMondayStartWeekValid 2021 w d | w <- [0,1,52,53], d <- [0,1,7]]
  print [fromSundayStartWeekValid 2021 w d | w <- [0,1,52,53], d <- [0,6,7]]
  print [(y, gregorianEaster y, orthodoxEaster y, gregorianPaschalMoon y, orthodoxPaschalMoon y) | y <- [-5, 0, 1, 1583, 1900, 1961, 2000, 2019, 2024, 2025, 2100, 4099]]
  print [fromJulian y m d | (y,m,d) <- [(2000,2,29),(1900,2,29),(1,1,1),(0,0,0),(2020,13,40),(-1,12,31)]]
  print [fromJulianValid y m d | (y,m,d) <- [(2000,2,29),(1900,2,29),(1,1,1),(2021,2,29),(2020,13,40)]]
  print (isJulianLeapYear 1900, julianMonthLength 1900 2, toJulianYearAndDay (ModifiedJulianDay 0), fromJulianYearAndDay 2000 400, fromJulianYearAndDayValid 2001 366, showJulianYearAndDay (ModifiedJulianDay 5))
  let d1 = fromGregorian 2020 1 31; d2 = fromGregorian 2021 3 1
  print (addJulianMonthsClip 1 d1, addJulianMonthsRollOver 1 d1, addJulianYearsClip 1 (fromJulian 2020 2 29), addJulianYearsRollOver 1 (fromJulian 2020 2 29))
  let cds = [CalendarDiffDays m d | (m,d) <- [(0,0),(1,-3),(-14,40),(12,0)]]
  print cds
  print (calendarDay, calendarWeek, calendarMonth, calendarYear, scaleCalendarDiffDays 3 (CalendarDiffDays 1 2), mconcat cds, cds !! 1 == cds !! 1)
  print [ (addGregorianDurationClip c d1, addGregorianDurationRollOver c d1, addJulianDurationClip c d1, addJulianDurationRollOver c d1) | c <- cds]
  let pairs = [(fromGregorian y1 m1 dd1, fromGregorian y2 m2 dd2) | (y1,m1,dd1,y2,m2,dd2) <- [(2020,1,31,2020,3,1),(2020,3,1,2020,1,31),(2020,1,31,2020,2,29),(2019,5,31,2020,2,28),(2020,2,29,2021,2,28),(2021,2,28,2020,2,29),(2020,1,1,2020,1,1),(2020,5,15,2019,6,16)]]
  mapM_ (\(a,b) -> print (diffGregorianDurationClip a b, diffGregorianDurationRollOver a b, diffJulianDurationClip a b, diffJulianDurationRollOver a b)) pairs
  print [toEnum i :: DayOfWeek | i <- [0..8]]
  print (read "Tuesday" :: DayOfWeek, read " ( Sunday ) " :: DayOfWeek, reads "Mon" :: [(DayOfWeek,String)])
  print [(gregorianEaster y, orthodoxEaster y) | y <- [-100, -37 .. 2600]]
  print (sum [toModifiedJulianDay (gregorianPaschalMoon y) - toModifiedJulianDay (orthodoxPaschalMoon y) | y <- [-100 .. 2500]])
