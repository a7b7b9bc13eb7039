{-# OPTIONS_GHC -Wno-orphans #-}
-- | Clean-room Data.Time.Format.Parse.Instances for hs2stg (time-1.9.3):
-- the ParseTime instances (orphans here, as in the installed package).
-- buildTime reads the (specifier, text) pairs in input order; which pair
-- wins where several set one field, the range checks and the defaults
-- (1970-01-01, a Thursday, midnight, offset 0) are as observed of the
-- installed package.
module Data.Time.Format.Parse.Instances
  ( -- the installed package's internals -O1 callers reach: the buildTime
    -- of TimeOfDay and of ZonedTime (parts of LocalTime's and UTCTime's)
    zz_zdfParseTimeLocalTimezuzdcbuildTime1
  , zz_zdfParseTimeUTCTimezuzdcbuildTime1
    -- and the duration types' buildTime workers (no locale) and pieces
  , zz_zdwzdcbuildTime
  , zz_zdwzdcbuildTime1
  , zz_zdwzdcbuildTime2
  , zz_zdwzdcbuildTime3
  , zz_zdfParseTimeCalendarDiffDayszugo1
  , zz_zdfParseTimeCalendarDiffDayszugo2
  , zz_zdfParseTimeCalendarDiffDayszugo3
  , zz_zdfParseTimeCalendarDiffTimezugo1
  ) where

import Data.Char (isDigit, toUpper)
import Data.Fixed (Fixed (..), Pico)
import Data.List (elemIndex, find, foldl')

import Data.Time.Calendar.CalendarDiffDays
import Data.Time.Calendar.Days
import Data.Time.Calendar.Gregorian
import Data.Time.Calendar.OrdinalDate
import Data.Time.Calendar.WeekDate
import Data.Time.Clock.Internal.DiffTime
import Data.Time.Clock.Internal.NominalDiffTime
import Data.Time.Clock.Internal.UTCTime
import Data.Time.Clock.Internal.UniversalTime
import Data.Time.Clock.POSIX (posixSecondsToUTCTime)
import Data.Time.Format.Locale
import Data.Time.Format.Parse.Class
import Data.Time.LocalTime.Internal.CalendarDiffTime
import Data.Time.LocalTime.Internal.LocalTime
import Data.Time.LocalTime.Internal.TimeOfDay
import Data.Time.LocalTime.Internal.TimeZone
import Data.Time.LocalTime.Internal.ZonedTime

-- | A decimal number, optionally negative.
decimal :: String -> Maybe Integer
decimal ('-' : ds) = negate <$> decimal ds
decimal ds@(_ : _) | all isDigit ds = Just (foldl' (\n d -> n * 10 + toInteger (fromEnum d - 48)) 0 ds)
decimal _ = Nothing

-- | A number in a range.
ranged :: Integer -> Integer -> String -> Maybe Int
ranged lo hi s = do
  n <- decimal s
  if n >= lo && n <= hi then Just (fromInteger n) else Nothing

-- | Fraction digits as picoseconds (the first twelve, padded on the right).
fractionPicos :: String -> Integer
fractionPicos ds = foldl' (\n d -> n * 10 + toInteger (fromEnum d - 48)) 0 (take 12 (ds ++ repeat '0'))

-- | The index of a name among the locale's, regardless of case.
nameIndex :: String -> [String] -> Maybe Int
nameIndex s names = elemIndex (map toUpper s) (map (map toUpper) names)

-- Day ------------------------------------------------------------------

-- | Which calendar the first of m/b/B, j, U, W, V chose, with its number.
data Calendar = Months Int | YearDay Int | SundayWeek Int | MondayWeek Int | IsoWeek Int

data DayFields = DayFields
  { dfCentury :: Maybe Integer
  , dfYear :: Maybe Integer -- ^ the year in the century
  , dfCalendar :: Maybe Calendar
  , dfDay :: Int
  , dfWeekDay :: Int -- ^ 1 (Monday) to 7 (Sunday)
  }

dayField :: TimeLocale -> DayFields -> (Char, String) -> Maybe DayFields
dayField l f (c, s) = case c of
  'Y' -> fullYear
  'G' -> fullYear
  'C' -> century
  'f' -> century
  'y' -> inCentury
  'g' -> inCentury
  'm' -> ranged 1 12 s >>= calendar . Months
  'b' -> monthName snd
  'B' -> monthName fst
  'd' -> (\d -> f {dfDay = d}) <$> ranged 1 31 s
  'e' -> (\d -> f {dfDay = d}) <$> ranged 1 31 s
  'j' -> ranged 1 366 s >>= calendar . YearDay
  'U' -> ranged 0 53 s >>= calendar . SundayWeek
  'W' -> ranged 0 53 s >>= calendar . MondayWeek
  'V' -> ranged 1 53 s >>= calendar . IsoWeek
  'u' -> weekDay <$> ranged 1 7 s
  'w' -> weekDay . sundayIs7 <$> ranged 0 6 s
  'a' -> weekDay . sundayIs7 <$> nameIndex s (map snd (wDays l))
  'A' -> weekDay . sundayIs7 <$> nameIndex s (map fst (wDays l))
  _ -> Just f
  where
    fullYear = do
      n <- decimal s
      let (cy, yy) = n `divMod` 100
      Just f {dfCentury = Just cy, dfYear = Just yy}
    century = (\n -> f {dfCentury = Just n}) <$> decimal s
    inCentury = (\n -> f {dfYear = Just n}) <$> decimal s
    calendar k = Just (maybe f {dfCalendar = Just k} (const f) (dfCalendar f))
    monthName pick = nameIndex s (map pick (months l)) >>= calendar . Months . (+ 1)
    weekDay d = f {dfWeekDay = d}
    sundayIs7 0 = 7
    sundayIs7 n = n

buildDay :: TimeLocale -> [(Char, String)] -> Maybe Day
buildDay l pairs = do
  f <- foldlM (dayField l) (DayFields Nothing Nothing Nothing 1 4) pairs
  let year = case (dfCentury f, dfYear f) of
        (Just cy, Just yy) -> cy * 100 + yy
        (Just cy, Nothing) -> cy * 100 + 70
        (Nothing, Just yy) -> if yy < 69 then 2000 + yy else 1900 + yy
        (Nothing, Nothing) -> 1970
      wd = dfWeekDay f
  case maybe (Months 1) id (dfCalendar f) of
    Months m -> fromGregorianValid year m (dfDay f)
    YearDay d -> fromOrdinalDateValid year d
    SundayWeek w -> fromSundayStartWeekValid year w (wd `mod` 7)
    MondayWeek w -> fromMondayStartWeekValid year w wd
    IsoWeek w -> fromWeekDateValid year w wd

foldlM :: (b -> a -> Maybe b) -> b -> [a] -> Maybe b
foldlM _ z [] = Just z
foldlM k z (x : xs) = k z x >>= \z' -> foldlM k z' xs

-- TimeOfDay ------------------------------------------------------------

-- | Hour, minute and seconds, each pair setting its field in turn (the
-- AM/PM marker moves the hour read so far).
todField :: TimeLocale -> (Int, Int, Pico) -> (Char, String) -> Maybe (Int, Int, Pico)
todField l t@(h, m, sec) (c, s) = case c of
  'H' -> (\h' -> (h', m, sec)) <$> ranged 0 23 s
  'k' -> (\h' -> (h', m, sec)) <$> ranged 0 23 s
  'I' -> (\h' -> (h', m, sec)) <$> ranged 1 12 s
  'l' -> (\h' -> (h', m, sec)) <$> ranged 1 12 s
  'p' -> meridian
  'P' -> meridian
  'M' -> (\m' -> (h, m', sec)) <$> ranged 0 59 s
  'S' -> (\s' -> (h, m, fromIntegral s')) <$> ranged 0 60 s
  'Q' -> case s of
    '.' : ds -> Just (h, m, whole + MkFixed (fractionPicos ds))
    _ -> Just t -- no fraction given: the one so far stays
  'q' -> (\n -> (h, m, whole + MkFixed n)) <$> decimal s
  _ -> Just t
  where
    whole = fromInteger (floor sec)
    -- the text in upper case against the locale's names as they are
    -- (so a locale with lower-case names never matches)
    meridian
      | map toUpper s == fst (amPm l) = Just (h `mod` 12, m, sec)
      | map toUpper s == snd (amPm l) = Just (h `mod` 12 + 12, m, sec)
      | otherwise = Nothing

buildTimeOfDay :: TimeLocale -> [(Char, String)] -> Maybe TimeOfDay
buildTimeOfDay l pairs = do
  (h, m, s) <- foldlM (todField l) (0, 0, 0) pairs
  makeTimeOfDayValid h m s

-- TimeZone -------------------------------------------------------------

-- | ±HHMM as minutes.
offsetMinutes :: String -> Maybe Int
offsetMinutes (sign : hh@[_, _]) = offsetMinutes (sign : hh ++ "00")
offsetMinutes (sign : h1 : h2 : m1 : m2 : []) = do
  h <- decimal [h1, h2]
  m <- decimal [m1, m2]
  let n = fromInteger (h * 60 + m)
  case sign of
    '+' -> Just n
    '-' -> Just (negate n)
    _ -> Nothing
offsetMinutes _ = Nothing

-- | A zone by name: the locale's (named as the input in upper case),
-- "UTC" as written, or a military letter in either case.
namedZone :: TimeLocale -> String -> Maybe TimeZone
namedZone l s = case find ((== map toUpper s) . timeZoneName) (knownTimeZones l) of
  Just z -> Just z
  Nothing
    | s == "UTC" -> Just (TimeZone 0 False "UTC")
    | [c] <- s -> military (toUpper c)
    | otherwise -> Nothing
  where
    military c
      | c >= 'A' && c <= 'I' = letter c (fromEnum c - fromEnum 'A' + 1)
      | c >= 'K' && c <= 'M' = letter c (fromEnum c - fromEnum 'K' + 10)
      | c >= 'N' && c <= 'Y' = letter c (negate (fromEnum c - fromEnum 'N' + 1))
      | c == 'Z' = letter c 0
      | otherwise = Nothing
    letter c hours = Just (TimeZone (hours * 60) False [c])

zoneField :: TimeLocale -> TimeZone -> (Char, String) -> Maybe TimeZone
zoneField l z (c, s) = case c of
  'z' -> setOffset
  'Z' -> case s of
    x : _ | x == '+' || x == '-' -> setOffset
    _ -> namedZone l s
  _ -> Just z
  where
    setOffset = (\n -> z {timeZoneMinutes = n}) <$> offsetMinutes s

buildTimeZone :: TimeLocale -> [(Char, String)] -> Maybe TimeZone
buildTimeZone l = foldlM (zoneField l) (TimeZone 0 False "")

-- Instances ------------------------------------------------------------

instance ParseTime Day where
  substituteTimeSpecifier _ = timeSubstituteTimeSpecifier
  parseTimeSpecifier _ = timeParseTimeSpecifier
  buildTime = buildDay

instance ParseTime TimeOfDay where
  substituteTimeSpecifier _ = timeSubstituteTimeSpecifier
  parseTimeSpecifier _ = timeParseTimeSpecifier
  buildTime = buildTimeOfDay

instance ParseTime LocalTime where
  substituteTimeSpecifier _ = timeSubstituteTimeSpecifier
  parseTimeSpecifier _ = timeParseTimeSpecifier
  buildTime l pairs = LocalTime <$> buildDay l pairs <*> buildTimeOfDay l pairs

instance ParseTime TimeZone where
  substituteTimeSpecifier _ = timeSubstituteTimeSpecifier
  parseTimeSpecifier _ = timeParseTimeSpecifier
  buildTime = buildTimeZone

zz_zdfParseTimeLocalTimezuzdcbuildTime1 :: TimeLocale -> [(Char, String)] -> Maybe TimeOfDay
zz_zdfParseTimeLocalTimezuzdcbuildTime1 = buildTimeOfDay

zz_zdfParseTimeUTCTimezuzdcbuildTime1 :: TimeLocale -> [(Char, String)] -> Maybe ZonedTime
zz_zdfParseTimeUTCTimezuzdcbuildTime1 = buildTime

-- | The local time in the zone; with %s, the POSIX time (the last %s, with
-- the fraction of the seconds %S/%Q/%q leave) seen in the zone instead (the
-- local time must still be valid).
instance ParseTime ZonedTime where
  substituteTimeSpecifier _ = timeSubstituteTimeSpecifier
  parseTimeSpecifier _ = timeParseTimeSpecifier
  buildTime l pairs = do
    zone <- buildTimeZone l pairs
    local <- buildTime l pairs
    case [s | ('s', s) <- pairs] of
      [] -> Just (ZonedTime local zone)
      ss -> do
        n <- decimal (last ss)
        (_, _, sec) <- foldlM (todField l) (0, 0, 0) [p | p@(c, _) <- pairs, c `elem` "SQq"]
        let posix = MkNominalDiffTime (fromInteger n + sec - fromInteger (floor sec))
        Just (utcToZonedTime zone (posixSecondsToUTCTime posix))

instance ParseTime UTCTime where
  substituteTimeSpecifier _ = timeSubstituteTimeSpecifier
  parseTimeSpecifier _ = timeParseTimeSpecifier
  buildTime l pairs = zonedTimeToUTC <$> buildTime l pairs

instance ParseTime UniversalTime where
  substituteTimeSpecifier _ = timeSubstituteTimeSpecifier
  parseTimeSpecifier _ = timeParseTimeSpecifier
  buildTime l pairs = localTimeToUT1 0 <$> buildTime l pairs

-- Durations ------------------------------------------------------------

-- | Seconds with an optional fraction ("1." is not one).
secondsValue :: String -> Maybe Pico
secondsValue ('-' : s) = negate <$> secondsValue s
secondsValue s = case break (== '.') s of
  (ws, "") -> fromInteger <$> decimal ws
  (ws, _ : fs@(_ : _)) | all isDigit fs -> (\w -> fromInteger w + MkFixed (fractionPicos fs)) <$> decimal ws
  _ -> Nothing

-- | The seconds one pair adds to a duration apart from its days and
-- weeks (months and years add none).
durationSeconds :: (Char, String) -> Maybe Pico
durationSeconds (c, s) = case c of
  'h' -> times 3600
  'H' -> times 3600
  'm' -> times 60
  'M' -> times 60
  's' -> secondsValue s
  'S' -> secondsValue s
  _ -> Just 0
  where
    times k = (\n -> fromInteger (n * k)) <$> decimal s

-- | The months one pair adds to a calendar duration.
durationMonths :: (Char, String) -> Maybe Integer
durationMonths (c, s) = case c of
  'y' -> (* 12) <$> decimal s
  'b' -> decimal s
  'B' -> decimal s
  _ -> Just 0

-- | The days one pair adds.
durationDays :: (Char, String) -> Maybe Integer
durationDays (c, s) = case c of
  'w' -> (* 7) <$> decimal s
  'd' -> decimal s
  'D' -> decimal s
  _ -> Just 0

-- The installed package's names for these pieces (-O1 callers inline the
-- workers below and call them): each pair's months, days and seconds,
-- and a sum onto a start.
zz_zdfParseTimeCalendarDiffDayszugo3, zz_zdfParseTimeCalendarDiffDayszugo2 :: [(Char, String)] -> Maybe [Integer]
zz_zdfParseTimeCalendarDiffDayszugo3 = mapM durationMonths
zz_zdfParseTimeCalendarDiffDayszugo2 = mapM durationDays

zz_zdfParseTimeCalendarDiffTimezugo1 :: [(Char, String)] -> Maybe [Pico]
zz_zdfParseTimeCalendarDiffTimezugo1 = mapM durationSeconds

zz_zdfParseTimeCalendarDiffDayszugo1 :: [Integer] -> Integer -> Integer
zz_zdfParseTimeCalendarDiffDayszugo1 xs start = foldl' (+) start xs

totalSeconds :: [(Char, String)] -> Maybe Pico
totalSeconds pairs = do
  days <- zz_zdfParseTimeCalendarDiffDayszugo2 pairs
  secs <- zz_zdfParseTimeCalendarDiffTimezugo1 pairs
  Just (fromInteger (zz_zdfParseTimeCalendarDiffDayszugo1 days 0 * 86400) + sum secs)

months' :: [(Char, String)] -> Maybe Integer
months' pairs = (`zz_zdfParseTimeCalendarDiffDayszugo1` 0) <$> zz_zdfParseTimeCalendarDiffDayszugo3 pairs

-- | buildTime of CalendarDiffDays, CalendarDiffTime, NominalDiffTime and
-- DiffTime without the locale (the workers -O1 callers call).
zz_zdwzdcbuildTime :: [(Char, String)] -> Maybe CalendarDiffDays
zz_zdwzdcbuildTime pairs =
  CalendarDiffDays <$> months' pairs <*> ((`zz_zdfParseTimeCalendarDiffDayszugo1` 0) <$> zz_zdfParseTimeCalendarDiffDayszugo2 pairs)

zz_zdwzdcbuildTime1 :: [(Char, String)] -> Maybe CalendarDiffTime
zz_zdwzdcbuildTime1 pairs = CalendarDiffTime <$> months' pairs <*> zz_zdwzdcbuildTime2 pairs

zz_zdwzdcbuildTime2 :: [(Char, String)] -> Maybe NominalDiffTime
zz_zdwzdcbuildTime2 pairs = MkNominalDiffTime <$> totalSeconds pairs

zz_zdwzdcbuildTime3 :: [(Char, String)] -> Maybe DiffTime
zz_zdwzdcbuildTime3 pairs = MkDiffTime <$> totalSeconds pairs

instance ParseTime NominalDiffTime where
  parseTimeSpecifier _ = durationParseTimeSpecifier
  buildTime _ = zz_zdwzdcbuildTime2

instance ParseTime DiffTime where
  parseTimeSpecifier _ = durationParseTimeSpecifier
  buildTime _ = zz_zdwzdcbuildTime3

instance ParseTime CalendarDiffDays where
  parseTimeSpecifier _ = durationParseTimeSpecifier
  buildTime _ = zz_zdwzdcbuildTime

instance ParseTime CalendarDiffTime where
  parseTimeSpecifier _ = durationParseTimeSpecifier
  buildTime _ = zz_zdwzdcbuildTime1
