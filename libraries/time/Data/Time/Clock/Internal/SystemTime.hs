-- | Clean-room Data.Time.Clock.Internal.SystemTime for hs2stg
-- (time-1.9.3): the machine's real-time clock as seconds and nanoseconds
-- since the epoch, read through clock_gettime (CTimespec.hs).
module Data.Time.Clock.Internal.SystemTime
  ( SystemTime (..)
  , getSystemTime
  , getTime_resolution
  , timespecToSystemTime
  ) where

import Control.DeepSeq (NFData (..))
import Data.Int (Int64)
import Data.Time.Clock.Internal.CTimespec
import Data.Time.Clock.Internal.DiffTime
import Data.Word (Word32)
import Foreign.C.Types (CLong (..), CTime (..))

data SystemTime = MkSystemTime
  { systemSeconds :: {-# UNPACK #-} !Int64
  , systemNanoseconds :: {-# UNPACK #-} !Word32
  }
  deriving (Eq, Ord, Show)

instance NFData SystemTime where
  rnf (MkSystemTime s n) = s `seq` n `seq` ()

timespecToSystemTime :: CTimespec -> SystemTime
timespecToSystemTime (MkCTimespec (CTime s) (CLong n)) = MkSystemTime s (fromIntegral n)

getSystemTime :: IO SystemTime
getSystemTime = fmap timespecToSystemTime (clockGetTime 0)

-- | CLOCK_REALTIME's resolution on Linux: one nanosecond.
getTime_resolution :: DiffTime
getTime_resolution = picosecondsToDiffTime 1000
