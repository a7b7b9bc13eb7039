-- | unix-2.7.2.2's System.Posix.Process.Common (clean-room, hs2stg): the
-- running process's ids. fork, exec, wait and process groups are refused
-- (preludes/refused.txt): Node cannot fork or wait for arbitrary children.
module System.Posix.Process.Common
  ( getProcessID
  , getParentProcessID
  , getProcessGroupID
  , getProcessGroupIDOf
  , processGroupOf
  , ProcessTimes (..)
  ) where

import Foreign.C.Error (eSRCH, errnoToIOError)
import System.IO.Error (tryIOError)
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

-- | getpgrp(2): the process group of the process running the program,
-- field 5 of Linux's /proc/self/stat.
getProcessGroupID :: IO ProcessGroupID
getProcessGroupID = fmap fromIntegral (processGroupOf 0)

-- | getpgid(2): /proc/pid/stat's; a pid with none is ESRCH, as the call's.
getProcessGroupIDOf :: ProcessID -> IO ProcessGroupID
getProcessGroupIDOf pid = do
  g <- processGroupOf (fromIntegral pid)
  if g < 0
    then ioError (errnoToIOError "getProcessGroupIDOf" eSRCH Nothing Nothing)
    else return (fromIntegral g)

-- | The process group of pid (0: this process), or -1 when /proc has no
-- such process (getpgid's C answer; FFI+Unix.stg sets errno).
processGroupOf :: Int -> IO Int
processGroupOf n = do
  let path = if n == 0 then "/proc/self/stat" else "/proc/" ++ show n ++ "/stat"
  r <- tryIOError (readFile path >>= \t -> length t `seq` return t)
  return $ case r of
    -- after the command's parenthesised name: state, ppid, pgrp
    Right t | n >= 0, _ : _ : g : _ <- words (reverse (takeWhile (/= ')') (reverse t))) -> read g
    _ -> -1
