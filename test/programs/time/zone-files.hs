-- The local time zone from time zone files: TZ set to Area/City names
-- (with and without the leading colon, absolute paths), times before the
-- first transition (LMT), inside the table, and past it (the file's footer
-- rule), negative DST (Europe/Dublin), half-hour and 45-minute zones,
-- TZDIR pointing nowhere (then a name is read as a POSIX string, as on a
-- machine without tzdata) or elsewhere, files that are not zone files, and
-- TZ unset (/etc/localtime). The expected output comes from GHC on the
-- same machine, so it holds whether or not tzdata is installed.
import Control.Monad
import Data.Time
import Data.Time.Clock.POSIX
import System.Environment

zoneAt :: Integer -> IO TimeZone
zoneAt s = getTimeZone (posixSecondsToUTCTime (fromInteger s))

describe :: TimeZone -> String
describe z = show z ++ "/" ++ show (timeZoneMinutes z) ++ (if timeZoneSummerOnly z then "D" else "")

main :: IO ()
main = do
  let go tz = do
        setEnv "TZ" tz
        zs <- mapM zoneAt [-5000000000, 0, 1700000000, 1720000000, 4000000000, 4200000000]
        putStrLn (show tz ++ " " ++ unwords (map describe zs))
  mapM_ go ["UTC", ":UTC", "Europe/Paris", ":Europe/Paris", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham", "/usr/share/zoneinfo/Europe/London", "EST5EDT", "Etc/GMT+5", "America/Sao_Paulo", "Asia/Tehran", "Europe/Dublin", "Africa/Casablanca", "ABC5DEF", "Asia/../Asia/Tokyo", "/etc/passwd", "/nonexistent", ""]
  setEnv "TZDIR" "/nonexistent-tzdir"
  mapM_ go ["Europe/Paris", "ABC5DEF", "Universal", "America/New_York", ":Asia/Tokyo"]
  setEnv "TZDIR" "/usr/share/zoneinfo/America"
  mapM_ go ["New_York", "Europe/Paris"]
  unsetEnv "TZDIR"
  -- TZ unchanged: the zone loaded with TZDIR=America is kept
  go "Europe/Paris"
  go "Europe/Berlin"
  unsetEnv "TZ"
  zs <- mapM zoneAt [0, 1700000000, 1720000000]
  putStrLn ("unset " ++ unwords (map describe zs))
  setEnv "TZ" "Europe/Paris"
  forM_ [1711846799, 1711846800, 1729990799, 1729990800, 4109878799, 4109878800] $ \s ->
    print =<< utcToLocalZonedTime (posixSecondsToUTCTime s)
