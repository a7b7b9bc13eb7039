-- | unix-2.7.2.2's System.Posix.ByteString (clean-room, hs2stg).
module System.Posix.ByteString
  ( module System.Posix.ByteString.FilePath
  , module System.Posix.Types
  , module System.Posix.Signals
  , module System.Posix.Directory.ByteString
  , module System.Posix.Files.ByteString
  , module System.Posix.Unistd
  , module System.Posix.IO.ByteString
  , module System.Posix.Env.ByteString
  , module System.Posix.Process
  , module System.Posix.Temp.ByteString
  , module System.Posix.Time
  , module System.Posix.User
  , module System.Posix.Resource
  ) where

import System.Posix.ByteString.FilePath
import System.Posix.Directory.ByteString
import System.Posix.Env.ByteString
import System.Posix.Files.ByteString
import System.Posix.IO.ByteString
import System.Posix.Process
import System.Posix.Resource
import System.Posix.Signals
import System.Posix.Temp.ByteString
import System.Posix.Time
import System.Posix.Types
import System.Posix.Unistd
import System.Posix.User
