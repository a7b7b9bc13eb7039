-- time's pieces -O1 code reaches: NFData TimeZone (rnf of the name, the
-- floated $fNFDataTimeZone_go), ISO 8601 decimals without trailing zeros
-- (Data.Format's trimTrailing), the clock's resolution (1 ns, CLOCK_REALTIME)
-- and a SystemTime's nanoseconds (compared, not printed).
import Control.DeepSeq (force, rnf)
import Data.Time
import Data.Time.Clock.System
import Data.Time.Format.ISO8601

main :: IO ()
main = do
  print (force (TimeZone 60 False "CET"))
  print (rnf (TimeZone 0 True ""), rnf (minutesToTimeZone (-330)))
  mapM_ (putStrLn . iso8601Show) [TimeOfDay 1 2 3.5, TimeOfDay 1 2 3, TimeOfDay 1 2 3.000001, TimeOfDay 23 59 60.100]
  mapM_ (putStrLn . iso8601Show) [CalendarDiffTime 14 1.5, CalendarDiffTime 0 0.000000000001, CalendarDiffTime 1 2.50]
  print (getTime_resolution, getTime_resolution * 1000000000)
  t <- getSystemTime
  print (systemNanoseconds t < 1000000000, systemSeconds t > 1600000000)
  u <- getCurrentTime
  print (utctDay u > fromGregorian 2020 1 1)
