-- Fixed UTC times: POSIX conversions, arithmetic and time's Show formats.
import Data.Time.Clock
import Data.Time.Clock.POSIX
import Data.Time.Calendar
import Data.Time

main :: IO ()
main = do
  let t = posixSecondsToUTCTime 1234567890.5
  print t
  print (utctDay t, utctDayTime t)
  print (utcTimeToPOSIXSeconds t)
  let t2 = addUTCTime 3600.25 t
  print t2
  print (diffUTCTime t2 t)
  print (diffUTCTime t t2)
  print (addUTCTime (-86400 * 365) t)
  print (posixSecondsToUTCTime 0)
  print (posixSecondsToUTCTime (-1))
  print (posixSecondsToUTCTime 1.000000000001)
  print (UTCTime (fromGregorian 2026 12 6) 58904.123)
  print (UTCTime (fromGregorian 2016 12 31) 86400.5)
  print (t < t2, t == t, compare t2 t, max t t2)
  print (nominalDay, posixDayLength)
  print (secondsToDiffTime 90, picosecondsToDiffTime 1500, diffTimeToPicoseconds 2.5)
  print (realToFrac (diffUTCTime t2 t) :: Double)
  print (0.5 :: NominalDiffTime, 0.5 :: DiffTime, 3 :: NominalDiffTime, -1.25 :: DiffTime)
  print (sum [1.5, 2.25, 3 :: NominalDiffTime], 10 / 4 :: NominalDiffTime)
  print (truncate (123.75 :: NominalDiffTime) :: Integer, round (2.5 :: DiffTime) :: Int)
  print (nominalDiffTimeToSeconds 12.5, secondsToNominalDiffTime 7)
  print (map utctDay [posixSecondsToUTCTime (fromIntegral (k * 86400)) | k <- [0 .. 3 :: Int]])
