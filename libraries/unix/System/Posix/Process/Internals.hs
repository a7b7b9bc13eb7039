-- | unix-2.7.2.2's System.Posix.Process.Internals (clean-room, hs2stg):
-- the status of a process that ended or stopped.
module System.Posix.Process.Internals (ProcessStatus (..)) where

import GHC.Conc.Signal (Signal)
import System.Exit (ExitCode)

data ProcessStatus
  = Exited ExitCode
  | Terminated Signal Bool
  | Stopped Signal
  deriving (Eq, Ord, Show)
