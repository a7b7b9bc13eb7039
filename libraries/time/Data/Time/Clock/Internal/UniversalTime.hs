-- | Clean-room Data.Time.Clock.Internal.UniversalTime for hs2stg
-- (time-1.9.3): UT1 as a Modified Julian Date with the day's fraction.
module Data.Time.Clock.Internal.UniversalTime
  ( UniversalTime (..)
  ) where

import Control.DeepSeq (NFData (..))

newtype UniversalTime = ModJulianDate {getModJulianDate :: Rational}
  deriving (Eq, Ord)

instance NFData UniversalTime where
  rnf (ModJulianDate r) = rnf r
