{-# LANGUAGE MagicHash #-}
-- | unix-2.7.2.2's System.Posix.IO.Common (clean-room, hs2stg): reading and
-- writing descriptors through base's C calls over the machine's descriptor
-- table (src/ministg/primops/posix.ts); pipes through the machine's uxInt#.
module System.Posix.IO.Common
  ( stdInput, stdOutput, stdError
  , OpenMode (..)
  , OpenFileFlags (..)
  , defaultFileFlags
  , open_
  , closeFd
  , dup, dupTo
  , createPipe
  , fdSeek
  , fdRead, fdReadBuf
  , fdWrite, fdWriteBuf
  , fdToHandle
  , FdOption (..)
  , LockRequest (..)
  , FileLock
    , zz_zdwfdRead
  ) where

import Data.Bits ((.|.))
import Data.Word (Word8)
import Foreign.C.Error (throwErrnoIfMinus1, throwErrnoIfMinus1Retry, throwErrnoIfMinus1_)
import Foreign.C.String (CString, peekCStringLen, withCStringLen)
import Foreign.C.Types (CSize (..))
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Ptr (Ptr, castPtr)
import GHC.IO.Device (SeekMode (..))
import GHC.IO.Exception (IOErrorType (EOF))
import qualified GHC.IO.Handle.FD as FD
import System.IO (Handle)
import System.IO.Error (ioeSetErrorString, mkIOError)
import System.Posix.Hs2stg (uxInt)
import System.Posix.Internals (c_close, c_dup, c_dup2, c_lseek, c_open, c_read, c_write)
import System.Posix.Types
import GHC.Exts (Word#)
import GHC.Word (Word64 (..))

stdInput, stdOutput, stdError :: Fd
stdInput = Fd 0
stdOutput = Fd 1
stdError = Fd 2

data OpenMode = ReadOnly | WriteOnly | ReadWrite

data OpenFileFlags = OpenFileFlags
  { append :: Bool
  , exclusive :: Bool
  , noctty :: Bool
  , nonBlock :: Bool
  , trunc :: Bool
  }

defaultFileFlags :: OpenFileFlags
defaultFileFlags = OpenFileFlags False False False False False

data FdOption = AppendOnWrite | CloseOnExec | NonBlockingRead | SynchronousWrites

data LockRequest = ReadLock | WriteLock | Unlock

type FileLock = (LockRequest, SeekMode, FileOffset, FileOffset)

-- | open(2) with the mode's access bits and the flags' (Linux x86-64's
-- values); a Just creation mode adds O_CREAT.
open_ :: CString -> OpenMode -> Maybe FileMode -> OpenFileFlags -> IO Fd
open_ p how creat (OpenFileFlags ap ex nt nb tr) = do
  let access = case how of
        ReadOnly -> 0
        WriteOnly -> 1
        ReadWrite -> 2
      bit b v = if b then v else 0
      flags =
        access .|. bit ap 1024 .|. bit ex 128 .|. bit nt 256 .|. bit nb 2048
          .|. bit tr 512 .|. maybe 0 (const 64) creat
  n <- c_open p flags (maybe 0 id creat)
  return (Fd n)

closeFd :: Fd -> IO ()
closeFd (Fd n) = throwErrnoIfMinus1_ "closeFd" (c_close n)

dup :: Fd -> IO Fd
dup (Fd n) = fmap Fd (throwErrnoIfMinus1 "dup" (c_dup n))

dupTo :: Fd -> Fd -> IO Fd
dupTo (Fd n) (Fd to) = fmap Fd (throwErrnoIfMinus1 "dupTo" (c_dup2 n to))

createPipe :: IO (Fd, Fd)
createPipe = do
  rw <- throwErrnoIfMinus1 "createPipe" (uxInt 7 0)
  let (w, r) = rw `divMod` 1048576
  return (Fd (fromIntegral r), Fd (fromIntegral w))

fdSeek :: Fd -> SeekMode -> FileOffset -> IO FileOffset
fdSeek (Fd n) mode off =
  throwErrnoIfMinus1 "fdSeek" (c_lseek n off whence)
  where
    whence = case mode of
      AbsoluteSeek -> 0
      RelativeSeek -> 1
      SeekFromEnd -> 2

-- | Up to n bytes, decoded in the locale's encoding; reading none at the
-- end of the file is an EOF error, as unix's.
fdRead :: Fd -> ByteCount -> IO (String, ByteCount)
fdRead _ 0 = return ("", 0)
fdRead fd n =
  allocaBytes (fromIntegral n) $ \buf -> do
    got <- fdReadBuf fd buf n
    case got of
      0 -> ioError (ioeSetErrorString (mkIOError EOF "fdRead" Nothing Nothing) "EOF")
      k -> do
        s <- peekCStringLen (castPtr buf, fromIntegral k)
        return (s, k)

fdReadBuf :: Fd -> Ptr Word8 -> ByteCount -> IO ByteCount
fdReadBuf _ _ 0 = return 0
fdReadBuf (Fd n) buf k =
  fmap fromIntegral (throwErrnoIfMinus1Retry "fdReadBuf" (c_read n buf k))

fdWrite :: Fd -> String -> IO ByteCount
fdWrite fd s = withCStringLen s $ \(buf, len) -> fdWriteBuf fd (castPtr buf) (fromIntegral len)

fdWriteBuf :: Fd -> Ptr Word8 -> ByteCount -> IO ByteCount
fdWriteBuf (Fd n) buf k =
  fmap fromIntegral (throwErrnoIfMinus1Retry "fdWriteBuf" (c_write n buf k))

fdToHandle :: Fd -> IO Handle
fdToHandle (Fd n) = FD.fdToHandle n


-- -O1 worker: the count unboxed.
zz_zdwfdRead :: Fd -> Word# -> IO (String, ByteCount)
zz_zdwfdRead fd n = fdRead fd (CSize (W64# n))
