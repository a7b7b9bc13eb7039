{-# LANGUAGE MagicHash #-}
-- | unix-2.7.2.2's System.Posix.Files.Common (clean-room, hs2stg): file
-- modes and FileStatus, GHC's `ForeignPtr CStat` over Linux x86-64's
-- struct stat (base's c_stat/c_lstat/c_fstat fill it; -O1 code inlines
-- the readers into peeks at the same offsets).
module System.Posix.Files.Common
  ( unionFileModes, intersectFileModes, nullFileMode
  , ownerReadMode, ownerWriteMode, ownerExecuteMode, ownerModes
  , groupReadMode, groupWriteMode, groupExecuteMode, groupModes
  , otherReadMode, otherWriteMode, otherExecuteMode, otherModes
  , setUserIDMode, setGroupIDMode, stdFileMode, accessModes
  , fileTypeModes, blockSpecialMode, characterSpecialMode, namedPipeMode
  , regularFileMode, directoryMode, symbolicLinkMode, socketMode
  , FileStatus (..)
  , getFdStatus
  , deviceID, fileID, fileMode, linkCount, fileOwner, fileGroup
  , specialDeviceID, fileSize, accessTime, modificationTime
  , statusChangeTime, accessTimeHiRes, modificationTimeHiRes
  , statusChangeTimeHiRes
  , isBlockDevice, isCharacterDevice, isNamedPipe, isRegularFile
  , isDirectory, isSymbolicLink, isSocket
  , setFdSize
  , setFdOwnerAndGroup
  , setFdMode
  , PathVar (..)
  , CTimeSpec (..), CTimeVal (..)
  , toCTimeSpec, toCTimeVal
  , statusOf
  , zz_zdwmodificationTimeHiRes, zz_zdwaccessTimeHiRes, zz_zdwstatusChangeTimeHiRes
  ) where

import Data.Bits ((.&.), (.|.))
import Data.Fixed (Fixed (..))
import Data.Int (Int64)
import Data.Time.Clock.Internal.NominalDiffTime (NominalDiffTime (..))
import Data.Time.Clock.POSIX (POSIXTime)
import Foreign.C.Error (throwErrnoIfMinus1_, throwErrnoPathIfMinus1_)
import Foreign.C.Types (CInt (..), CLong)
import Foreign.ForeignPtr (ForeignPtr, mallocForeignPtrBytes, withForeignPtr)
import Foreign.Ptr (Ptr)
import Foreign.Storable (Storable, peekByteOff)
import GHC.Exts (Addr#, Ptr (..))
import GHC.ForeignPtr (ForeignPtr (..), ForeignPtrContents)
import System.IO.Unsafe (unsafePerformIO)
import System.Posix.Internals (CStat, c_fstat, c_ftruncate)
import System.Posix.Types

unionFileModes, intersectFileModes :: FileMode -> FileMode -> FileMode
unionFileModes a b = a .|. b
intersectFileModes a b = a .&. b

nullFileMode, ownerReadMode, ownerWriteMode, ownerExecuteMode, ownerModes,
  groupReadMode, groupWriteMode, groupExecuteMode, groupModes,
  otherReadMode, otherWriteMode, otherExecuteMode, otherModes,
  setUserIDMode, setGroupIDMode, stdFileMode, accessModes, fileTypeModes,
  blockSpecialMode, characterSpecialMode, namedPipeMode, regularFileMode,
  directoryMode, symbolicLinkMode, socketMode :: FileMode
nullFileMode = 0
ownerReadMode = 0o400
ownerWriteMode = 0o200
ownerExecuteMode = 0o100
ownerModes = 0o700
groupReadMode = 0o40
groupWriteMode = 0o20
groupExecuteMode = 0o10
groupModes = 0o70
otherReadMode = 0o4
otherWriteMode = 0o2
otherExecuteMode = 0o1
otherModes = 0o7
setUserIDMode = 0o4000
setGroupIDMode = 0o2000
stdFileMode = 0o666
accessModes = 0o777
fileTypeModes = 0o170000
blockSpecialMode = 0o60000
characterSpecialMode = 0o20000
namedPipeMode = 0o10000
regularFileMode = 0o100000
directoryMode = 0o40000
symbolicLinkMode = 0o120000
socketMode = 0o140000

newtype FileStatus = FileStatus (ForeignPtr CStat)

-- | A FileStatus filled by a stat call (GHC's 144-byte struct stat); a
-- failure is errno's IOError at loc, naming the path if there is one.
statusOf :: String -> Maybe FilePath -> (Ptr CStat -> IO CInt) -> IO FileStatus
statusOf loc path call = do
  fp <- mallocForeignPtrBytes 144
  withForeignPtr fp $ \p -> case path of
    Nothing -> throwErrnoIfMinus1_ loc (call p)
    Just f -> throwErrnoPathIfMinus1_ loc f (call p)
  return (FileStatus fp)

getFdStatus :: Fd -> IO FileStatus
getFdStatus (Fd fd) = statusOf "getFdStatus" Nothing (c_fstat fd)

field :: (Storable a) => Int -> FileStatus -> a
field off (FileStatus fp) = unsafePerformIO (withForeignPtr fp (\p -> peekByteOff p off))

deviceID :: FileStatus -> DeviceID
deviceID = field 0
fileID :: FileStatus -> FileID
fileID = field 8
linkCount :: FileStatus -> LinkCount
linkCount = field 16
fileMode :: FileStatus -> FileMode
fileMode = field 24
fileOwner :: FileStatus -> UserID
fileOwner = field 28
fileGroup :: FileStatus -> GroupID
fileGroup = field 32
specialDeviceID :: FileStatus -> DeviceID
specialDeviceID = field 40
fileSize :: FileStatus -> FileOffset
fileSize = field 48
accessTime, modificationTime, statusChangeTime :: FileStatus -> EpochTime
accessTime = field 72
modificationTime = field 88
statusChangeTime = field 104

-- | seconds and nanoseconds at off as a POSIXTime (exact: picoseconds).
hiRes :: Int -> FileStatus -> POSIXTime
hiRes off st =
  let s = field off st :: Int64
      ns = field (off + 8) st :: Int64
   in MkNominalDiffTime (MkFixed (toInteger s * 1000000000000 + toInteger ns * 1000))

accessTimeHiRes, modificationTimeHiRes, statusChangeTimeHiRes :: FileStatus -> POSIXTime
accessTimeHiRes = hiRes 72
modificationTimeHiRes = hiRes 88
statusChangeTimeHiRes = hiRes 104

-- -O1 workers (the interface's types: the ForeignPtr's fields)
zz_zdwaccessTimeHiRes, zz_zdwmodificationTimeHiRes, zz_zdwstatusChangeTimeHiRes
  :: Addr# -> ForeignPtrContents -> POSIXTime
zz_zdwaccessTimeHiRes a c = hiRes 72 (FileStatus (ForeignPtr a c))
zz_zdwmodificationTimeHiRes a c = hiRes 88 (FileStatus (ForeignPtr a c))
zz_zdwstatusChangeTimeHiRes a c = hiRes 104 (FileStatus (ForeignPtr a c))

hasType :: FileMode -> FileStatus -> Bool
hasType t st = fileMode st .&. fileTypeModes == t

isBlockDevice, isCharacterDevice, isNamedPipe, isRegularFile, isDirectory,
  isSymbolicLink, isSocket :: FileStatus -> Bool
isBlockDevice = hasType blockSpecialMode
isCharacterDevice = hasType characterSpecialMode
isNamedPipe = hasType namedPipeMode
isRegularFile = hasType regularFileMode
isDirectory = hasType directoryMode
isSymbolicLink = hasType symbolicLinkMode
isSocket = hasType socketMode

setFdSize :: Fd -> FileOffset -> IO ()
setFdSize (Fd fd) (COff n) = throwErrnoIfMinus1_ "setFdSize" (c_ftruncate fd (COff n))

data PathVar
  = FileSizeBits
  | LinkLimit
  | InputLineLimit
  | InputQueueLimit
  | FileNameLimit
  | PathNameLimit
  | PipeBufferLimit
  | SymbolicLinkLimit
  | SetOwnerAndGroupIsRestricted
  | FileNamesAreNotTruncated
  | VDisableChar
  | AsyncIOAvailable
  | PrioIOAvailable
  | SyncIOAvailable

data CTimeSpec = CTimeSpec EpochTime CLong
data CTimeVal = CTimeVal CLong CLong

-- | Whole seconds (rounded down) and the nanoseconds past them.
toCTimeSpec :: POSIXTime -> CTimeSpec
toCTimeSpec (MkNominalDiffTime (MkFixed ps)) =
  let (s, r) = ps `divMod` 1000000000000
   in CTimeSpec (fromInteger s) (fromInteger (r `div` 1000))

toCTimeVal :: POSIXTime -> CTimeVal
toCTimeVal (MkNominalDiffTime (MkFixed ps)) =
  let (s, r) = ps `divMod` 1000000000000
   in CTimeVal (fromInteger s) (fromInteger (r `div` 1000000))

foreign import ccall unsafe "fchown" c_fchown :: CInt -> CUid -> CGid -> IO CInt

-- | fchown(2) (through Node's fs): -1 keeps the owner or group.
setFdOwnerAndGroup :: Fd -> UserID -> GroupID -> IO ()
setFdOwnerAndGroup (Fd fd) uid gid = throwErrnoIfMinus1_ "setFdOwnerAndGroup" (c_fchown fd uid gid)

foreign import ccall unsafe "fchmod" c_fchmod :: CInt -> CMode -> IO CInt

-- | fchmod(2) (through Node's fs).
setFdMode :: Fd -> FileMode -> IO ()
setFdMode (Fd fd) m = throwErrnoIfMinus1_ "setFdMode" (c_fchmod fd m)
