{-# LANGUAGE MagicHash #-}
-- | unix-2.7.2.2's System.Posix.Directory.ByteString (clean-room, hs2stg).
module System.Posix.Directory.ByteString
  ( createDirectory, removeDirectory, getWorkingDirectory, changeWorkingDirectory
  , openDirStream, readDirStream
  , module System.Posix.Directory.Common
    , zz_zdwcreateDirectory, zz_zdwgo
  ) where

import System.Posix.Directory.Common (DirStream, DirStreamOffset (..), closeDirStream, rewindDirStream, seekDirStream, tellDirStream)

import System.Posix.ByteString.FilePath (RawFilePath, fromString, toString)
import qualified System.Posix.Directory as D
import System.Posix.Types
import GHC.Exts (Addr#, Int (..), Int#, Word#)
import GHC.ForeignPtr (ForeignPtr (..), ForeignPtrContents)
import GHC.Word (Word32 (..))
import Data.ByteString.Internal (fromForeignPtr)

createDirectory :: RawFilePath -> FileMode -> IO ()
createDirectory p m = toString p >>= \s -> D.createDirectory s m

removeDirectory, changeWorkingDirectory :: RawFilePath -> IO ()
removeDirectory p = toString p >>= D.removeDirectory
changeWorkingDirectory p = toString p >>= D.changeWorkingDirectory

getWorkingDirectory :: IO RawFilePath
getWorkingDirectory = D.getWorkingDirectory >>= fromString

openDirStream :: RawFilePath -> IO DirStream
openDirStream p = toString p >>= D.openDirStream

readDirStream :: DirStream -> IO RawFilePath
readDirStream d = D.readDirStream d >>= fromString


-- -O1 workers: a ByteString as its fields.
zz_zdwcreateDirectory :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Word# -> IO ()
zz_zdwcreateDirectory a c o l m = createDirectory (fromForeignPtr (ForeignPtr a c) (I# o) (I# l)) (CMode (W32# m))

zz_zdwgo :: Int# -> IO RawFilePath
zz_zdwgo _ = getWorkingDirectory
