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
  ) where

import Data.Fixed (Fixed (..))
import Data.Time.Clock.Internal.NominalDiffTime (NominalDiffTime (..))
import Data.Time.Clock.Internal.UTCTime (UTCTime)
import Data.Time.Clock.POSIX (POSIXTime, posixSecondsToUTCTime, utcTimeToPOSIXSeconds)
import System.Directory.Internal.Common
import System.Environment (lookupEnv)
import System.FilePath.Posix (isRelative, normalise, splitSearchPath, (</>))

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
