-- | unix-2.7.2.2's System.Posix.Process (clean-room, hs2stg).
module System.Posix.Process
  ( module System.Posix.Process.Common
  , ProcessStatus (..)
  ) where

import System.Posix.Process.Common
import System.Posix.Process.Internals (ProcessStatus (..))
