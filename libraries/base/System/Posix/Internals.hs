{-# LANGUAGE ForeignFunctionInterface, MagicHash #-}
-- Clean-room System.Posix.Internals (base-4.15.1's API, issue 14): the
-- c_* calls are foreign calls of the C names GHC's base uses (their
-- definitions, over src/ministg/primops/posix.ts's descriptor table, are
-- in preludes/base/FFI+Posix.stg, so -O1 code that inlines the real
-- wrappers reaches the same ones); the constants are Linux x86-64's, as
-- GHC 9.0.2's base reads them from the C headers; struct stat is Linux
-- x86-64's layout. What Node cannot do (fork, pipe, waitpid, mkfifo,
-- signal masks, termios, umask, utime, fcntl locks) is not defined here:
-- preludes/refused.txt names it. Compiled into
-- preludes/base/System.Posix.Internals.stg by scripts/gen-library-preludes.mjs.
module System.Posix.Internals
  ( FD,
    CFilePath,
    CStat,
    CTermios,
    CSigset,
    CFLock,
    CUtimbuf,
    CTm,
    CTms,
    CLconv,
    CPasswd,
    CSigaction,
    CUtsname,
    CGroup,
    puts,
    fdFileSize,
    fileType,
    fdStat,
    fdType,
    statGetType,
    ioe_unknownfiletype,
    fdGetMode,
    getEcho,
    setEcho,
    setCooked,
    setNonBlockingFD,
    setCloseOnExec,
    withFilePath,
    newFilePath,
    peekFilePath,
    peekFilePathLen,
    c_open,
    c_safe_open,
    c_read,
    c_safe_read,
    c_write,
    c_safe_write,
    c_close,
    c_lseek,
    c_access,
    c_chmod,
    c_creat,
    c_dup,
    c_dup2,
    c_fstat,
    c_isatty,
    c_ftruncate,
    c_unlink,
    c_link,
    c_getpid,
    c_stat,
    lstat,
    c_fcntl_read,
    c_fcntl_write,
    c_s_isreg,
    c_s_ischr,
    c_s_isblk,
    c_s_isdir,
    c_s_isfifo,
    c_s_issock,
    s_isreg,
    s_ischr,
    s_isblk,
    s_isdir,
    s_isfifo,
    s_issock,
    st_mode,
    st_size,
    st_mtime,
    st_dev,
    st_ino,
    sizeof_stat,
    sizeof_termios,
    sizeof_sigset_t,
    o_RDONLY,
    o_WRONLY,
    o_RDWR,
    o_APPEND,
    o_CREAT,
    o_EXCL,
    o_TRUNC,
    o_NOCTTY,
    o_NONBLOCK,
    o_BINARY,
    sEEK_CUR,
    sEEK_SET,
    sEEK_END,
    const_echo,
    const_tcsanow,
    const_icanon,
    const_vmin,
    const_vtime,
    const_sigttou,
    const_sig_block,
    const_sig_setmask,
    const_f_getfl,
    const_f_setfl,
    const_f_setfd,
    const_fd_cloexec,
    dEFAULT_BUFFER_SIZE,
    -- the workers -O1 code calls (the FD unboxed)
    zz_zdwfdFileSizze,
    zz_zdwfdStat,
    zz_zdwfdGetMode,
    zz_zdwsetEcho,
    zz_zdwsetCooked,
    zz_zdwsetNonBlockingFD,
  )
where

import Control.Monad (when)
import Data.Bits (complement, (.&.), (.|.))
import Data.Word (Word8)
import GHC.Exts (Int (I#), Int#)
import Foreign.C.Error
  ( throwErrnoIfMinus1Retry,
    throwErrnoIfMinus1Retry_,
    throwErrnoIfMinus1_,

  )
import Foreign.C.String (CString, CStringLen, withCAStringLen)
import Foreign.C.Types (CInt (..), CLong (..), CSize (..), CTime (..))
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Ptr (Ptr, castPtr)
import Foreign.Storable (peekByteOff)
import qualified GHC.Foreign as GF
import GHC.IO.Device (IODeviceType (..))
import GHC.IO.Encoding (getFileSystemEncoding)
import GHC.IO.Exception (IOErrorType (..), IOException (..))
import System.IO (IOMode (..))
import System.Posix.Types
  ( CDev (..),
    CIno (..),
    CMode (..),
    COff (..),
    CPid (..),
    CSsize (..)

  )

type FD = CInt

type CFilePath = CString

data CStat

data CTermios

data CSigset

data CFLock

data CUtimbuf

data CTm

data CTms

data CLconv

data CPasswd

data CSigaction

data CUtsname

data CGroup

-- the C calls (FFI+Posix.stg defines each C name)
foreign import ccall unsafe "__hscore_open" c_open :: CFilePath -> CInt -> CMode -> IO CInt

foreign import ccall safe "__hscore_open" c_safe_open :: CFilePath -> CInt -> CMode -> IO CInt

foreign import ccall unsafe "hs2stg_read" c_read :: CInt -> Ptr Word8 -> CSize -> IO CSsize

foreign import ccall safe "hs2stg_read" c_safe_read :: CInt -> Ptr Word8 -> CSize -> IO CSsize

foreign import ccall unsafe "hs2stg_write" c_write :: CInt -> Ptr Word8 -> CSize -> IO CSsize

foreign import ccall safe "hs2stg_write" c_safe_write :: CInt -> Ptr Word8 -> CSize -> IO CSsize

foreign import ccall unsafe "close" c_close :: CInt -> IO CInt

foreign import ccall unsafe "hs2stg_lseek" c_lseek :: CInt -> COff -> CInt -> IO COff

foreign import ccall unsafe "access" c_access :: CString -> CInt -> IO CInt

foreign import ccall unsafe "chmod" c_chmod :: CString -> CMode -> IO CInt

foreign import ccall unsafe "creat" c_creat :: CString -> CMode -> IO CInt

foreign import ccall unsafe "dup" c_dup :: CInt -> IO CInt

foreign import ccall unsafe "dup2" c_dup2 :: CInt -> CInt -> IO CInt

foreign import ccall unsafe "__hscore_fstat" c_fstat :: CInt -> Ptr CStat -> IO CInt

foreign import ccall unsafe "isatty" c_isatty :: CInt -> IO CInt

foreign import ccall unsafe "__hscore_ftruncate" c_ftruncate :: CInt -> COff -> IO CInt

foreign import ccall unsafe "unlink" c_unlink :: CString -> IO CInt

foreign import ccall unsafe "link" c_link :: CString -> CString -> IO CInt

foreign import ccall unsafe "getpid" c_getpid :: IO CPid

foreign import ccall unsafe "__hscore_stat" c_stat :: CFilePath -> Ptr CStat -> IO CInt

foreign import ccall unsafe "__hscore_lstat" lstat :: CFilePath -> Ptr CStat -> IO CInt

foreign import ccall unsafe "hs2stg_fcntl_read" c_fcntl_read :: CInt -> CInt -> IO CInt

foreign import ccall unsafe "hs2stg_fcntl_write" c_fcntl_write :: CInt -> CInt -> CLong -> IO CInt

-- file types (the S_IFMT bits of st_mode)
fileFormat :: CMode -> CMode
fileFormat m = m .&. 0o170000

isFormat :: CMode -> CMode -> CInt
isFormat f m = if fileFormat m == f then 1 else 0

c_s_isreg, c_s_ischr, c_s_isblk, c_s_isdir, c_s_isfifo, c_s_issock :: CMode -> CInt
c_s_isreg = isFormat 0o100000
c_s_ischr = isFormat 0o020000
c_s_isblk = isFormat 0o060000
c_s_isdir = isFormat 0o040000
c_s_isfifo = isFormat 0o010000
c_s_issock = isFormat 0o140000

s_isreg, s_ischr, s_isblk, s_isdir, s_isfifo, s_issock :: CMode -> Bool
s_isreg m = c_s_isreg m /= 0
s_ischr m = c_s_ischr m /= 0
s_isblk m = c_s_isblk m /= 0
s_isdir m = c_s_isdir m /= 0
s_isfifo m = c_s_isfifo m /= 0
s_issock m = c_s_issock m /= 0

-- struct stat's fields (Linux x86-64 offsets)
st_mode :: Ptr CStat -> IO CMode
st_mode p = peekByteOff p 24

st_size :: Ptr CStat -> IO COff
st_size p = peekByteOff p 48

st_mtime :: Ptr CStat -> IO CTime
st_mtime p = peekByteOff p 88

st_dev :: Ptr CStat -> IO CDev
st_dev p = peekByteOff p 0

st_ino :: Ptr CStat -> IO CIno
st_ino p = peekByteOff p 8

sizeof_stat, sizeof_termios, sizeof_sigset_t :: Int
sizeof_stat = 144
sizeof_termios = 60
sizeof_sigset_t = 128

o_RDONLY, o_WRONLY, o_RDWR, o_APPEND, o_CREAT, o_EXCL, o_TRUNC, o_NOCTTY, o_NONBLOCK, o_BINARY :: CInt
o_RDONLY = 0
o_WRONLY = 1
o_RDWR = 2
o_APPEND = 1024
o_CREAT = 64
o_EXCL = 128
o_TRUNC = 512
o_NOCTTY = 256
o_NONBLOCK = 2048
o_BINARY = 0

sEEK_CUR, sEEK_SET, sEEK_END :: CInt
sEEK_SET = 0
sEEK_CUR = 1
sEEK_END = 2

const_echo, const_tcsanow, const_icanon, const_vmin, const_vtime, const_sigttou :: CInt
const_echo = 8
const_tcsanow = 0
const_icanon = 2
const_vmin = 6
const_vtime = 5
const_sigttou = 22

const_sig_block, const_sig_setmask, const_f_getfl, const_f_setfl, const_f_setfd :: CInt
const_sig_block = 0
const_sig_setmask = 2
const_f_getfl = 3
const_f_setfl = 4
const_f_setfd = 2

const_fd_cloexec :: CLong
const_fd_cloexec = 1

dEFAULT_BUFFER_SIZE :: Int
dEFAULT_BUFFER_SIZE = 8192

-- writes the string and a newline to fd 1, bypassing stdout's Handle
puts :: String -> IO ()
puts s = withCAStringLen (s ++ "\n") $ \(p, len) -> do
  _ <- c_write 1 (castPtr p) (fromIntegral len)
  return ()

-- the size of a regular file, -1 for anything else
fdFileSize :: FD -> IO Integer
fdFileSize fd = allocaBytes sizeof_stat $ \p -> do
  throwErrnoIfMinus1Retry_ "fileSize" (c_fstat fd p)
  m <- st_mode p
  if s_isreg m then fromIntegral <$> st_size p else return (-1)

fileType :: FilePath -> IO IODeviceType
fileType path = allocaBytes sizeof_stat $ \p -> withFilePath path $ \cs -> do
  throwErrnoIfMinus1Retry_ "fileType" (c_stat cs p)
  statGetType p

fdStat :: FD -> IO (IODeviceType, CDev, CIno)
fdStat fd = allocaBytes sizeof_stat $ \p -> do
  throwErrnoIfMinus1Retry_ "fdType" (c_fstat fd p)
  t <- statGetType p
  d <- st_dev p
  i <- st_ino p
  return (t, d, i)

fdType :: FD -> IO IODeviceType
fdType fd = do
  (t, _, _) <- fdStat fd
  return t

statGetType :: Ptr CStat -> IO IODeviceType
statGetType p = do
  m <- st_mode p
  case () of
    _
      | s_isdir m -> return Directory
      | s_isfifo m || s_issock m || s_ischr m -> return Stream
      | s_isreg m -> return RegularFile
      | s_isblk m -> return RawDevice
      | otherwise -> ioError ioe_unknownfiletype

ioe_unknownfiletype :: IOException
ioe_unknownfiletype =
  IOError Nothing UnsupportedOperation "fdType" "unknown file type" Nothing Nothing

-- the IOMode of a descriptor's access mode and append flag
fdGetMode :: FD -> IO IOMode
fdGetMode fd = do
  flags <- throwErrnoIfMinus1Retry "fdGetMode" (c_fcntl_read fd const_f_getfl)
  let has b = flags .&. b /= 0
  return $
    if has o_WRONLY
      then (if has o_APPEND then AppendMode else WriteMode)
      else (if has o_RDWR then ReadWriteMode else ReadMode)

-- terminal modes: a descriptor that is no terminal fails as tcgetattr does
-- (ENOTTY); a terminal's modes are refused (termios is out of Node's reach)
getEcho :: FD -> IO Bool
getEcho fd = noTerminal "getEcho" fd

setEcho :: FD -> Bool -> IO ()
setEcho fd _ = noTerminal "setEcho" fd

setCooked :: FD -> Bool -> IO ()
setCooked fd _ = noTerminal "setCooked" fd

noTerminal :: String -> FD -> IO a
noTerminal name fd = do
  throwErrnoIfMinus1Retry_ "tcSetAttr" (c_isatty fd >>= \t -> return (t - 1))
  errorWithoutStackTrace
    ( "hs2stg: System.Posix.Internals." ++ name
        ++ ": terminal attributes (termios) are not reachable from Node's fs/os/process"
    )

setNonBlockingFD :: FD -> Bool -> IO ()
setNonBlockingFD fd set = do
  flags <- throwErrnoIfMinus1Retry "setNonBlockingFD" (c_fcntl_read fd const_f_getfl)
  let flags'
        | set = flags .|. o_NONBLOCK
        | otherwise = flags .&. complement o_NONBLOCK
  when (flags /= flags') $
    throwErrnoIfMinus1Retry_ "setNonBlockingFD" (c_fcntl_write fd const_f_setfl (fromIntegral flags'))

setCloseOnExec :: FD -> IO ()
setCloseOnExec fd =
  throwErrnoIfMinus1_ "setCloseOnExec" (c_fcntl_write fd const_f_setfd const_fd_cloexec)

-- file paths in the file system's encoding
withFilePath :: FilePath -> (CString -> IO a) -> IO a
withFilePath fp f = getFileSystemEncoding >>= \enc -> GF.withCString enc fp f

newFilePath :: FilePath -> IO CString
newFilePath fp = getFileSystemEncoding >>= \enc -> GF.newCString enc fp

peekFilePath :: CString -> IO FilePath
peekFilePath fp = getFileSystemEncoding >>= \enc -> GF.peekCString enc fp

peekFilePathLen :: CStringLen -> IO FilePath
peekFilePathLen fp = getFileSystemEncoding >>= \enc -> GF.peekCStringLen enc fp

fdOf :: Int# -> FD
fdOf n = fromIntegral (I# n)

zz_zdwfdFileSizze :: Int# -> IO Integer
zz_zdwfdFileSizze n = fdFileSize (fdOf n)

zz_zdwfdStat :: Int# -> IO (IODeviceType, CDev, CIno)
zz_zdwfdStat n = fdStat (fdOf n)

zz_zdwfdGetMode :: Int# -> IO IOMode
zz_zdwfdGetMode n = fdGetMode (fdOf n)

zz_zdwsetEcho :: Int# -> Bool -> IO ()
zz_zdwsetEcho n = setEcho (fdOf n)

zz_zdwsetCooked :: Int# -> Bool -> IO ()
zz_zdwsetCooked n = setCooked (fdOf n)

zz_zdwsetNonBlockingFD :: Int# -> Bool -> IO ()
zz_zdwsetNonBlockingFD n = setNonBlockingFD (fdOf n)
