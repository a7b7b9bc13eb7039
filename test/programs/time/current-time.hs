-- getCurrentTime: only properties (real clock values differ between runs).
import Data.Time.Clock
import Data.Time.Clock.POSIX
import Data.Time.Calendar

main :: IO ()
main = do
  t1 <- getCurrentTime
  p <- getPOSIXTime
  t2 <- getCurrentTime
  print (t1 <= t2)
  let (y, _, _) = toGregorian (utctDay t1)
  print (y >= 2024 && y < 2200)
  print (utctDayTime t1 >= 0 && utctDayTime t1 < 86401)
  print (abs (utcTimeToPOSIXSeconds t1 - p) < 60)
  print (diffUTCTime t2 t1 >= 0 && diffUTCTime t2 t1 < 60)
  print (length (show t1) >= length "2024-01-01 00:00:00 UTC")
  print (posixSecondsToUTCTime (utcTimeToPOSIXSeconds t1) == t1)
