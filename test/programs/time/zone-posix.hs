-- The local time zone from POSIX TZ rule strings the program sets itself
-- (no time zone files needed): getTimeZone's offset, DST flag and name for
-- names, offsets and change rules of every form (Jn, n, Mm.w.d, times past
-- 24h and negative, southern hemisphere, <quoted> names), what glibc does
-- with strings that do not parse, the exact second of each change (found
-- by bisection), years before 1971, and that a setEnv "TZ" is seen by the
-- next call. getZonedTime and getCurrentTimeZone read the clock: only their
-- zone is printed, in a zone without DST.
import Control.Monad
import Data.Time
import Data.Time.Clock.POSIX
import System.Environment

zoneAt :: Integer -> IO TimeZone
zoneAt s = getTimeZone (posixSecondsToUTCTime (fromInteger s))

describe :: TimeZone -> String
describe z = show z ++ "/" ++ show (timeZoneMinutes z) ++ (if timeZoneSummerOnly z then "D" else "")

-- | The seconds in [from, to] where the zone changes, to the second: steps
-- of 30 days first, then bisection inside the step of a change.
changes :: Integer -> Integer -> IO [(Integer, String)]
changes from to = do
  let days = [from, from + 30 * 86400 .. to]
  zs <- mapM (fmap describe . zoneAt) days
  fmap concat $ forM (zip3 days zs (drop 1 zs)) $ \(d, z0, z1) ->
    if z0 == z1 then return [] else do
      s <- bisect d (d + 30 * 86400) z0
      return [(s, z1)]
  where
    bisect lo hi z0
      | hi - lo <= 1 = return hi
      | otherwise = do
          let mid = (lo + hi) `div` 2
          z <- describe <$> zoneAt mid
          if z == z0 then bisect mid hi z0 else bisect lo mid z0

main :: IO ()
main = do
  forM_ ["12", "AB", "ABC", "ABC5", "ABC-5", "ABC+5:30:20", "ABC5DEF4,M3.2.0,M11.1.0", "ABC5DEF,J60,J300", "ABC5DEF,60,300", "<AB1>5<CD2>,M3.2.0,M11.1.0", "UTC0", ":ABC5", "ABC5DEF,M3.2.0,M11.1.0x", "ABC 5", "ABC24", "ABC25", "ABC5DEF3,M3.2.0,M11.1.0", "<+0530>-5:30", "ABC-1:2:3DEF-4:5:6,M1.1.1,M12.5.6"] $ \tz -> do
    setEnv "TZ" tz
    zs <- mapM zoneAt [-5000000000, 0, 1700000000, 1720000000, 4000000000]
    putStrLn (show tz ++ " " ++ unwords (map describe zs))
  forM_ ["CET-1CEST,M3.5.0,M10.5.0/3", "AEST-10AEDT,M10.1.0,M4.1.0/3", "ABC5DEF,J60/0,J300/23:30", "ABC5DEF,59,300/-2", "XYZ-3:30XYW-4:30,M3.5.5/25,M10.1.6/-3"] $ \tz -> do
    setEnv "TZ" tz
    c2024 <- changes 1704067200 1735689600
    putStrLn (tz ++ ": " ++ show c2024)
  setEnv "TZ" "EST5EDT,M3.2.0,M11.1.0"
  let t = posixSecondsToUTCTime
  zs <- mapM (getTimeZone . t) [1710054000 - 0.5, 1710054000, 1710053999.999, 1710054000.5]
  print zs
  setEnv "TZ" "ABC-5:30"
  z1 <- getCurrentTimeZone
  zt <- getZonedTime
  print (z1, zonedTimeZone zt, timeZoneMinutes z1)
  setEnv "TZ" "XYZ+3"
  z2 <- getCurrentTimeZone
  zt2 <- utcToLocalZonedTime (t 1720000000.25)
  print (z2, zt2)
  unsetEnv "TZ"
  setEnv "TZ" "CET-1CEST,M3.5.0,M10.5.0/3"
  print =<< mapM (\s -> utcToLocalZonedTime (t s)) [1711846799, 1711846800, 1729990799, 1729990800]
