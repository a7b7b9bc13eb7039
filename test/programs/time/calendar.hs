-- Gregorian calendar: conversions, clipping, day arithmetic, week days.
import Data.Time.Calendar

main :: IO ()
main = do
  let d = fromGregorian 2024 2 29
  print d
  print (toGregorian d, toModifiedJulianDay d)
  print (fromGregorian 1858 11 17, fromGregorian 1970 1 1, fromGregorian 2000 1 1)
  print (fromGregorian 2023 2 30, fromGregorian 2023 13 1, fromGregorian 2023 0 0)
  print (fromGregorianValid 2023 2 29, fromGregorianValid 2024 2 29)
  print (map (toGregorian . ModifiedJulianDay) [-678575, -678576, 0, 51544, 60000, 100000])
  print (showGregorian (fromGregorian 1 1 1), showGregorian (fromGregorian 0 3 1))
  print (fromGregorian (-1) 12 31, fromGregorian 12345 6 7)
  print (addDays 1 d, addDays (-60) d, addDays 365 d)
  print (diffDays (fromGregorian 2026 12 6) (fromGregorian 2000 1 1))
  print (map (gregorianMonthLength 2023) [1 .. 12])
  print (map isLeapYear [1900, 2000, 2023, 2024, 2100, 0, -4])
  print (addGregorianMonthsClip 1 (fromGregorian 2023 1 31), addGregorianMonthsRollOver 1 (fromGregorian 2023 1 31))
  print (addGregorianYearsClip 1 d, addGregorianYearsRollOver 1 d)
  print (addGregorianMonthsClip (-13) (fromGregorian 2023 3 31))
  print (map dayOfWeek [fromGregorian 2026 12 6, fromGregorian 1970 1 1, d])
  print [Friday .. Tuesday]
  print (map fromEnum [Monday, Sunday], toEnum 0 :: DayOfWeek, toEnum 10 :: DayOfWeek)
  print ([fromGregorian 2023 12 30 .. fromGregorian 2024 1 2])
  print (d > fromGregorian 2024 1 1, compare d d, Monday == Monday, Monday /= Sunday)
  -- toGregorian and fromGregorian agree over a stretch of days
  let days = [ModifiedJulianDay n | n <- [-800000, -792081 .. 400000]]
  print (all (\x -> let (y, m, dd) = toGregorian x in fromGregorian y m dd == x) days)
