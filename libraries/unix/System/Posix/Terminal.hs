-- | unix-2.7.2.2's System.Posix.Terminal (clean-room, hs2stg): terminal
-- names and pseudo-terminals through the machine's uxTermMem# (the C
-- library's ttyname, ptsname, ctermid and openpty; FFI+Terminal.stg).
module System.Posix.Terminal
  ( module System.Posix.Terminal.Common
  , getTerminalName
  , getControllingTerminalName
  , getSlaveTerminalName
  , openPseudoTerminal
  ) where

import Foreign.C.Error (throwErrnoIfMinus1_, throwErrnoIfNull)
import Foreign.C.String (CString, peekCString)
import Foreign.C.Types (CInt (..))
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Ptr (Ptr, nullPtr, plusPtr)
import Foreign.Storable (peek)
import System.Posix.Terminal.Common hiding (CTermios)
import System.Posix.Types (Fd (..))

-- char *ttyname(int), char *ptsname(int), char *ctermid(char *): a static
-- buffer, NULL and errno on failure
foreign import ccall unsafe "ttyname" c_ttyname :: CInt -> IO CString
foreign import ccall unsafe "ptsname" c_ptsname :: CInt -> IO CString
foreign import ccall unsafe "ctermid" c_ctermid :: CString -> IO CString
-- openpty(&master, &slave, name, termios, winsize) with the last three NULL
foreign import ccall unsafe "openpty"
  c_openpty :: Ptr CInt -> Ptr CInt -> CString -> Ptr () -> Ptr () -> IO CInt

getTerminalName :: Fd -> IO FilePath
getTerminalName (Fd fd) =
  throwErrnoIfNull "getTerminalName" (c_ttyname fd) >>= peekCString

getControllingTerminalName :: IO FilePath
getControllingTerminalName =
  throwErrnoIfNull "getControllingTerminalName" (c_ctermid nullPtr) >>= peekCString

getSlaveTerminalName :: Fd -> IO FilePath
getSlaveTerminalName (Fd fd) =
  throwErrnoIfNull "getSlaveTerminalName" (c_ptsname fd) >>= peekCString

openPseudoTerminal :: IO (Fd, Fd)
openPseudoTerminal = allocaBytes 8 $ \p -> do
  let slave = p `plusPtr` 4
  throwErrnoIfMinus1_ "openPty" (c_openpty p slave nullPtr nullPtr nullPtr)
  m <- peek p
  s <- peek slave
  return (Fd m, Fd s)
