{-# LANGUAGE MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- Clean-room GHC.IO.FD (base-4.15.1's API, issue 14): a file descriptor
-- with GHC's fields (both UNPACKed, as the installed FD), its IODevice,
-- RawIO and BufferedIO instances over System.Posix.Internals' C calls
-- (the run's descriptor table, src/ministg/primops/posix.ts), opening with
-- GHC's flags and its single-writer/many-readers lock (lockFile/unlockFile,
-- shared with the file Handles' locks), and GHC's error texts.
-- Compiled into preludes/base/GHC.IO.FD.stg by scripts/gen-library-preludes.mjs.
module GHC.IO.FD
  ( FD (..),
    openFile,
    mkFD,
    release,
    setNonBlockingMode,
    readRawBufferPtr,
    readRawBufferPtrNoBlock,
    writeRawBufferPtr,
    stdin,
    stdout,
    stderr,
    -- -O1 names: close's worker and the close call's predicate
    zz_zdwzdcclose,
    zz_zdfIODeviceFD27,
    zz_zdwfdWrite,
    zz_zdwreadRawBufferPtr,
    zz_zdwwriteRawBufferPtr,
    zz_zdwzdcseek,
    zz_zdwzdctell,
  )
where

import Control.Exception (catch)
import Control.Monad (when)
import Data.Bits ((.|.))
import Data.Word (Word64, Word8)
import Foreign.C.Error
  ( eINTR,
    eAGAIN,
    eWOULDBLOCK,
    getErrno,
    throwErrnoIf_,
    throwErrnoIfMinus1Retry,
    throwErrnoIfMinus1Retry_,
    throwErrnoIfMinus1_,
    throwErrnoIfMinus1,
  )
import Foreign.C.Types (CInt (..), CSize (..))
import Foreign.Ptr (Ptr, plusPtr)
import GHC.Exts (Addr#, Int (I#), Int#, Ptr (Ptr), Word (W#), Word#)
import GHC.IO.Buffer (BufferState, newByteBuffer)
import GHC.IO.BufferedIO (BufferedIO (..), readBuf, readBufNonBlocking, writeBuf, writeBufNonBlocking)
import GHC.IO.Device (IODevice, IODeviceType (..), RawIO, SeekMode (..))
import qualified GHC.IO.Device as Dev
import GHC.IO.Exception (IOErrorType (..), IOException (..), ioException)
import System.IO (IOMode (..))
import System.Posix.Internals hiding (FD, setEcho, getEcho)
import qualified System.Posix.Internals as Posix
import System.Posix.Types (CDev (..), CIno (..))

data FD = FD
  { fdFD :: {-# UNPACK #-} !CInt,
    fdIsNonBlocking :: {-# UNPACK #-} !Int
  }

instance Show FD where
  show fd = show (fdFD fd)

stdin, stdout, stderr :: FD
stdin = FD 0 0
stdout = FD 1 0
stderr = FD 2 0

foreign import ccall unsafe "lockFile" lockFile :: Word64 -> CDev -> CIno -> CInt -> IO CInt

foreign import ccall unsafe "unlockFile" unlockFile :: Word64 -> IO CInt

-- open(2) with GHC's flags: a file opened for writing is truncated only
-- once it is locked (mkFD), so a locked file is never emptied
openFile :: FilePath -> IOMode -> Bool -> IO (FD, IODeviceType)
openFile path iomode nonBlocking = do
  let flags0 = case iomode of
        ReadMode -> o_RDONLY
        WriteMode -> o_WRONLY .|. o_CREAT
        AppendMode -> o_WRONLY .|. o_CREAT .|. o_APPEND
        ReadWriteMode -> o_RDWR .|. o_CREAT
      flags = o_NOCTTY .|. flags0 .|. (if nonBlocking then o_NONBLOCK else 0)
  fd <- throwErrnoIfMinus1Retry "openFile" (withFilePath path $ \p -> c_open p flags 0o666)
  (fD, fdType') <- mkFD fd iomode Nothing False nonBlocking `onError` c_close fd
  when (iomode == WriteMode && fdType' == RegularFile) $ Dev.setSize fD 0
  return (fD, fdType')
  where
    onError act cleanup = act `catchIO` \e -> cleanup >> ioError e

catchIO :: IO a -> (IOError -> IO a) -> IO a
catchIO = catchIOError'
  where
    catchIOError' a h = catch a h

-- an FD for an open descriptor, its type found by fstat unless given; a
-- regular file is locked (one writer or many readers), a directory refused
mkFD :: CInt -> IOMode -> Maybe (IODeviceType, CDev, CIno) -> Bool -> Bool -> IO (FD, IODeviceType)
mkFD fd iomode mbStat isSocket isNonBlock = do
  let _ = isSocket
  (fdType', dev, ino) <- maybe (fdStat fd) return mbStat
  let writing = iomode /= ReadMode
  case fdType' of
    Directory ->
      ioException (IOError Nothing InappropriateType "openFile" "is a directory" Nothing Nothing)
    RegularFile -> do
      r <- lockFile (fromIntegral fd) dev ino (if writing then 1 else 0)
      when (r == -1) $
        ioException (IOError Nothing ResourceBusy "openFile" "file is locked" Nothing Nothing)
    _ -> return ()
  return (FD {fdFD = fd, fdIsNonBlocking = fromEnum isNonBlock}, fdType')

release :: FD -> IO ()
release fd = do
  _ <- unlockFile (fromIntegral (fdFD fd))
  return ()

setNonBlockingMode :: FD -> Bool -> IO FD
setNonBlockingMode fd set = do
  setNonBlockingFD (fdFD fd) set
  return fd {fdIsNonBlocking = fromEnum set}

readRawBufferPtr :: String -> FD -> Ptr Word8 -> Int -> CSize -> IO Int
readRawBufferPtr loc fd buf off len =
  fromIntegral <$> throwErrnoIfMinus1Retry loc (c_read (fdFD fd) (buf `plusPtr` off) len)

-- a read that would block gives 0 (no file of ours ever blocks)
readRawBufferPtrNoBlock :: String -> FD -> Ptr Word8 -> Int -> CSize -> IO Int
readRawBufferPtrNoBlock loc fd buf off len = do
  r <- c_read (fdFD fd) (buf `plusPtr` off) len
  if r /= -1
    then return (fromIntegral r)
    else do
      e <- getErrno
      if e == eAGAIN || e == eWOULDBLOCK
        then return 0
        else if e == eINTR then readRawBufferPtrNoBlock loc fd buf off len else throwErrnoIfMinus1Retry loc (return r) >> return 0

writeRawBufferPtr :: String -> FD -> Ptr Word8 -> Int -> CSize -> IO CInt
writeRawBufferPtr loc fd buf off len =
  fromIntegral <$> throwErrnoIfMinus1Retry loc (c_write (fdFD fd) (buf `plusPtr` off) len)

instance RawIO FD where
  read fd ptr _ bytes = readRawBufferPtr "GHC.IO.FD.read" fd ptr 0 (fromIntegral bytes)
  readNonBlocking fd ptr _ bytes = Just <$> readRawBufferPtrNoBlock "GHC.IO.FD.readNonBlocking" fd ptr 0 (fromIntegral bytes)
  write fd ptr _ bytes = do
    _ <- writeRawBufferPtr "GHC.IO.FD.write" fd ptr 0 (fromIntegral bytes)
    return ()
  writeNonBlocking fd ptr _ bytes = fromIntegral <$> writeRawBufferPtr "GHC.IO.FD.writeNonBlocking" fd ptr 0 (fromIntegral bytes)

instance IODevice FD where
  ready fd _ _
    | fdFD fd > 2 = return True
    | otherwise = errorWithoutStackTrace "hs2stg: GHC.IO.FD.ready on a standard descriptor is not supported (it needs fdReady's poll of the run's standard streams)"
  close fd = closeFd (fdFD fd)
  isTerminal fd = (/= 0) <$> c_isatty (fdFD fd)
  isSeekable fd = do
    t <- fdType (fdFD fd)
    return (t == RegularFile || t == RawDevice)
  seek fd mode off = do
    let whence = case mode of
          AbsoluteSeek -> sEEK_SET
          RelativeSeek -> sEEK_CUR
          SeekFromEnd -> sEEK_END
    fromIntegral <$> throwErrnoIfMinus1Retry "seek" (c_lseek (fdFD fd) (fromIntegral off) whence)
  tell fd = fromIntegral <$> throwErrnoIfMinus1Retry "hGetPosn" (c_lseek (fdFD fd) 0 sEEK_CUR)
  getSize fd = fdFileSize (fdFD fd)
  setSize fd size = throwErrnoIf_ (/= 0) "GHC.IO.FD.setSize" (c_ftruncate (fdFD fd) (fromIntegral size))
  setEcho fd on = Posix.setEcho (fdFD fd) on
  getEcho fd = Posix.getEcho (fdFD fd)
  setRaw fd raw = setCooked (fdFD fd) (not raw)
  devType fd = fdType (fdFD fd)
  dup fd = do
    n <- throwErrnoIfMinus1 "GHC.IO.FD.dup" (c_dup (fdFD fd))
    return fd {fdFD = n}
  dup2 fd fdto = do
    throwErrnoIfMinus1_ "GHC.IO.FD.dup2" (c_dup2 (fdFD fd) (fdFD fdto))
    return fd {fdFD = fdFD fdto}

instance BufferedIO FD where
  newBuffer _ state = newByteBuffer dEFAULT_BUFFER_SIZE state
  fillReadBuffer fd buf = readBuf fd buf
  fillReadBuffer0 fd buf = readBufNonBlocking fd buf
  flushWriteBuffer fd buf = writeBuf fd buf
  flushWriteBuffer0 fd buf = writeBufNonBlocking fd buf

-- close: give up the lock, then close(2), retried on EINTR
zz_zdwzdcclose :: Int# -> IO ()
zz_zdwzdcclose fd = closeFd (fromIntegral (I# fd))

closeFd :: CInt -> IO ()
closeFd fd = do
  _ <- unlockFile (fromIntegral fd)
  throwErrnoIfMinus1Retry_ "GHC.IO.FD.close" (c_close fd)

zz_zdfIODeviceFD27 :: CInt -> Bool
zz_zdfIODeviceFD27 r = r == -1

-- workers -O1 code calls (the FD's fields unboxed)
fdOf :: Int# -> Int# -> FD
fdOf fd nb = FD (fromIntegral (I# fd)) (I# nb)

-- writes all n bytes
zz_zdwfdWrite :: Int# -> Int# -> Addr# -> Int# -> IO ()
zz_zdwfdWrite fd nb p n = Dev.write (fdOf fd nb) (Ptr p) 0 (I# n)

zz_zdwreadRawBufferPtr :: String -> Int# -> Int# -> Addr# -> Int# -> Word# -> IO Int
zz_zdwreadRawBufferPtr loc fd nb p off len =
  readRawBufferPtr loc (fdOf fd nb) (Ptr p) (I# off) (fromIntegral (W# len))

zz_zdwwriteRawBufferPtr :: String -> Int# -> Int# -> Addr# -> Int# -> Word# -> IO CInt
zz_zdwwriteRawBufferPtr loc fd nb p off len =
  writeRawBufferPtr loc (fdOf fd nb) (Ptr p) (I# off) (fromIntegral (W# len))

zz_zdwzdcseek :: Int# -> SeekMode -> Integer -> IO Integer
zz_zdwzdcseek fd = Dev.seek (fdOf fd 0#)

zz_zdwzdctell :: Int# -> IO Integer
zz_zdwzdctell fd = Dev.tell (fdOf fd 0#)
