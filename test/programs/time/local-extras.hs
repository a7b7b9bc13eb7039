-- CalendarDiffTime, local time arithmetic, UT1 and day fractions.
import Data.Time
import Data.Time.LocalTime
main :: IO ()
main = do
  print [CalendarDiffTime 0 0, CalendarDiffTime 3 (-90.5), calendarTimeDays (CalendarDiffDays 2 3), calendarTimeTime 7200, scaleCalendarDiffTime (-2) (CalendarDiffTime 1 1.25), CalendarDiffTime 1 2 <> mempty <> CalendarDiffTime 2 3.5]
  print (CalendarDiffTime 1 2 == CalendarDiffTime 1 2, CalendarDiffTime 1 2 == CalendarDiffTime 1 3)
  let lt = LocalTime (fromGregorian 2020 2 29) (TimeOfDay 23 0 0)
  print (addLocalTime 7200.5 lt, diffLocalTime lt (LocalTime (fromGregorian 2019 1 1) midnight))
  print (ut1ToLocalTime 0 (ModJulianDate 59000.75), ut1ToLocalTime 90 (ModJulianDate 59000.75), localTimeToUT1 (-45) lt, localTimeToUT1 0 lt)
  print (ModJulianDate 59000.123, ModJulianDate (-1.5))
  print (timeToDaysAndTimeOfDay 100000.5, timeToDaysAndTimeOfDay (-1), daysAndTimeOfDayToTime 2 (TimeOfDay 1 2 3.5), dayFractionToTimeOfDay 0.75, dayFractionToTimeOfDay (1/3), timeOfDayToDayFraction (TimeOfDay 18 0 0), dayFractionToTimeOfDay 1.5)
