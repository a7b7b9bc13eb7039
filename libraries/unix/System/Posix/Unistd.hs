-- | unix-2.7.2.2's System.Posix.Unistd (clean-room, hs2stg).
module System.Posix.Unistd
  ( SystemID (..)
  , getSystemID
  , sleep
  , usleep
  , nanosleep
  , SysVar (..)
  , getSysVar
  , sysconfHs
  , fileSynchronise
  , fileSynchroniseDataOnly
  ) where

import Foreign.C.Error (throwErrnoIfMinus1_)
import Foreign.C.Types (CInt (..))
import System.Posix.Hs2stg (splitOn, uxInt, uxText)
import System.Posix.Types (Fd (..))

data SystemID = SystemID
  { systemName :: String
  , nodeName :: String
  , release :: String
  , version :: String
  , machine :: String
  }

-- | uname(2), as Node's os module reports it.
getSystemID :: IO SystemID
getSystemID = do
  t <- uxText "getSystemID" 6 0
  case fmap (splitOn '\n') t of
    Just [a, b, c, d, e] -> return (SystemID a b c d e)
    _ -> ioError (userError "hs2stg: getSystemID: uname gave no five fields")

-- | Sleeps n seconds; 0 left (no signal interrupts the machine's sleep).
sleep :: Int -> IO Int
sleep n = uxInt 6 (n * 1000000) >> return 0

usleep :: Int -> IO ()
usleep n = uxInt 6 n >> return ()

nanosleep :: Integer -> IO ()
nanosleep n = uxInt 6 (fromInteger (n `div` 1000)) >> return ()

data SysVar
  = ArgumentLimit
  | ChildLimit
  | ClockTick
  | GroupLimit
  | OpenFileLimit
  | PosixVersion
  | HasSavedIDs
  | HasJobControl

-- | sysconf(3) as glibc answers it on Linux x86-64: the argument limit from
-- the stack limit (a quarter of it, at least 128 KiB and at most 6 MiB;
-- 6 MiB when unlimited), the child limit the process limit, and the
-- constants (USER_HZ, NGROUPS_MAX, _POSIX_VERSION, saved ids, job
-- control). The open-file limit is the interpreter's own (Node raises
-- it), so it stops with a message, as does an unlimited child limit (glibc
-- gives -1, and unix's getSysVar an error that depends on errno).
getSysVar :: SysVar -> IO Integer
getSysVar v = fmap toInteger (sysconfHs (code v))
  where
    code x = case x of
      ArgumentLimit -> 0
      ChildLimit -> 1
      ClockTick -> 2
      GroupLimit -> 3
      OpenFileLimit -> 4
      PosixVersion -> 29
      HasSavedIDs -> 8
      HasJobControl -> 7

-- | sysconf by its _SC_ number (the C call -O1 code makes).
sysconfHs :: Int -> IO Int
sysconfHs n = case n of
  0 -> do
    s <- softLimitOf 3
    return (maybe 6291456 (\k -> max 131072 (min 6291456 (k `div` 4))) s)
  1 -> softLimitOf 6 >>= maybe (refuse "ChildLimit" "the process limit is unlimited, for which glibc's sysconf gives -1 and unix's getSysVar an error that depends on errno") return
  2 -> return 100
  3 -> return 65536
  4 -> refuse "OpenFileLimit" "Node raises its own open-file limit, so the interpreter's is not the program's"
  7 -> return 1
  8 -> return 1
  29 -> return 200809
  _ -> refuse (show n) "only the _SC_ numbers of unix's SysVar are served"
  where
    refuse what why = ioError (userError ("hs2stg: getSysVar " ++ what ++ ": " ++ why))

-- | The soft limit of RLIMIT_* r (/proc/self/limits), Nothing when unlimited.
softLimitOf :: Int -> IO (Maybe Int)
softLimitOf r = do
  t <- uxText "getSysVar" 8 r
  case fmap words t of
    Just ["-1", _] -> return Nothing
    Just [s, _] -> return (Just (read s))
    _ -> ioError (userError "hs2stg: getSysVar: no limits read")

foreign import ccall unsafe "fsync" c_fsync :: CInt -> IO CInt
foreign import ccall unsafe "fdatasync" c_fdatasync :: CInt -> IO CInt

-- | fsync(2) / fdatasync(2) of a descriptor (Node's fs, the same calls).
fileSynchronise, fileSynchroniseDataOnly :: Fd -> IO ()
fileSynchronise (Fd fd) = throwErrnoIfMinus1_ "fileSynchronise" (c_fsync fd)
fileSynchroniseDataOnly (Fd fd) = throwErrnoIfMinus1_ "fileSynchroniseDataOnly" (c_fdatasync fd)
