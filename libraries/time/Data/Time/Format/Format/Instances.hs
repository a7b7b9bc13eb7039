{-# OPTIONS_GHC -Wno-orphans #-}
-- | Clean-room Data.Time.Format.Format.Instances for hs2stg (time-1.9.3):
-- the FormatTime instances (orphans here, as in the installed package).
-- Each specifier's defaults (padded or not, width, character) are as
-- time's documentation lists them and as observed of the installed package.
module Data.Time.Format.Format.Instances () where

import Data.Fixed (Fixed (..))
import Data.Time.Calendar.CalendarDiffDays
import Data.Time.Calendar.Days
import Data.Time.Calendar.Gregorian
import Data.Time.Calendar.OrdinalDate
import Data.Time.Calendar.Private
import Data.Time.Calendar.Week
import Data.Time.Calendar.WeekDate
import Data.Time.Clock.Internal.DiffTime
import Data.Time.Clock.Internal.NominalDiffTime
import Data.Time.Clock.Internal.UTCTime
import Data.Time.Clock.Internal.UniversalTime
import Data.Time.Clock.POSIX (utcTimeToPOSIXSeconds)
import Data.Time.Format.Format.Class
import Data.Time.Format.Locale
import Data.Time.LocalTime.Internal.CalendarDiffTime
import Data.Time.LocalTime.Internal.LocalTime
import Data.Time.LocalTime.Internal.TimeOfDay
import Data.Time.LocalTime.Internal.TimeZone
import Data.Time.LocalTime.Internal.ZonedTime

instance FormatTime TimeZone where
  formatCharacter alt 'z' = Just (\fo z -> offset alt fo z)
  formatCharacter alt 'Z' = Just zoneName
    where
      zoneName fo z
        | null (timeZoneName z) = offset alt fo z
        | otherwise = showPaddedString fo (timeZoneName z)
  formatCharacter _ _ = Nothing

-- | ±HHMM as a number padded to four digits by default; with `E`, ±HH:MM.
offset :: Bool -> FormatOptions -> TimeZone -> String
offset alt fo z = sign : digits
  where
    t = timeZoneMinutes z
    sign = if t < 0 then '-' else '+'
    (h, m) = abs t `divMod` 60
    digits
      | alt = padded (hoursPad (numberPad True 4 '0' fo)) h ++ ":" ++ padded (Pad 2 '0') m
      | otherwise = padded (numberPad True 4 '0' fo) (h * 100 + m)
    hoursPad (Pad w c) = Pad (w - 2) c
    hoursPad NoPad = NoPad

instance FormatTime TimeOfDay where
  formatCharacter _ c = case c of
    'R' -> Just (formatComposite (const "%H:%M"))
    'T' -> Just (formatComposite (const "%H:%M:%S"))
    'X' -> Just (formatComposite timeFmt)
    'r' -> Just (formatComposite time12Fmt)
    'P' -> Just (formatString (\l tod -> map toLowerAscii (dayHalf l tod)))
    'p' -> Just (formatString dayHalf)
    'H' -> Just (formatNumber True 2 '0' todHour)
    'k' -> Just (formatNumber True 2 ' ' todHour)
    'I' -> Just (formatNumber True 2 '0' hour12)
    'l' -> Just (formatNumber True 2 ' ' hour12)
    'M' -> Just (formatNumber True 2 '0' todMin)
    'S' -> Just (formatNumber True 2 '0' wholeSeconds)
    'q' -> Just (\fo tod -> fractionDigits (fractionPad True fo) (picoFraction tod))
    'Q' -> Just (\fo tod -> dotted (fractionDigits (fractionPad False fo) (picoFraction tod)))
    _ -> Nothing
    where
      hour12 tod = (todHour tod - 1) `mod` 12 + 1
      wholeSeconds tod = case todSec tod of MkFixed ps -> ps `div` 1000000000000
      dotted "" = ""
      dotted ds = '.' : ds

picoFraction :: TimeOfDay -> Integer
picoFraction tod = case todSec tod of MkFixed ps -> ps `mod` 1000000000000

dayHalf :: TimeLocale -> TimeOfDay -> String
dayHalf l tod = (if todHour tod < 12 then fst else snd) (amPm l)

toLowerAscii :: Char -> Char
toLowerAscii c
  | c >= 'A' && c <= 'Z' = toEnum (fromEnum c + 32)
  | otherwise = c

instance FormatTime DayOfWeek where
  formatCharacter _ c = case c of
    'u' -> Just (formatNumber True 1 '0' fromEnum)
    'w' -> Just (formatNumber True 1 '0' (\d -> fromEnum d `mod` 7))
    'a' -> Just (formatString (\l d -> snd (wDays l !! (fromEnum d `mod` 7))))
    'A' -> Just (formatString (\l d -> fst (wDays l !! (fromEnum d `mod` 7))))
    _ -> Nothing

instance FormatTime Day where
  formatCharacter _ c = case c of
    'D' -> Just (formatComposite (const "%m/%d/%y"))
    'F' -> Just (formatComposite (const "%Y-%m-%d"))
    'x' -> Just (formatComposite dateFmt)
    'Y' -> Just (formatNumber False 4 '0' year)
    'y' -> Just (formatNumber True 2 '0' (\d -> year d `mod` 100))
    'C' -> Just (formatNumber False 2 '0' (\d -> year d `div` 100))
    'B' -> Just (formatString (\l d -> fst (months l !! (month d - 1))))
    'b' -> Just (formatString (\l d -> snd (months l !! (month d - 1))))
    'h' -> Just (formatString (\l d -> snd (months l !! (month d - 1))))
    'm' -> Just (formatNumber True 2 '0' month)
    'd' -> Just (formatNumber True 2 '0' dayOfMonth)
    'e' -> Just (formatNumber True 2 ' ' dayOfMonth)
    'j' -> Just (formatNumber True 3 '0' (snd . toOrdinalDate))
    'G' -> Just (formatNumber False 4 '0' weekYear)
    'g' -> Just (formatNumber True 2 '0' (\d -> weekYear d `mod` 100))
    'f' -> Just (formatNumber False 2 '0' (\d -> weekYear d `div` 100))
    'V' -> Just (formatNumber True 2 '0' (\d -> case toWeekDate d of (_, w, _) -> w))
    'U' -> Just (formatNumber True 2 '0' (fst . sundayStartWeek))
    'W' -> Just (formatNumber True 2 '0' (fst . mondayStartWeek))
    _ -> fmap (\f fo d -> f fo (dayOfWeek d)) (formatCharacter False c)
    where
      year d = case toGregorian d of (y, _, _) -> y
      month d = case toGregorian d of (_, m, _) -> m
      dayOfMonth d = case toGregorian d of (_, _, dd) -> dd
      weekYear d = case toWeekDate d of (y, _, _) -> y

instance FormatTime LocalTime where
  formatCharacter _ 'c' = Just (formatComposite dateTimeFmt)
  formatCharacter alt c = case formatCharacter alt c of
    Just f -> Just (\fo lt -> f fo (localDay lt))
    Nothing -> fmap (\f fo lt -> f fo (localTimeOfDay lt)) (formatCharacter alt c)

instance FormatTime ZonedTime where
  formatCharacter _ 'c' = Just (formatComposite dateTimeFmt)
  formatCharacter _ 's' = Just (formatNumber False 1 '0' epochSeconds)
    where
      epochSeconds zt = case utcTimeToPOSIXSeconds (zonedTimeToUTC zt) of
        t -> floor t :: Integer
  formatCharacter alt c = case formatCharacter alt c of
    Just f -> Just (\fo zt -> f fo (zonedTimeToLocalTime zt))
    Nothing -> fmap (\f fo zt -> f fo (zonedTimeZone zt)) (formatCharacter alt c)

instance FormatTime UTCTime where
  formatCharacter alt c = fmap (\f fo t -> f fo (utcToZonedTime utc t)) (formatCharacter alt c)

instance FormatTime UniversalTime where
  formatCharacter alt c = fmap (\f fo t -> f fo (ut1Local t)) (formatCharacter alt c)
    where
      ut1Local (ModJulianDate r) = LocalTime (ModifiedJulianDay d) (timeToTimeOfDay (picosecondsToDiffTime (floor (f * 86400000000000000))))
        where
          d = floor r
          f = r - fromInteger d

-- | A duration's specifiers, on its picoseconds: totals and parts of the
-- next unit, both truncated towards zero (a negative duration's parts are
-- negative); `E` adds the seconds' decimals.
durationCharacter :: Bool -> Char -> Maybe (FormatOptions -> Integer -> String)
durationCharacter alt c = case c of
  'w' -> total (7 * 86400)
  'd' -> total 86400
  'D' -> part 86400 7 1
  'h' -> total 3600
  'H' -> part 3600 24 2
  'm' -> total 60
  'M' -> part 60 60 2
  's'
    | alt -> Just (\fo ps -> decimal fo False ps)
    | otherwise -> total 1
  'S'
    | alt -> Just (\fo ps -> decimal fo True (ps `rem` (60 * unit)))
    | otherwise -> part 1 60 2
  _ -> Nothing
  where
    unit = 1000000000000 :: Integer
    total n = Just (\fo ps -> padded (numberPad False 1 '0' fo) (ps `quot` (n * unit)))
    part n m w = Just (\fo ps -> padded (numberPad False w '0' fo) ((ps `quot` (n * unit)) `rem` m))

-- | Seconds with their decimals (the whole part padded to two digits when
-- it is a part of a minute and padding is asked for).
decimal :: FormatOptions -> Bool -> Integer -> String
decimal fo minutePart ps = sign ++ whole ++ fraction
  where
    unit = 1000000000000 :: Integer
    sign = if ps < 0 then "-" else ""
    (w, f) = abs ps `quotRem` unit
    opt = numberPad False 12 '0' fo
    whole = case opt of
      Pad _ ch | minutePart -> padded (Pad 2 ch) w
      _ -> show w
    fraction = case fractionDigits opt f of
      "" -> ""
      ds -> '.' : ds

instance FormatTime NominalDiffTime where
  formatCharacter alt c = fmap (\f fo (MkNominalDiffTime (MkFixed ps)) -> f fo ps) (durationCharacter alt c)

instance FormatTime DiffTime where
  formatCharacter alt c = fmap (\f fo t -> f fo (diffTimeToPicoseconds t)) (durationCharacter alt c)

-- | The month specifiers of calendar durations: total years and months,
-- months of the year.
monthsCharacter :: Char -> Maybe (FormatOptions -> Integer -> String)
monthsCharacter c = case c of
  'y' -> Just (\fo m -> padded (numberPad False 1 '0' fo) (m `quot` 12))
  'b' -> Just (\fo m -> padded (numberPad False 1 '0' fo) m)
  'B' -> Just (\fo m -> padded (numberPad False 2 '0' fo) (m `rem` 12))
  _ -> Nothing

instance FormatTime CalendarDiffDays where
  formatCharacter _ c = case monthsCharacter c of
    Just f -> Just (\fo cd -> f fo (cdMonths cd))
    Nothing -> case c of
      'w' -> Just (\fo cd -> padded (numberPad False 1 '0' fo) (cdDays cd `quot` 7))
      'd' -> Just (\fo cd -> padded (numberPad False 1 '0' fo) (cdDays cd))
      'D' -> Just (\fo cd -> padded (numberPad False 1 '0' fo) (cdDays cd `rem` 7))
      _ -> Nothing

instance FormatTime CalendarDiffTime where
  formatCharacter alt c = case monthsCharacter c of
    Just f -> Just (\fo ct -> f fo (ctMonths ct))
    Nothing -> fmap (\f fo ct -> case ctTime ct of MkNominalDiffTime (MkFixed ps) -> f fo ps) (durationCharacter alt c)
