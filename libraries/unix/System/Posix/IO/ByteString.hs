-- | unix-2.7.2.2's System.Posix.IO.ByteString (clean-room, hs2stg).
module System.Posix.IO.ByteString
  ( module System.Posix.IO.Common
  , openFd
  , createFile
  ) where

import System.Posix.ByteString.FilePath (RawFilePath, toString)
import qualified System.Posix.IO as P
import System.Posix.IO.Common
import System.Posix.Types

openFd :: RawFilePath -> OpenMode -> Maybe FileMode -> OpenFileFlags -> IO Fd
openFd p how m flags = toString p >>= \s -> P.openFd s how m flags

createFile :: RawFilePath -> FileMode -> IO Fd
createFile p m = toString p >>= \s -> P.createFile s m
