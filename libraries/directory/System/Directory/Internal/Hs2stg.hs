-- | hs2stg's own helpers for the hand-written System.Directory
-- (preludes/base/System.Directory+Times.stg): the parts that are easier in
-- Haskell than in miniSTG. Not a module of the directory package.
--   * file times: the machine's stat gives nanoseconds since the epoch;
--     setting one takes them as decimal text;
--   * the XDG base directories, as directory documents them: a variable
--     that is unset or not an absolute path gives way to its default under
--     the home directory; the result is normalised.
module System.Directory.Internal.Hs2stg
  ( timeFromNs
  , timeToNs
  , posixToNs
  , xdgDirectory
  , xdgDirectoryList
  , realpathC
  , freeC
  , withRealpathHs
  , canonicalizePathWithHs
  , attemptRealpath
  , attemptRealpathN
  , canonicalizeAbsolute
  ) where

import Control.Monad (foldM)
import Foreign.C.Error (throwErrnoIfNull)
import Foreign.C.String (CString)
import Foreign.C.Types (CInt (..))
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Ptr (Ptr, nullPtr)
import qualified GHC.Foreign
import GHC.IO.Encoding (getFileSystemEncoding)
import System.IO.Error (tryIOError)
import System.Posix.Files (readSymbolicLink)

import Data.Fixed (Fixed (..))
import Data.Time.Clock.Internal.NominalDiffTime (NominalDiffTime (..))
import Data.Time.Clock.Internal.UTCTime (UTCTime)
import Data.Time.Clock.POSIX (POSIXTime, posixSecondsToUTCTime, utcTimeToPOSIXSeconds)
import System.Directory.Internal.Common
import System.Environment (lookupEnv)
import System.FilePath.Posix (dropTrailingPathSeparator, isRelative, joinPath, normalise, splitDirectories, splitSearchPath, (</>))

timeFromNs :: Int -> UTCTime
timeFromNs ns = posixSecondsToUTCTime (MkNominalDiffTime (MkFixed (toInteger ns * 1000)))

-- | Nanoseconds (rounded down) since the epoch, in decimal.
timeToNs :: UTCTime -> String
timeToNs t = case utcTimeToPOSIXSeconds t of
  MkNominalDiffTime (MkFixed ps) -> show (ps `div` 1000)

-- | A time for setTimes (nanoseconds, rounded down, in decimal), or ""
-- for one to keep (utimensat's UTIME_OMIT).
posixToNs :: Maybe POSIXTime -> String
posixToNs Nothing = ""
posixToNs (Just (MkNominalDiffTime (MkFixed ps))) = show (ps `div` 1000)

-- | The base directory of kind d (home given) with path appended.
xdgDirectory :: IO FilePath -> XdgDirectory -> FilePath -> IO FilePath
xdgDirectory home d path = do
  v <- lookupEnv var
  base <- case v of
    Just dir | not (isRelative dir) -> return dir
    _ -> fmap (</> fallback) home
  return (normalise (base </> path))
  where
    (var, fallback) = case d of
      XdgData -> ("XDG_DATA_HOME", ".local/share")
      XdgConfig -> ("XDG_CONFIG_HOME", ".config")
      XdgCache -> ("XDG_CACHE_HOME", ".cache")

-- | The search path of kind d: the variable's entries as they are, or the
-- default when it is unset or empty.
xdgDirectoryList :: XdgDirectoryList -> IO [FilePath]
xdgDirectoryList d = do
  v <- lookupEnv var
  return $ case v of
    Just s | not (null s) -> splitSearchPath s
    _ -> defaults
  where
    (var, defaults) = case d of
      XdgDataDirs -> ("XDG_DATA_DIRS", ["/usr/local/share/", "/usr/share/"])
      XdgConfigDirs -> ("XDG_CONFIG_DIRS", ["/etc/xdg"])

foreign import ccall unsafe "hs2stg_realpath" c_realpathRaw :: CString -> CString -> IO CInt
foreign import ccall unsafe "free" c_freeRaw :: Ptr a -> IO ()

-- | directory's c_realpath: realpath(3) of path into buf (PATH_MAX + 1
-- bytes), buf, or the null pointer with errno set.
realpathC :: CString -> CString -> IO CString
realpathC path buf = do
  r <- c_realpathRaw path buf
  return (if r == 0 then buf else nullPtr)

-- | directory's c_free (free(3); the machine's memory is collected).
freeC :: Ptr a -> IO ()
freeC = c_freeRaw

-- | directory's withRealpath: the action given the real path of path in a
-- buffer of its own; realpath's failure is an IOError with errno and no
-- location, as the package's.
withRealpathHs :: CString -> (CString -> IO a) -> IO a
withRealpathHs path act =
  allocaBytes 4097 $ \buf -> throwErrnoIfNull "" (realpathC path buf) >>= act

-- | directory's canonicalizePathWith: attempt given the realpath of a
-- FilePath (through the file system encoding), applied to path.
canonicalizePathWithHs
  :: ((FilePath -> IO FilePath) -> FilePath -> IO FilePath) -> FilePath -> IO FilePath
canonicalizePathWithHs attempt path = do
  enc <- getFileSystemEncoding
  let realpath p = GHC.Foreign.withCString enc p (\c -> withRealpathHs c (GHC.Foreign.peekCString enc))
  attempt realpath path

-- | canonicalizePath's resolution (directory's canonicalizePath3), worked
-- out against the installed package: the longest prefix of the path's
-- components that realpath resolves, the rest appended. When the first
-- component of the rest is a symbolic link (so a dangling one, or a loop),
-- its target takes its place and the whole is resolved again, at most 64
-- times; past that the first answer stands.
attemptRealpath :: (FilePath -> IO FilePath) -> FilePath -> IO FilePath
attemptRealpath = attemptRealpathN 64

-- | The same with n resolutions left.
attemptRealpathN :: Int -> (FilePath -> IO FilePath) -> FilePath -> IO FilePath
attemptRealpathN limit realpath = go limit Nothing
  where
    go n first path = case first of
      Just answer | n <= 0 -> return answer
      _ -> do
        (resolved, rest) <- longest (splitDirectories path)
        let answer = foldl (</>) resolved rest
        case rest of
          [] -> return answer
          next : more -> do
            link <- tryIOError (readSymbolicLink (resolved </> next))
            case link of
              Left _ -> return answer
              Right target ->
                go (n - 1) (Just (maybe answer id first)) (resolved </> target </> joinPath more)
    -- the real path of the longest prefix realpath resolves, and the rest
    longest parts = foldM try1 Nothing (reverse [0 .. length parts]) >>= \r ->
      return (maybe ("", parts) id r)
      where
        try1 (Just found) _ = return (Just found)
        try1 Nothing 0 = return Nothing
        try1 Nothing k = do
          r <- tryIOError (realpath (joinPath (take k parts)))
          return (either (const Nothing) (\p -> Just (p, drop k parts)) r)

-- | canonicalizePath of an absolute path: the resolution, normalised,
-- without a trailing separator.
canonicalizeAbsolute :: FilePath -> IO FilePath
canonicalizeAbsolute path = do
  r <- canonicalizePathWithHs attemptRealpath path
  return (dropTrailingPathSeparator (if null r then r else normalise r))
