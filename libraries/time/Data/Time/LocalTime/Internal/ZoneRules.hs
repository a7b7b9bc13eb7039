-- | hs2stg's own module (not in time-1.9.3): the local time zone as the C
-- library's localtime_r gives it to the installed package, worked out
-- black-box against glibc. The zone comes from the TZ environment variable,
-- read again at every call (a setEnv "TZ" is seen by the next call):
--   unset                  /etc/localtime (UTC when there is none)
--   ""                     Universal
--   ":name" or "name"      the TZif file name (absolute, or under $TZDIR,
--                          /usr/share/zoneinfo by default); when there is no
--                          such file, name read as a POSIX TZ rule string
--                          (`EST5EDT,M3.2.0,M11.1.0`, `<+0530>-5:30`)
-- A TZif file's transitions (version 2 and later: the 64-bit table) give
-- the zone up to its last transition, its footer rule after.
module Data.Time.LocalTime.Internal.ZoneRules
  ( localZoneAt
  ) where

import Control.Exception (IOException, evaluate, try)
import Data.Bits (shiftL, (.|.))
import Data.Char (isAlpha, isDigit, ord)
import Data.IORef (IORef, newIORef, readIORef, writeIORef)
import System.Environment (lookupEnv)
import System.IO
import System.IO.Unsafe (unsafePerformIO)

-- | The local zone's offset (seconds east of UTC), DST flag and name at a
-- time in seconds since the epoch.
localZoneAt :: Integer -> IO (Int, Bool, String)
localZoneAt t = do
  tz <- lookupEnv "TZ"
  let key = case tz of
        Nothing -> Nothing
        Just "" -> Just "Universal"
        Just (':' : name) -> Just name
        Just name -> Just name
  cached <- readIORef lastZone
  zone <- case cached of
    Just (k, z) | Just k == key -> return z
    _ -> do
      let name = maybe "/etc/localtime" id key
      dir <- lookupEnv "TZDIR"
      z <- loadZone name (maybe "/usr/share/zoneinfo" id dir)
      writeIORef lastZone (Just (name, z))
      return z
  return (zoneAt zone (fromInteger t))

-- | The zone last loaded and the TZ it was loaded for (as glibc's tzset,
-- which loads again only when TZ changes or is unset; TZDIR is read then).
lastZone :: IORef (Maybe (String, Zone))
lastZone = unsafePerformIO (newIORef Nothing)
{-# NOINLINE lastZone #-}

-- | The zone of a TZ value (its colon gone; /etc/localtime when unset):
-- the TZif file of that name, absolute or under the zone directory, else
-- the value as a POSIX TZ string; UTC when /etc/localtime is missing.
loadZone :: String -> FilePath -> IO Zone
loadZone name dir = do
  let path = if take 1 name == "/" then name else dir ++ "/" ++ name
  file <- if null name then return Nothing else readZoneFile path
  case file of
    Just z -> return z
    Nothing
      | name == "/etc/localtime" -> return (RuleZone (Rule utcType Nothing))
      | otherwise -> case parseTZ name of
          (r, True) -> return (RuleZone r)
          (r, False) -> do
            rules <- readZoneFile (dir ++ "/posixrules")
            return (maybe (RuleZone r) (withOffsetsOf r) rules)

-- | A zone: a table of transitions with a rule for later times, or a rule.
data Zone
  = Table [(Int, LocalType)] [LocalType] (Maybe Rule)
  | RuleZone Rule

-- | A local time type: offset east of UTC in seconds, DST, abbreviation.
type LocalType = (Int, Bool, String)

-- | A POSIX TZ rule: standard time, and DST with its start and end.
data Rule = Rule LocalType (Maybe (LocalType, Change, Change))

-- | When a change happens: its day of a year and the local time of day.
data Change = Change DayRule Int

data DayRule
  = Julian1 Int -- Jn: 1..365, February 29 never counted
  | Julian0 Int -- n: 0..365, February 29 counted
  | MonthWeek Int Int Int -- Mm.w.d

utcType :: LocalType
utcType = (0, False, "UTC")

-- | DST without change rules takes them from the posixrules file: its
-- transitions, moved so that they happen at the same local times with
-- this string's offsets, its types as this string's standard time or DST,
-- and its own footer rule after them. (Without the file, parseTZ's
-- M3.2.0,M11.1.0.)
withOffsetsOf :: Rule -> Zone -> Zone
withOffsetsOf r@(Rule _ Nothing) _ = RuleZone r
withOffsetsOf r@(Rule std (Just (dst, _, _))) zone = case zone of
  RuleZone _ -> RuleZone r
  Table trans types footer ->
    let oldStd = case [ty | ty@(_, False, _) <- types] of
          (ty : _) -> ty
          [] -> std
        new (_, isDst, _) = if isDst then dst else std
        befores = oldStd : map snd trans
        moved = [(t + off old - off (new old), new ty) | ((t, ty), old) <- zip trans befores]
        off (o, _, _) = fromIntegral o
     in Table moved (map new types) footer

-- | The zone at a time (seconds since the epoch).
zoneAt :: Zone -> Int -> LocalType
zoneAt (RuleZone r) t = ruleAt r t
zoneAt (Table trans types footer) t = case trans of
  [] -> firstType
  ((t0, _) : _)
    | t < t0 -> firstType
    | t >= fst (last trans), Just r <- footer -> ruleAt r t
    | otherwise -> snd (last (takeWhile ((<= t) . fst) trans))
  where
    -- before the first transition: the first standard-time type
    firstType = case filter (\(_, dst, _) -> not dst) types ++ types of
      (ty : _) -> ty
      [] -> utcType

-- Reading TZif files

readZoneFile :: FilePath -> IO (Maybe Zone)
readZoneFile path = do
  r <- try (withBinaryFile path ReadMode (\h -> hGetContents h >>= evaluate . bytesOf))
  return $ case r :: Either IOException [Int] of
    Left _ -> Nothing
    Right bytes -> parseTZif bytes
  where
    bytesOf s = let bs = map ord s in sum bs `seq` bs

-- | A TZif file's zone: the version 1 table, or for version 2 and later
-- the 64-bit table that follows it and the footer rule.
parseTZif :: [Int] -> Maybe Zone
parseTZif bytes = do
  (version, counts, rest) <- header bytes
  if version == 0
    then table 4 counts rest >>= \(tr, ty, _) -> return (Table tr ty Nothing)
    else do
      (_, _, rest1) <- table 4 counts rest >>= \(_, _, r) -> return ((), (), r)
      (_, counts2, rest2) <- header rest1
      (tr, ty, rest3) <- table 8 counts2 rest2
      return (Table tr ty (footer rest3))
  where
    header bs = case splitAt 44 bs of
      (h, rest) | length h == 44, take 4 h == map ord "TZif" ->
        let v = h !! 4
            cs = [be (take 4 (drop (20 + 4 * i) h)) | i <- [0 .. 5]]
         in Just (if v == 0 then 0 else 2 :: Int, cs, rest)
      _ -> Nothing
    table :: Int -> [Integer] -> [Int] -> Maybe ([(Int, LocalType)], [LocalType], [Int])
    table w [isut, isstd, leap, timecnt, typecnt, charcnt] bs
      | length bs < size = Nothing
      | otherwise = Just (zip times (map pick idxs), types, drop size bs)
      where
        n = fromInteger
        size = n timecnt * (w + 1) + n typecnt * 6 + n charcnt + n leap * (w + 4) + n isstd + n isut
        (timeBytes, r1) = splitAt (n timecnt * w) bs
        (idxBytes, r2) = splitAt (n timecnt) r1
        (typeBytes, r3) = splitAt (n typecnt * 6) r2
        chars = take (n charcnt) r3
        times = map (fromInteger . signedBE w) (chunks w timeBytes)
        idxs = idxBytes
        types = [(fromInteger (signedBE 4 (take 4 c)), c !! 4 /= 0, abbrev (c !! 5)) | c <- chunks 6 typeBytes]
        abbrev i = map toEnum (takeWhile (/= 0) (drop i chars))
        pick i = if i < length types then types !! i else utcType
    table _ _ _ = Nothing
    footer (10 : rest) =
      let s = map toEnum (takeWhile (/= 10) rest)
       in if null s then Nothing else Just (fst (parseTZ s))
    footer _ = Nothing

be :: [Int] -> Integer
be = foldl (\a b -> a `shiftL` 8 .|. fromIntegral b) 0

signedBE :: Int -> [Int] -> Integer
signedBE w bs = let v = be bs in if v >= 2 ^ (8 * w - 1) then v - 2 ^ (8 * w) else v

chunks :: Int -> [a] -> [[a]]
chunks _ [] = []
chunks k xs = let (a, b) = splitAt k xs in a : chunks k b

-- POSIX TZ strings

-- | A TZ string's rule, and whether it gave DST's change rules. As glibc:
-- a name that does not parse leaves the zone UTC with an empty name; an
-- offset that does not parse leaves it 0; DST's offset defaults to an hour
-- ahead; what follows the rules is ignored.
parseTZ :: String -> (Rule, Bool)
parseTZ s = case tzName s of
  Nothing -> (Rule (0, False, "") Nothing, True)
  Just (stdName, s1) -> case tzOffset s1 of
    Nothing -> (Rule (0, False, stdName) Nothing, True)
    Just (stdWest, s2) ->
      let std = (negate stdWest, False, stdName)
       in case tzName s2 of
            Nothing -> (Rule std Nothing, True)
            Just (dstName, s3) ->
              let (dstOff, s4) = case tzOffset s3 of
                    Just (w, rest) -> (negate w, rest)
                    Nothing -> (negate stdWest + 3600, s3)
                  dst = (dstOff, True, dstName)
               in case changes s4 of
                    Just (a, b) -> (Rule std (Just (dst, a, b)), True)
                    Nothing -> (Rule std (Just (dst, Change (MonthWeek 3 2 0) 7200, Change (MonthWeek 11 1 0) 7200)), False)
  where
    changes (',' : r) = do
      (a, r1) <- change r
      case r1 of
        ',' : r2 -> do
          (b, _) <- change r2
          Just (a, b)
        _ -> Nothing
    changes _ = Nothing
    change r = do
      (d, r1) <- dayRule r
      case r1 of
        '/' : r2 -> do
          (secs, r3) <- hms 167 r2
          Just (Change d secs, r3)
        _ -> Just (Change d 7200, r1)

-- | A zone name: three or more letters, or <...> of letters, digits, +, -.
tzName :: String -> Maybe (String, String)
tzName ('<' : r) =
  let (n, rest) = span (\c -> isAlpha c || isDigit c || c == '+' || c == '-') r
   in case rest of
        '>' : rest' | length n >= 3 -> Just (n, rest')
        _ -> Nothing
tzName r =
  let (n, rest) = span isAlpha r
   in if length n >= 3 then Just (n, rest) else Nothing

-- | An offset [+-]hh[:mm[:ss]], in seconds WEST of UTC (as written: '+'
-- or none is west); each field clamped as glibc does (hours 24, minutes
-- and seconds 59).
tzOffset :: String -> Maybe (Int, String)
tzOffset = hms 24

-- | [+-]hh[:mm[:ss]] in seconds, the hours at most maxH.
hms :: Int -> String -> Maybe (Int, String)
hms maxH r = case r of
  '+' : r1 -> fields 1 r1
  '-' : r1 -> fields (-1) r1
  _ -> fields 1 r
  where
    fields sg r1 = do
      (h, r2) <- number r1
      let (m, r3) = optField r2
          (sec, r4) = optField r3
      Just (sg * (min h maxH * 3600 + min m 59 * 60 + min sec 59), r4)
    optField (':' : r1) | Just (v, r2) <- number r1 = (v, r2)
    optField r1 = (0, r1)
    number r1 = case span isDigit r1 of
      ("", _) -> Nothing
      (ds, rest) -> Just (read ds, rest)

-- | Jn, n or Mm.w.d.
dayRule :: String -> Maybe (DayRule, String)
dayRule ('J' : r) = case span isDigit r of
  ("", _) -> Nothing
  (ds, rest) -> Just (Julian1 (read ds), rest)
dayRule ('M' : r) = do
  (m, r1) <- num r
  (w, r2) <- dotNum r1
  (d, r3) <- dotNum r2
  Just (MonthWeek m w d, r3)
  where
    num x = case span isDigit x of
      ("", _) -> Nothing
      (ds, rest) -> Just (read ds, rest)
    dotNum ('.' : x) = num x
    dotNum _ = Nothing
dayRule r = case span isDigit r of
  ("", _) -> Nothing
  (ds, rest) -> Just (Julian0 (read ds), rest)

-- Evaluating rules

-- | The rule at a time: DST when the time is between this year's (the
-- year of the UTC time) start and end, the other way round when the end
-- comes first (southern hemisphere).
ruleAt :: Rule -> Int -> LocalType
ruleAt (Rule std Nothing) _ = std
ruleAt (Rule std@(stdOff, _, _) (Just (dst@(dstOff, _, _), start, end))) t
  | s < e = if t >= s && t < e then dst else std
  | otherwise = if t < e || t >= s then dst else std
  where
    y = yearOf t
    s = changeAt y start - fromIntegral stdOff
    e = changeAt y end - fromIntegral dstOff

-- | A change's time in a year, as seconds since the epoch of the local
-- clock (its offset not yet taken away).
-- As glibc, a year before 1971 counts its days from 1970-01-01 (its
-- weekdays and leap day are still its own).
changeAt :: Int -> Change -> Int
changeAt y (Change d secs) = (base + dayOf d) * 86400 + secs
  where
    base = if y > 1970 then yearStart y else 0
    leap = isLeap y
    dayOf (Julian1 n) = n - 1 + (if leap && n >= 60 then 1 else 0)
    dayOf (Julian0 n) = n
    dayOf (MonthWeek m w wd) =
      let first = monthStart y m
          firstWd = (yearStart y + first + 4) `mod` 7 -- 1970-01-01 was a Thursday
          day1 = (fromIntegral wd - firstWd) `mod` 7
          len = monthLength leap m
          candidates = [day1 + 7 * k | k <- [0 .. fromIntegral w - 1], day1 + 7 * k < len]
       in first + last (day1 : candidates)

-- | Days from 1970-01-01 to the first of January of a year.
yearStart :: Int -> Int
yearStart y = 365 * (y - 1970) + leapsBefore y - leapsBefore 1970
  where
    leapsBefore x = let p = x - 1 in p `div` 4 - p `div` 100 + p `div` 400

yearOf :: Int -> Int
yearOf t
  | yearStart (y0 + 1) <= days = y0 + 1
  | yearStart y0 > days = y0 - 1
  | otherwise = y0
  where
    days = t `div` 86400
    -- 400 years are 146097 days: an estimate a year out at most
    y0 = 1970 + (days * 400) `div` 146097

isLeap :: Int -> Bool
isLeap y = (y `mod` 4 == 0 && y `mod` 100 /= 0) || y `mod` 400 == 0

monthLength :: Bool -> Int -> Int
monthLength leap m = case m of
  2 -> if leap then 29 else 28
  _ | m `elem` [4, 6, 9, 11] -> 30
  _ -> 31

-- | Days from the first of January to the first of a month.
monthStart :: Int -> Int -> Int
monthStart y m = cumulative !! (m - 1) + (if m > 2 && isLeap y then 1 else 0)
  where
    cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
