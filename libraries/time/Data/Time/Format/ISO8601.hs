{-# LANGUAGE EmptyDataDecls, UnboxedTuples #-}
-- | Clean-room Data.Time.Format.ISO8601 for hs2stg (time-1.9.3's API from
-- `ghc --show-iface`): the ISO 8601 text formats of the time types, as
-- Data.Format formats. What each format shows and accepts (digit counts,
-- signs, separators, ranges, durations' parts) was worked out black-box
-- against the installed package; see test/programs/time/iso8601-*.hs.
module Data.Time.Format.ISO8601
  ( Format
  , formatShowM
  , formatShow
  , formatReadP
  , formatParseM
  , ISO8601 (..)
  , iso8601Show
  , iso8601ParseM
  , FormatExtension (..)
  , formatReadPExtension
  , parseFormatExtension
  , calendarFormat
  , yearMonthFormat
  , yearFormat
  , centuryFormat
  , expandedCalendarFormat
  , expandedYearMonthFormat
  , expandedYearFormat
  , expandedCenturyFormat
  , ordinalDateFormat
  , expandedOrdinalDateFormat
  , weekDateFormat
  , yearWeekFormat
  , expandedWeekDateFormat
  , expandedYearWeekFormat
  , timeOfDayFormat
  , hourMinuteFormat
  , hourFormat
  , withTimeDesignator
  , withUTCDesignator
  , timeOffsetFormat
  , timeOfDayAndOffsetFormat
  , localTimeFormat
  , zonedTimeFormat
  , utcTimeFormat
  , dayAndTimeFormat
  , timeAndOffsetFormat
  , durationDaysFormat
  , durationTimeFormat
  , alternativeDurationDaysFormat
  , alternativeDurationTimeFormat
  , intervalFormat
  , recurringIntervalFormat
  , zz_zdwcalendarFormat
  , zz_zdwordinalDateFormat
  , zz_zdwweekDateFormat
  , zz_zdwtimeOfDayFormat
  , zz_zdwtimeOffsetFormat
  , zz_zdwalternativeDurationDaysFormat
  , zz_zdwalternativeDurationTimeFormat
  , zz_zdwexpandedCalendarFormat
  , zz_zdwexpandedOrdinalDateFormat
  , zz_zdwexpandedWeekDateFormat
  , zz_zdwexpandedYearWeekFormat
  , zz_zdwexpandedYearFormat
  , zz_zdwexpandedCenturyFormat
  , zz_zdwexpandedYearMonthFormat
  , zz_zdwintervalFormat
  , zz_zdwrecurringIntervalFormat
  , zz_zdwlocalTimeFormat
  , zz_zdwutcTimeFormat
  , zz_zdwzzonedTimeFormat
  , zz_zdwwithTimeDesignator
  , zz_zdwwithUTCDesignator
  , zz_zdfISO8601Day1
  , zz_zdfISO8601Day5
  , zz_zdfISO8601Day2
  , zz_calendarFormat1
  , zz_calendarFormat2
  , zz_zdwww2
  , zz_zdwww3
  , zz_yearWeekFormat3
  , zz_hourMinuteFormat3
  , zz_hourMinuteFormat2
  , zz_hourMinuteFormat1
  , zz_hourMinuteFormatzuww7
  , zz_hourFormat1
  , zz_zdfISO8601LocalTimezuzdciso8601Format1
  , zz_hourFormat5
  ) where

import Data.Char (isDigit)
import Data.Fixed (Fixed (..), HasResolution (..), Pico)
import Data.Format
import Data.Time.Calendar.CalendarDiffDays
import Data.Time.Calendar.Days
import Data.Time.Calendar.Gregorian
import Data.Time.Calendar.OrdinalDate
import Data.Time.Calendar.WeekDate
import Data.Time.Clock.Internal.NominalDiffTime
import Data.Time.Clock.Internal.UTCTime
import Data.Time.LocalTime.Internal.CalendarDiffTime
import Data.Time.LocalTime.Internal.LocalTime
import Data.Time.LocalTime.Internal.TimeOfDay
import Data.Time.LocalTime.Internal.TimeZone
import Data.Time.LocalTime.Internal.ZonedTime
import Text.ParserCombinators.ReadP

-- | ISO 8601's two forms: with separators (`2024-02-29`, `12:30:00`) or
-- without (`20240229`, `123000`).
data FormatExtension = ExtendedFormat | BasicFormat

-- | Both forms: what either reads.
formatReadPExtension :: (FormatExtension -> Format t) -> ReadP t
formatReadPExtension ff = formatReadP (ff ExtendedFormat) +++ formatReadP (ff BasicFormat)

parseFormatExtension :: MonadFail m => (FormatExtension -> Format t) -> String -> m t
parseFormatExtension ff = parseReader (formatReadPExtension ff)

-- | A separator the extended form has and the basic one leaves out.
sepFormat :: String -> FormatExtension -> Format ()
sepFormat s ExtendedFormat = literalFormat s
sepFormat _ BasicFormat = literalFormat ""

dash, colon :: FormatExtension -> Format ()
dash = sepFormat "-"
colon = sepFormat ":"

-- | n digits at least (shown) and exactly (read), no sign.
digitsFormat :: Int -> Format Int
digitsFormat n = integerFormat NoSign (Just n)

-- | A year of ordinary form (4 digits, '-' when negative) or of expanded
-- form (a sign always, n digits).
plainYear :: Format Integer
plainYear = integerFormat NegSign (Just 4)

expandedYear :: Int -> Format Integer
expandedYear n = integerFormat PosNegSign (Just n)

-- Calendar dates

gregorianWith :: Format Integer -> FormatExtension -> Format Day
gregorianWith yf fe =
  gregorianFrom (yf <**> dash fe **> digitsFormat 2 <**> dash fe **> digitsFormat 2)

gregorianFrom :: Format (Integer, (Int, Int)) -> Format Day
gregorianFrom =
  mapMFormat
    (\(y, (m, d)) -> fromGregorianValid y m d)
    (\day -> let (y, m, d) = toGregorian day in Just (y, (m, d)))

calendarFormat :: FormatExtension -> Format Day
calendarFormat = gregorianWith plainYear

expandedCalendarFormat :: Int -> FormatExtension -> Format Day
expandedCalendarFormat n = gregorianWith (expandedYear n)

yearMonthFormat :: Format (Integer, Int)
yearMonthFormat = plainYear <**> literalFormat "-" **> digitsFormat 2

expandedYearMonthFormat :: Int -> Format (Integer, Int)
expandedYearMonthFormat n = expandedYear n <**> literalFormat "-" **> digitsFormat 2

yearFormat :: Format Integer
yearFormat = plainYear

expandedYearFormat :: Int -> Format Integer
expandedYearFormat = expandedYear

centuryFormat :: Format Integer
centuryFormat = integerFormat NegSign (Just 2)

expandedCenturyFormat :: Int -> Format Integer
expandedCenturyFormat = expandedYear

ordinalWith :: Format Integer -> FormatExtension -> Format Day
ordinalWith yf fe =
  mapMFormat
    (uncurry fromOrdinalDateValid)
    (Just . toOrdinalDate)
    (yf <**> dash fe **> digitsFormat 3)

ordinalDateFormat :: FormatExtension -> Format Day
ordinalDateFormat = ordinalWith plainYear

expandedOrdinalDateFormat :: Int -> FormatExtension -> Format Day
expandedOrdinalDateFormat n = ordinalWith (expandedYear n)

yearWeekWith :: Format Integer -> FormatExtension -> Format (Integer, Int)
yearWeekWith yf fe = yf <**> dash fe **> literalFormat "W" **> digitsFormat 2

weekDateWith :: Format Integer -> FormatExtension -> Format Day
weekDateWith yf fe =
  mapMFormat
    (\((y, w), d) -> fromWeekDateValid y w d)
    (\day -> let (y, w, d) = toWeekDate day in Just ((y, w), d))
    (yearWeekWith yf fe <**> dash fe **> digitsFormat 1)

weekDateFormat :: FormatExtension -> Format Day
weekDateFormat = weekDateWith plainYear

expandedWeekDateFormat :: Int -> FormatExtension -> Format Day
expandedWeekDateFormat n = weekDateWith (expandedYear n)

yearWeekFormat :: FormatExtension -> Format (Integer, Int)
yearWeekFormat = yearWeekWith plainYear

expandedYearWeekFormat :: Int -> FormatExtension -> Format (Integer, Int)
expandedYearWeekFormat n = yearWeekWith (expandedYear n)

-- Times of day

-- | The resolutions of hourMinuteFormat's minutes and hourFormat's hours.
data E14

data E16

instance HasResolution E14 where
  resolution _ = 100000000000000

instance HasResolution E16 where
  resolution _ = 10000000000000000

-- | A decimal's whole part of 2 digits, no sign.
decimal2 :: (Show t, Read t, Num t) => Format t
decimal2 = decimalFormat NoSign (Just 2)

timeOfDayFormat :: FormatExtension -> Format TimeOfDay
timeOfDayFormat fe =
  mapMFormat
    (\(h, (m, s)) -> makeTimeOfDayValid h m s)
    (\(TimeOfDay h m s) -> Just (h, (m, s)))
    (digitsFormat 2 <**> colon fe **> digitsFormat 2 <**> colon fe **> (decimal2 :: Format Pico))

-- | The fraction of a resolution r (truncated, as the package shows).
truncateTo :: HasResolution r => Rational -> Fixed r
truncateTo x = let f = MkFixed (floor (x * fromInteger (resolution f))) in f

-- | A time of day from its seconds since midnight, rounded to picoseconds;
-- none at 24:00 or later.
todFromSeconds :: Rational -> Maybe TimeOfDay
todFromSeconds x
  | ps >= 86400 * 10 ^ (12 :: Int) = Nothing
  | otherwise = Just (TimeOfDay (fromInteger h) (fromInteger m) (MkFixed s))
  where
    ps = round (x * 10 ^ (12 :: Int)) :: Integer
    (hm, s) = ps `divMod` (60 * 10 ^ (12 :: Int))
    (h, m) = hm `divMod` 60

todSeconds :: TimeOfDay -> Rational
todSeconds (TimeOfDay h m s) = fromIntegral h * 3600 + fromIntegral m * 60 + toRational s

hourMinuteFormat :: FormatExtension -> Format TimeOfDay
hourMinuteFormat fe = todFromHoursMinutes (hoursMinutes fe)

hoursMinutes :: FormatExtension -> Format (Int, Fixed E14)
hoursMinutes fe = digitsFormat 2 <**> colon fe **> decimal2

todFromHoursMinutes :: Format (Int, Fixed E14) -> Format TimeOfDay
todFromHoursMinutes =
  mapMFormat
    (\(h, m) -> todFromSeconds ((fromIntegral h * 60 + toRational m) * 60))
    (\tod -> let total = truncateTo (todSeconds tod / 60) :: Fixed E14; h = floor (total / 60) :: Int in Just (h, total - 60 * fromIntegral h))

hourFormat :: Format TimeOfDay
hourFormat =
  mapMFormat
    (\h -> todFromSeconds (toRational h * 3600))
    (\tod -> Just (truncateTo (todSeconds tod / 3600)))
    (decimal2 :: Format (Fixed E16))

withTimeDesignator :: Format t -> Format t
withTimeDesignator f = literalFormat "T" **> f

withUTCDesignator :: Format t -> Format t
withUTCDesignator f = f <** literalFormat "Z"

-- | An offset from UTC: a sign always, hours (2 digits at least) and
-- minutes.
timeOffsetFormat :: FormatExtension -> Format TimeZone
timeOffsetFormat fe =
  isoMap
    (\(sg, (h, m)) -> minutesToTimeZone (sg * (h * 60 + m)))
    (\z -> let t = timeZoneMinutes z; (h, m) = abs t `divMod` 60 in (if t < 0 then -1 else 1, (h, m)))
    (mandatorySignFormat <**> digitsFormat 2 <**> colon fe **> digitsFormat 2)

timeAndOffsetFormat :: Format t -> FormatExtension -> Format (t, TimeZone)
timeAndOffsetFormat tf fe = tf <**> timeOffsetFormat fe

timeOfDayAndOffsetFormat :: FormatExtension -> Format (TimeOfDay, TimeZone)
timeOfDayAndOffsetFormat fe = timeAndOffsetFormat (timeOfDayFormat fe) fe

dayAndTimeFormat :: Format Day -> Format time -> Format (Day, time)
dayAndTimeFormat df tf = df <**> withTimeDesignator tf

localTimeFormat :: Format Day -> Format TimeOfDay -> Format LocalTime
localTimeFormat df tf =
  isoMap (uncurry LocalTime) (\(LocalTime d t) -> (d, t)) (dayAndTimeFormat df tf)

zonedTimeFormat :: Format Day -> Format TimeOfDay -> FormatExtension -> Format ZonedTime
zonedTimeFormat df tf fe =
  isoMap
    (uncurry ZonedTime)
    (\(ZonedTime l z) -> (l, z))
    (timeAndOffsetFormat (localTimeFormat df tf) fe)

utcTimeFormat :: Format Day -> Format TimeOfDay -> Format UTCTime
utcTimeFormat df tf =
  isoMap (localTimeToUTC utc) (utcToLocalTime utc) (withUTCDesignator (localTimeFormat df tf))

-- Durations

-- | A duration's part: digits and its designator letter; left out, 0.
partP :: Char -> ReadP Integer
partP c = option 0 (read <$> munch1 isDigit <* char c)

-- | The seconds' part, with an optional fraction.
secondsP :: ReadP Pico
secondsP = option 0 $ do
  i <- munch1 isDigit
  f <- option "" (satisfy (`elem` ".,") >> many1 (satisfy isDigit))
  _ <- char 'S'
  return (read (i ++ (if null f then "" else '.' : f)))

-- | The text of the parts that are not zero ("P0D" when all are).
partsText :: [(Integer, Char)] -> [String] -> String
partsText dateParts timeParts = case concat [show n ++ [c] | (n, c) <- dateParts, n /= 0] of
  "" | null timeParts -> "P0D"
  ds -> 'P' : ds ++ (if null timeParts then "" else 'T' : concat timeParts)

-- | Y, M, W and D parts: the months and the days.
datePartsP :: ReadP (Integer, Integer)
datePartsP = do
  _ <- char 'P'
  y <- partP 'Y'
  m <- partP 'M'
  w <- partP 'W'
  d <- partP 'D'
  return (12 * y + m, 7 * w + d)

durationDaysFormat :: Format CalendarDiffDays
durationDaysFormat = MkFormat showDays readDays
  where
    showDays (CalendarDiffDays m d)
      | m < 0 || d < 0 = Nothing
      | otherwise = let (y, mo) = m `divMod` 12 in Just (partsText [(y, 'Y'), (mo, 'M'), (d, 'D')] [])
    readDays = uncurry CalendarDiffDays <$> datePartsP

-- | A duration's seconds as days, hours, minutes and seconds.
splitSeconds :: NominalDiffTime -> (Integer, Integer, Integer, Pico)
splitSeconds t = (d, h, mi, MkFixed (ps - 60 * 10 ^ (12 :: Int) * hm))
  where
    ps = floor (toRational t * 10 ^ (12 :: Int)) :: Integer
    secs = ps `div` (10 ^ (12 :: Int))
    hm = secs `div` 60
    (dh, mi) = hm `divMod` 60
    (d, h) = dh `divMod` 24

-- | Pico's text without trailing zeros (and without a bare '.').
picoText :: Pico -> String
picoText p = case break (== '.') (show p) of
  (i, f) -> case reverse (dropWhile (== '0') (reverse f)) of
    "." -> i
    f' -> i ++ f'

durationTimeFormat :: Format CalendarDiffTime
durationTimeFormat = MkFormat showTime readTime
  where
    showTime (CalendarDiffTime m t)
      | m < 0 || t < 0 = Nothing
      | otherwise =
          let (y, mo) = m `divMod` 12
              (d, h, mi, s) = splitSeconds t
              tparts = [show n ++ [c] | (n, c) <- [(h, 'H'), (mi, 'M')], n /= 0] ++ [picoText s ++ "S" | s /= 0]
           in Just (partsText [(y, 'Y'), (mo, 'M'), (d, 'D')] tparts)
    readTime = do
      (m, d) <- datePartsP
      secs <- option 0 $ do
        _ <- char 'T'
        h <- partP 'H'
        mi <- partP 'M'
        s <- secondsP
        return (fromInteger (h * 3600 + mi * 60) + realToFrac s)
      return (CalendarDiffTime m (fromInteger (d * 86400) + secs))

-- | The alternative form's date part: P, years (4 digits), months (to 12
-- when read, below 12 shown), days (to 30).
alternativeDateFormat :: FormatExtension -> Format (Integer, Integer)
alternativeDateFormat fe =
  mapMFormat
    (\(y, (mo, d)) -> Just (12 * y + mo, d))
    (\(m, d) -> let (y, mo) = m `divMod` 12 in Just (y, (mo, d)))
    ( literalFormat "P"
        **> clipFormat (0, 9999) (integerFormat NoSign (Just 4))
        <**> dash fe
        **> clipFormat (0, 12) (integerFormat NoSign (Just 2))
        <**> dash fe
        **> clipFormat (0, 30) (integerFormat NoSign (Just 2))
    )

alternativeDurationDaysFormat :: FormatExtension -> Format CalendarDiffDays
alternativeDurationDaysFormat fe =
  isoMap (uncurry CalendarDiffDays) (\(CalendarDiffDays m d) -> (m, d)) (alternativeDateFormat fe)

alternativeDurationTimeFormat :: FormatExtension -> Format CalendarDiffTime
alternativeDurationTimeFormat fe =
  mapMFormat
    (\((m, d), (h, (mi, s))) -> Just (CalendarDiffTime m (fromInteger (d * 86400 + h * 3600 + mi * 60) + realToFrac s)))
    ( \(CalendarDiffTime m t) ->
        let (d, h, mi, s) = splitSeconds t in if t < 0 then Nothing else Just ((m, d), (h, (mi, s)))
    )
    ( alternativeDateFormat fe
        <**> literalFormat "T"
        **> clipFormat (0, 24) (integerFormat NoSign (Just 2))
        <**> colon fe
        **> clipFormat (0, 60) (integerFormat NoSign (Just 2))
        <**> colon fe
        **> clipFormat (0, 60) (decimal2 :: Format Pico)
    )

-- Intervals

intervalFormat :: Format a -> Format b -> Format (a, b)
intervalFormat fa fb = (fa <** literalFormat "/") <**> fb

recurringIntervalFormat :: Format a -> Format b -> Format (Int, a, b)
recurringIntervalFormat fa fb =
  isoMap
    (\(n, (a, b)) -> (n, a, b))
    (\(n, a, b) -> (n, (a, b)))
    (literalFormat "R" **> integerFormat NoSign Nothing <**> literalFormat "/" **> intervalFormat fa fb)

-- The class

class ISO8601 t where
  iso8601Format :: Format t

iso8601Show :: ISO8601 t => t -> String
iso8601Show = formatShow iso8601Format

iso8601ParseM :: (MonadFail m, ISO8601 t) => String -> m t
iso8601ParseM = formatParseM iso8601Format

instance ISO8601 Day where
  iso8601Format = calendarFormat ExtendedFormat

instance ISO8601 TimeOfDay where
  iso8601Format = timeOfDayFormat ExtendedFormat

instance ISO8601 TimeZone where
  iso8601Format = timeOffsetFormat ExtendedFormat

instance ISO8601 LocalTime where
  iso8601Format = localTimeFormat iso8601Format iso8601Format

instance ISO8601 ZonedTime where
  iso8601Format = zonedTimeFormat iso8601Format iso8601Format ExtendedFormat

instance ISO8601 UTCTime where
  iso8601Format = utcTimeFormat iso8601Format iso8601Format

instance ISO8601 CalendarDiffDays where
  iso8601Format = durationDaysFormat

instance ISO8601 CalendarDiffTime where
  iso8601Format = durationTimeFormat

-- -O1 callers: the workers of the formats, which give the Format's two
-- fields apart, and the pieces GHC floated out of the installed module
-- (its extended calendar date as year-and-dash and month-dash-day, its
-- basic forms' readers and shows), by their installed names.

type Fields t = (# t -> Maybe String, ReadP t #)

fields :: Format t -> Fields t
fields (MkFormat sh r) = (# sh, r #)

zz_zdwcalendarFormat :: FormatExtension -> Fields Day
zz_zdwcalendarFormat fe = fields (calendarFormat fe)

zz_zdwordinalDateFormat :: FormatExtension -> Fields Day
zz_zdwordinalDateFormat fe = fields (ordinalDateFormat fe)

zz_zdwweekDateFormat :: FormatExtension -> Fields Day
zz_zdwweekDateFormat fe = fields (weekDateFormat fe)

zz_zdwtimeOfDayFormat :: FormatExtension -> Fields TimeOfDay
zz_zdwtimeOfDayFormat fe = fields (timeOfDayFormat fe)

zz_zdwtimeOffsetFormat :: FormatExtension -> Fields TimeZone
zz_zdwtimeOffsetFormat fe = fields (timeOffsetFormat fe)

zz_zdwalternativeDurationDaysFormat :: FormatExtension -> Fields CalendarDiffDays
zz_zdwalternativeDurationDaysFormat fe = fields (alternativeDurationDaysFormat fe)

zz_zdwalternativeDurationTimeFormat :: FormatExtension -> Fields CalendarDiffTime
zz_zdwalternativeDurationTimeFormat fe = fields (alternativeDurationTimeFormat fe)

zz_zdwexpandedCalendarFormat :: Int -> FormatExtension -> Fields Day
zz_zdwexpandedCalendarFormat k fe = fields (expandedCalendarFormat k fe)

zz_zdwexpandedOrdinalDateFormat :: Int -> FormatExtension -> Fields Day
zz_zdwexpandedOrdinalDateFormat k fe = fields (expandedOrdinalDateFormat k fe)

zz_zdwexpandedWeekDateFormat :: Int -> FormatExtension -> Fields Day
zz_zdwexpandedWeekDateFormat k fe = fields (expandedWeekDateFormat k fe)

zz_zdwexpandedYearWeekFormat :: Int -> FormatExtension -> Fields (Integer, Int)
zz_zdwexpandedYearWeekFormat k fe = fields (expandedYearWeekFormat k fe)

zz_zdwexpandedYearFormat :: Int -> Fields Integer
zz_zdwexpandedYearFormat k = fields (expandedYearFormat k)

zz_zdwexpandedCenturyFormat :: Int -> Fields Integer
zz_zdwexpandedCenturyFormat k = fields (expandedCenturyFormat k)

zz_zdwexpandedYearMonthFormat :: Int -> Fields (Integer, Int)
zz_zdwexpandedYearMonthFormat k = fields (expandedYearMonthFormat k)

zz_zdwintervalFormat :: (a -> Maybe String) -> ReadP a -> (b -> Maybe String) -> ReadP b -> Fields (a, b)
zz_zdwintervalFormat sa ra sb rb = fields (intervalFormat (MkFormat sa ra) (MkFormat sb rb))

zz_zdwrecurringIntervalFormat :: (a -> Maybe String) -> ReadP a -> (b -> Maybe String) -> ReadP b -> Fields (Int, a, b)
zz_zdwrecurringIntervalFormat sa ra sb rb = fields (recurringIntervalFormat (MkFormat sa ra) (MkFormat sb rb))

zz_zdwlocalTimeFormat :: (Day -> Maybe String) -> ReadP Day -> (TimeOfDay -> Maybe String) -> ReadP TimeOfDay -> Fields LocalTime
zz_zdwlocalTimeFormat sa ra sb rb = fields (localTimeFormat (MkFormat sa ra) (MkFormat sb rb))

zz_zdwutcTimeFormat :: (Day -> Maybe String) -> ReadP Day -> (TimeOfDay -> Maybe String) -> ReadP TimeOfDay -> Fields UTCTime
zz_zdwutcTimeFormat sa ra sb rb = fields (utcTimeFormat (MkFormat sa ra) (MkFormat sb rb))

zz_zdwzzonedTimeFormat :: (Day -> Maybe String) -> ReadP Day -> (TimeOfDay -> Maybe String) -> ReadP TimeOfDay -> FormatExtension -> Fields ZonedTime
zz_zdwzzonedTimeFormat sa ra sb rb fe = fields (zonedTimeFormat (MkFormat sa ra) (MkFormat sb rb) fe)

zz_zdwwithTimeDesignator :: (t -> Maybe String) -> ReadP t -> Fields t
zz_zdwwithTimeDesignator sh r = fields (withTimeDesignator (MkFormat sh r))

zz_zdwwithUTCDesignator :: (t -> Maybe String) -> ReadP t -> Fields t
zz_zdwwithUTCDesignator sh r = fields (withUTCDesignator (MkFormat sh r))

-- | The calendar date from its year-month-day tuple format.
zz_zdfISO8601Day1 :: ((Integer, (Int, Int)) -> Maybe String) -> ReadP (Integer, (Int, Int)) -> Fields Day
zz_zdfISO8601Day1 sh r = fields (gregorianFrom (MkFormat sh r))

-- | The extended calendar date's year with its dash, and month-dash-day.
zz_zdfISO8601Day5 :: Format Integer
zz_zdfISO8601Day5 = plainYear <** literalFormat "-"

zz_zdfISO8601Day2 :: Format (Int, Int)
zz_zdfISO8601Day2 = (digitsFormat 2 <** literalFormat "-") <**> digitsFormat 2

-- | The basic calendar date's tuple, read and shown.
basicYMD :: Format (Integer, (Int, Int))
basicYMD = plainYear <**> digitsFormat 2 <**> digitsFormat 2

zz_calendarFormat1 :: ReadP (Integer, (Int, Int))
zz_calendarFormat1 = formatReadP basicYMD

zz_calendarFormat2 :: (Integer, (Int, Int)) -> Maybe String
zz_calendarFormat2 = formatShowM basicYMD

-- | yearMonthFormat's and the basic yearWeekFormat's shows, the pair apart.
zz_zdwww2 :: Integer -> Int -> Maybe String
zz_zdwww2 y m = formatShowM yearMonthFormat (y, m)

zz_zdwww3 :: Integer -> Int -> Maybe String
zz_zdwww3 y w = formatShowM (yearWeekFormat BasicFormat) (y, w)

zz_yearWeekFormat3 :: Format (Integer, Int)
zz_yearWeekFormat3 = yearWeekFormat ExtendedFormat

-- | hourMinuteFormat's pieces: the extended (hours, minutes) format, the
-- time of day from it, the basic one's reader and show.
zz_hourMinuteFormat3 :: Format (Int, Fixed E14)
zz_hourMinuteFormat3 = hoursMinutes ExtendedFormat

zz_hourMinuteFormat2 :: ((Int, Fixed E14) -> Maybe String) -> ReadP (Int, Fixed E14) -> Fields TimeOfDay
zz_hourMinuteFormat2 sh r = fields (todFromHoursMinutes (MkFormat sh r))

zz_hourMinuteFormat1 :: ReadP (Int, Fixed E14)
zz_hourMinuteFormat1 = formatReadP (hoursMinutes BasicFormat)

zz_hourMinuteFormatzuww7 :: (Int, Fixed E14) -> Maybe String
zz_hourMinuteFormatzuww7 = formatShowM (hoursMinutes BasicFormat)

-- | hourFormat's reader and show.
zz_hourFormat1 :: ReadP TimeOfDay
zz_hourFormat1 = formatReadP hourFormat

zz_hourFormat5 :: TimeOfDay -> Maybe String
zz_hourFormat5 = formatShowM hourFormat


-- | The LocalTime instance's time of day format (a floated constant of
-- the installed module, not a class method).
zz_zdfISO8601LocalTimezuzdciso8601Format1 :: Format TimeOfDay
zz_zdfISO8601LocalTimezuzdciso8601Format1 = timeOfDayFormat ExtendedFormat
