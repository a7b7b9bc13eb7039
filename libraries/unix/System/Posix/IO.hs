-- | unix-2.7.2.2's System.Posix.IO (clean-room, hs2stg).
module System.Posix.IO
  ( module System.Posix.IO.Common
  , openFd
  , createFile
  ) where

import System.Posix.IO.Common
import System.Posix.Internals (withFilePath)
import System.Posix.Error (throwErrnoPathIfMinus1Retry)
import System.Posix.Types

openFd :: FilePath -> OpenMode -> Maybe FileMode -> OpenFileFlags -> IO Fd
openFd path how creat flags =
  withFilePath path $ \p ->
    fmap Fd (throwErrnoPathIfMinus1Retry "openFd" path (fmap unFd (open_ p how creat flags)))
  where
    unFd (Fd n) = n

createFile :: FilePath -> FileMode -> IO Fd
createFile path mode = openFd path WriteOnly (Just mode) defaultFileFlags {trunc = True}
