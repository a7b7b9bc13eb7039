{-# LANGUAGE MagicHash #-}
-- | unix-2.7.2.2's System.Posix.Files (clean-room, hs2stg): file status
-- and the path operations, through base's C calls (System.Posix.Internals)
-- and the machine's file system.
module System.Posix.Files
  ( module System.Posix.Files.Common
  , getFileStatus
  , getSymbolicLinkStatus
  , fileAccess
  , fileExist
  , setFileMode
  , createLink
  , removeLink
  , rename
  , createSymbolicLink
  , readSymbolicLink
  , setFileTimes
  , setFileTimesHiRes
  , touchFile
  , setFileSize
  , setOwnerAndGroup
  , setSymbolicLinkOwnerAndGroup
  ) where

import Data.Bits ((.|.))
import Data.Fixed (Fixed (..))
import Data.Time.Clock.Internal.NominalDiffTime (NominalDiffTime (..))
import Data.Time.Clock.POSIX (POSIXTime)
import Foreign.C.String (CString, peekCString, withCString)
import Foreign.C.Types (CInt (..))
import GHC.Exts (Ptr (..))
import GHC.Exts (unpackCStringUtf8#)
import System.Posix.Internals (c_close, c_ftruncate, c_open)
import Foreign.C.Error (eACCES, ePERM, eROFS, eTXTBSY, eNOENT, getErrno, throwErrnoPath, throwErrnoPathIfMinus1_)
import System.Posix.Files.Common hiding (statusOf, zz_zdwmodificationTimeHiRes, zz_zdwaccessTimeHiRes, zz_zdwstatusChangeTimeHiRes)
import qualified System.Posix.Files.Common as C
import System.Posix.Internals (c_access, c_chmod, c_link, c_stat, c_unlink, lstat, withFilePath)
import System.Posix.Types

getFileStatus :: FilePath -> IO FileStatus
getFileStatus path = withFilePath path $ \p -> C.statusOf "getFileStatus" (Just path) (c_stat p)

getSymbolicLinkStatus :: FilePath -> IO FileStatus
getSymbolicLinkStatus path = withFilePath path $ \p -> C.statusOf "getSymbolicLinkStatus" (Just path) (lstat p)

-- | access(2) for reading, writing and executing as asked: False when it is
-- denied (EACCES, EROFS, ETXTBSY, EPERM), else the failure's IOError.
fileAccess :: FilePath -> Bool -> Bool -> Bool -> IO Bool
fileAccess path r w x =
  withFilePath path $ \p -> do
    n <- c_access p (flag r 4 .|. flag w 2 .|. flag x 1)
    if n == 0
      then return True
      else do
        e <- getErrno
        if e == eACCES || e == eROFS || e == eTXTBSY || e == ePERM
          then return False
          else throwErrnoPath "fileAccess" path
  where
    flag b v = if b then v else 0

fileExist :: FilePath -> IO Bool
fileExist path =
  withFilePath path $ \p -> do
    n <- c_access p 0
    if n == 0
      then return True
      else do
        e <- getErrno
        if e == eNOENT then return False else throwErrnoPath "fileExist" path

setFileMode :: FilePath -> FileMode -> IO ()
setFileMode path m = withFilePath path $ \p -> throwErrnoPathIfMinus1_ "setFileMode" path (c_chmod p m)

createLink :: FilePath -> FilePath -> IO ()
createLink old new =
  withFilePath old $ \p -> withFilePath new $ \q ->
    throwErrnoPathIfMinus1_ "createLink" old (c_link p q)

removeLink :: FilePath -> IO ()
removeLink path = withFilePath path $ \p -> throwErrnoPathIfMinus1_ "removeLink" path (c_unlink p)

foreign import ccall unsafe "hs2stg_ux_dir2" c_dir2 :: CInt -> CString -> CString -> CString -> IO ()
foreign import ccall unsafe "hs2stg_ux_times" c_times :: CString -> CString -> CString -> CString -> IO ()
foreign import ccall unsafe "hs2stg_ux_dirstr" c_dirstr :: CInt -> CString -> CString -> IO CString

rename :: FilePath -> FilePath -> IO ()
rename old new = withCString old $ \p -> withCString new (c_dir2 6 (Ptr "rename"#) p)

createSymbolicLink :: FilePath -> FilePath -> IO ()
createSymbolicLink target link =
  withCString target $ \p -> withCString link (c_dir2 21 (Ptr "createSymbolicLink"#) p)

readSymbolicLink :: FilePath -> IO FilePath
readSymbolicLink path = withCString path (c_dirstr 22 (Ptr "readSymbolicLink"#)) >>= unpackResult

-- | utime(2): whole seconds.
setFileTimes :: FilePath -> EpochTime -> EpochTime -> IO ()
setFileTimes path atime mtime = times (Ptr "setFileTimes"#) path (ns atime) (ns mtime)
  where
    ns t = show (toInteger (fromEnum t) * 1000000000)

-- | utimensat(2) to the nanosecond (a POSIXTime's picoseconds rounded
-- down, as unix's timespec conversion); without hs2stg's native addon, a
-- time finer than a microsecond is refused by the machine, not cut short.
setFileTimesHiRes :: FilePath -> POSIXTime -> POSIXTime -> IO ()
setFileTimesHiRes path atime mtime = times (Ptr "setFileTimesHiRes"#) path (ns atime) (ns mtime)
  where
    ns (MkNominalDiffTime (MkFixed ps)) = show (ps `div` 1000)

-- | utimes(2) with no times: both set to the kernel's now (its file-time
-- clock, which a reading of the clock in Haskell can be ahead of).
touchFile :: FilePath -> IO ()
touchFile path = times (Ptr "touchFile"#) path "now" "now"

times :: CString -> FilePath -> String -> String -> IO ()
times loc path a m =
  withCString path $ \p -> withCString a $ \q -> withCString m (c_times loc p q)

-- | truncate(2).
setFileSize :: FilePath -> FileOffset -> IO ()
setFileSize path size =
  withFilePath path $ \p -> do
    fd <- c_open p 1 0
    throwErrnoPathIfMinus1_ "setFileSize" path (return fd)
    r <- c_ftruncate fd size
    _ <- c_close fd
    throwErrnoPathIfMinus1_ "setFileSize" path (return r)

-- | fsDir#'s result: UTF-8 to the end of its buffer (no NUL).
unpackResult :: CString -> IO String
unpackResult (Ptr a) = return $! forceString (unpackCStringUtf8# a)
  where
    forceString s = length s `seq` s

foreign import ccall unsafe "chown" c_chown :: CString -> CUid -> CGid -> IO CInt
foreign import ccall unsafe "lchown" c_lchown :: CString -> CUid -> CGid -> IO CInt

-- | chown(2) (through Node's fs, the same call): -1 keeps the owner or
-- group; changing them to another user's needs the privileges GHC's
-- program would need (EPERM otherwise, as GHC's).
setOwnerAndGroup :: FilePath -> UserID -> GroupID -> IO ()
setOwnerAndGroup name uid gid =
  withFilePath name $ \s -> throwErrnoPathIfMinus1_ "setOwnerAndGroup" name (c_chown s uid gid)

-- | lchown(2): the link itself.
setSymbolicLinkOwnerAndGroup :: FilePath -> UserID -> GroupID -> IO ()
setSymbolicLinkOwnerAndGroup name uid gid =
  withFilePath name $ \s ->
    throwErrnoPathIfMinus1_ "setSymbolicLinkOwnerAndGroup" name (c_lchown s uid gid)
