-- | unix-2.7.2.2's System.Posix.Terminal.ByteString (clean-room, hs2stg):
-- System.Posix.Terminal's names as RawFilePaths.
module System.Posix.Terminal.ByteString
  ( module System.Posix.Terminal.Common
  , getTerminalName
  , getControllingTerminalName
  , getSlaveTerminalName
  , openPseudoTerminal
  ) where

import System.Posix.ByteString.FilePath (RawFilePath, fromString)
import qualified System.Posix.Terminal as T
import System.Posix.Terminal.Common hiding (CTermios)
import System.Posix.Types (Fd)

getTerminalName :: Fd -> IO RawFilePath
getTerminalName fd = T.getTerminalName fd >>= fromString

getControllingTerminalName :: IO RawFilePath
getControllingTerminalName = T.getControllingTerminalName >>= fromString

getSlaveTerminalName :: Fd -> IO RawFilePath
getSlaveTerminalName fd = T.getSlaveTerminalName fd >>= fromString

openPseudoTerminal :: IO (Fd, Fd)
openPseudoTerminal = T.openPseudoTerminal
