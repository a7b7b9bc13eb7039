-- TAI: AbsoluteTime arithmetic and Show, leap-second maps, UTC <-> TAI across a
-- leap second, SystemTime to TAI.
import Data.Time
import Data.Time.Clock.TAI
import Data.Time.Clock.System
main :: IO ()
main = do
  let lsm :: LeapSecondMap
      lsm d = if d < fromGregorian 1972 1 1 then Nothing else Just (if d >= fromGregorian 2017 1 1 then 37 else 36)
      t1 = addAbsoluteTime 86400.5 taiEpoch
  print (taiEpoch, t1, diffAbsoluteTime t1 taiEpoch, taiNominalDayStart (fromGregorian 2020 1 1), t1 == t1, compare t1 taiEpoch)
  print (utcDayLength lsm (fromGregorian 2016 12 31), utcDayLength lsm (fromGregorian 2017 1 1), utcDayLength lsm (fromGregorian 1960 1 1))
  let u = UTCTime (fromGregorian 2016 12 31) 86400.25
  print (utcToTAITime lsm u, fmap (taiToUTCTime lsm) (utcToTAITime lsm u), utcToTAITime lsm (UTCTime (fromGregorian 1960 1 1) 0))
  print (fmap (taiToUTCTime lsm) (utcToTAITime lsm (UTCTime (fromGregorian 2020 6 1) 3600)))
  print (systemToTAITime (MkSystemTime 1000000000 500), systemToTAITime (MkSystemTime (-5) 999999999))
