-- | unix-2.7.2.2's System.Posix.Temp.ByteString (clean-room, hs2stg).
module System.Posix.Temp.ByteString (mkstemp, mkstemps, mkdtemp) where

import System.IO (Handle)
import System.Posix.ByteString.FilePath (RawFilePath, fromString, toString)
import qualified System.Posix.Temp as T

mkstemp :: RawFilePath -> IO (RawFilePath, Handle)
mkstemp p = do
  (n, h) <- toString p >>= T.mkstemp
  n' <- fromString n
  return (n', h)

mkstemps :: RawFilePath -> RawFilePath -> IO (RawFilePath, Handle)
mkstemps p s = do
  a <- toString p
  b <- toString s
  (n, h) <- T.mkstemps a b
  n' <- fromString n
  return (n', h)

mkdtemp :: RawFilePath -> IO RawFilePath
mkdtemp p = toString p >>= T.mkdtemp >>= fromString
