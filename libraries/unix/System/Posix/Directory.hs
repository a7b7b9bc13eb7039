{-# LANGUAGE MagicHash #-}
-- | unix-2.7.2.2's System.Posix.Directory (clean-room, hs2stg): through
-- the machine's file system (fsDir#, as System.Directory), so the working
-- directory is the one System.Directory sees.
module System.Posix.Directory
  ( createDirectory
  , removeDirectory
  , getWorkingDirectory
  , changeWorkingDirectory
  , openDirStream
  , readDirStream
  , module System.Posix.Directory.Common
    , zz_zdwreadDirStream
  ) where

import System.Posix.Directory.Common hiding (openStream, readStream)
import qualified System.Posix.Directory.Common as Common

import Data.Bits (complement, (.&.))
import Foreign.C.String (CString, peekCString, withCString)
import Foreign.C.Types (CInt (..))
import GHC.Exts (Ptr (..))
import GHC.Exts (unpackCStringUtf8#)
import System.Posix.Hs2stg (uxInt)
import System.Posix.Types
import GHC.Exts (Addr#)

foreign import ccall unsafe "hs2stg_ux_dir" c_dir :: CInt -> CString -> CString -> IO ()
foreign import ccall unsafe "hs2stg_ux_dir2" c_dir2 :: CInt -> CString -> CString -> CString -> IO ()
foreign import ccall unsafe "hs2stg_ux_dirlist" c_dirlist :: CString -> CString -> IO Int
foreign import ccall unsafe "hs2stg_ux_result" c_result :: Int -> IO CString
foreign import ccall unsafe "hs2stg_ux_dirstr" c_dirstr :: CInt -> CString -> CString -> IO CString

-- | mkdir(2): the mode less the process's umask, as the kernel gives it.
createDirectory :: FilePath -> FileMode -> IO ()
createDirectory path mode = do
  withCString path (c_dir 2 (Ptr "createDirectory"#))
  mask <- uxInt 10 0
  let want = mode .&. complement (fromIntegral mask) .&. 0o7777
  if want /= 0o777 .&. complement (fromIntegral mask)
    then withCString path $ \p -> withCString (show (fromIntegral want :: Int)) $ \m ->
      c_dir2 25 (Ptr "createDirectory"#) p m
    else return ()

removeDirectory :: FilePath -> IO ()
removeDirectory path = withCString path (c_dir 4 (Ptr "removeDirectory"#))

changeWorkingDirectory :: FilePath -> IO ()
changeWorkingDirectory path = withCString path (c_dir 11 (Ptr "changeWorkingDirectory"#))

getWorkingDirectory :: IO FilePath
getWorkingDirectory = withCString "" (c_dirstr 10 (Ptr "getWorkingDirectory"#)) >>= unpackResult

-- | fsDir#'s result: UTF-8 to the end of its buffer (no NUL).
unpackResult :: CString -> IO String
unpackResult (Ptr a) = return $! forceString (unpackCStringUtf8# a)
  where
    forceString s = length s `seq` s

-- | opendir(3): the entries are read now (Common's table).
openDirStream :: FilePath -> IO DirStream
openDirStream path = do
  n <- withCString path (c_dirlist (Ptr "openDirStream"#))
  names <- mapM (\i -> c_result i >>= unpackResult) [0 .. n - 1]
  Common.openStream names

readDirStream :: DirStream -> IO FilePath
readDirStream = Common.readStream


zz_zdwreadDirStream :: Addr# -> IO FilePath
zz_zdwreadDirStream a = readDirStream (DirStream (Ptr a))
