-- | Clean-room Data.Time.Calendar.Easter for hs2stg (time-1.9.3's API):
-- the ecclesiastical full moons of the Gregorian and Julian computus and
-- the Sundays that follow them.
module Data.Time.Calendar.Easter
  ( sundayAfter
  , orthodoxPaschalMoon
  , orthodoxEaster
  , gregorianPaschalMoon
  , gregorianEaster
  ) where

import Data.Time.Calendar.Days
import Data.Time.Calendar.Gregorian
import Data.Time.Calendar.Julian

-- | The first Sunday strictly after the day (MJD 4 was a Sunday).
sundayAfter :: Day -> Day
sundayAfter day@(ModifiedJulianDay d) = addDays (7 - (d + 3) `mod` 7) day

-- | The paschal full moon of the Julian computus: 19 April (Julian) less
-- the epact of the year's place in the 19-year Metonic cycle.
orthodoxPaschalMoon :: Integer -> Day
orthodoxPaschalMoon year = addDays (negate epact) (fromJulian jyear 4 19)
  where
    epact = (14 + 11 * (year `mod` 19)) `mod` 30
    jyear = if year > 0 then year else year - 1

orthodoxEaster :: Integer -> Day
orthodoxEaster = sundayAfter . orthodoxPaschalMoon

-- | The paschal full moon of the Gregorian computus: 19 April less the
-- epact corrected for the solar and lunar equations of the century. An
-- epact of 1 moves one more day when the golden number (from 0) is below
-- 10: observed of the installed package, for every year up to 6000.
gregorianPaschalMoon :: Integer -> Day
gregorianPaschalMoon year = addDays (negate adjusted) (fromGregorian year 4 19)
  where
    century = year `div` 100 + 1
    golden = year `mod` 19
    shifted = (14 + 11 * golden - (3 * century) `div` 4 + (5 + 8 * century) `div` 25) `mod` 30
    adjusted
      | shifted == 0 || (shifted == 1 && golden < 10) = shifted + 1
      | otherwise = shifted

gregorianEaster :: Integer -> Day
gregorianEaster = sundayAfter . gregorianPaschalMoon
