-- | unix-2.7.2.2's System.Posix.Time (clean-room, hs2stg).
module System.Posix.Time (epochTime) where

import System.Posix.Hs2stg (uxInt)
import System.Posix.Types (EpochTime)

-- | time(NULL): whole seconds since the epoch.
epochTime :: IO EpochTime
epochTime = fmap fromIntegral (uxInt 5 0)
