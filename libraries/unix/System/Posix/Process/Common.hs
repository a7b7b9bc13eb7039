-- | unix-2.7.2.2's System.Posix.Process.Common (clean-room, hs2stg): the
-- running process's ids. fork, exec, wait and process groups are refused
-- (preludes/refused.txt): Node cannot fork or wait for arbitrary children.
module System.Posix.Process.Common
  ( getProcessID
  , getParentProcessID
  , ProcessTimes (..)
  ) where

import System.Posix.Hs2stg (uxInt)
import System.Posix.Internals (c_getpid)
import System.Posix.Types

getProcessID :: IO ProcessID
getProcessID = fmap fromIntegral c_getpid

getParentProcessID :: IO ProcessID
getParentProcessID = fmap fromIntegral (uxInt 4 0)

data ProcessTimes = ProcessTimes
  { elapsedTime :: ClockTick
  , userTime :: ClockTick
  , systemTime :: ClockTick
  , childUserTime :: ClockTick
  , childSystemTime :: ClockTick
  }
