-- | Clean-room Data.Time.Clock.Internal.AbsoluteTime for hs2stg
-- (time-1.9.3's API): TAI as the time since its epoch, MJD 0 at midnight.
module Data.Time.Clock.Internal.AbsoluteTime
  ( AbsoluteTime (..)
  , taiEpoch
  , taiNominalDayStart
  , addAbsoluteTime
  , diffAbsoluteTime
  ) where

import Control.DeepSeq (NFData (..))
import Data.Time.Calendar.Days
import Data.Time.Clock.Internal.DiffTime

newtype AbsoluteTime = MkAbsoluteTime DiffTime
  deriving (Eq, Ord)

instance NFData AbsoluteTime where
  rnf (MkAbsoluteTime t) = rnf t

taiEpoch :: AbsoluteTime
taiEpoch = MkAbsoluteTime 0

-- | The TAI midnight that starts a day (its nominal 86400 s from the epoch).
taiNominalDayStart :: Day -> AbsoluteTime
taiNominalDayStart (ModifiedJulianDay d) = MkAbsoluteTime (secondsToDiffTime (d * 86400))

addAbsoluteTime :: DiffTime -> AbsoluteTime -> AbsoluteTime
addAbsoluteTime t (MkAbsoluteTime a) = MkAbsoluteTime (a + t)

diffAbsoluteTime :: AbsoluteTime -> AbsoluteTime -> DiffTime
diffAbsoluteTime (MkAbsoluteTime a) (MkAbsoluteTime b) = a - b
