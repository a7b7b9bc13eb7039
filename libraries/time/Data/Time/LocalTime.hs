-- | Clean-room Data.Time.LocalTime for hs2stg (time-1.9.3).
module Data.Time.LocalTime
  ( TimeZone (..)
  , timeZoneOffsetString
  , timeZoneOffsetString'
  , minutesToTimeZone
  , hoursToTimeZone
  , utc
  , getTimeZone
  , getCurrentTimeZone
  , TimeOfDay (..)
  , midnight
  , midday
  , makeTimeOfDayValid
  , timeToTimeOfDay
  , timeOfDayToTime
  , utcToLocalTimeOfDay
  , timeToDaysAndTimeOfDay
  , daysAndTimeOfDayToTime
  , dayFractionToTimeOfDay
  , timeOfDayToDayFraction
  , localToUTCTimeOfDay
  , LocalTime (..)
  , utcToLocalTime
  , localTimeToUTC
  , addLocalTime
  , diffLocalTime
  , ut1ToLocalTime
  , localTimeToUT1
  , CalendarDiffTime (..)
  , calendarTimeDays
  , calendarTimeTime
  , scaleCalendarDiffTime
  , ZonedTime (..)
  , utcToZonedTime
  , zonedTimeToUTC
  , getZonedTime
  , utcToLocalZonedTime
  ) where

import Data.Time.LocalTime.Internal.CalendarDiffTime
import Data.Time.LocalTime.Internal.LocalTime
import Data.Time.LocalTime.Internal.TimeOfDay
import Data.Time.LocalTime.Internal.TimeZone
import Data.Time.LocalTime.Internal.ZonedTime
