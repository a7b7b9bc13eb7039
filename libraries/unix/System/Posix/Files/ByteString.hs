{-# LANGUAGE MagicHash #-}
-- | unix-2.7.2.2's System.Posix.Files.ByteString (clean-room, hs2stg): the
-- String functions of System.Posix.Files on paths given as bytes
-- (System.Posix.ByteString.FilePath.toString).
module System.Posix.Files.ByteString
  ( module System.Posix.Files.Common
  , getFileStatus, getSymbolicLinkStatus, fileAccess, fileExist
  , setFileMode, createLink, removeLink, rename, createSymbolicLink
  , readSymbolicLink, setFileTimes, touchFile, setFileSize
  , setOwnerAndGroup, setSymbolicLinkOwnerAndGroup, setFileTimesHiRes
    , zz_zdwrename, zz_zdwcreateSymbolicLink, zz_zdwreadSymbolicLink
    , zz_zdwsetFileTimesHiRes
  ) where

import System.Posix.ByteString.FilePath (RawFilePath, fromString, toString)
import qualified System.Posix.Files as F
import System.Posix.Files.Common hiding (statusOf, zz_zdwmodificationTimeHiRes, zz_zdwaccessTimeHiRes, zz_zdwstatusChangeTimeHiRes)
import System.Posix.Types
import Data.Time.Clock.POSIX (POSIXTime)
import GHC.Exts (Addr#, Int (..), Int#)
import GHC.ForeignPtr (ForeignPtr (..), ForeignPtrContents)
import Data.ByteString.Internal (fromForeignPtr)

on1 :: (String -> IO a) -> RawFilePath -> IO a
on1 f p = toString p >>= f

on2 :: (String -> String -> IO a) -> RawFilePath -> RawFilePath -> IO a
on2 f p q = do
  a <- toString p
  b <- toString q
  f a b

getFileStatus, getSymbolicLinkStatus :: RawFilePath -> IO FileStatus
getFileStatus = on1 F.getFileStatus
getSymbolicLinkStatus = on1 F.getSymbolicLinkStatus

fileAccess :: RawFilePath -> Bool -> Bool -> Bool -> IO Bool
fileAccess p r w x = toString p >>= \s -> F.fileAccess s r w x

fileExist :: RawFilePath -> IO Bool
fileExist = on1 F.fileExist

setFileMode :: RawFilePath -> FileMode -> IO ()
setFileMode p m = toString p >>= \s -> F.setFileMode s m

createLink, rename, createSymbolicLink :: RawFilePath -> RawFilePath -> IO ()
createLink = on2 F.createLink
rename = on2 F.rename
createSymbolicLink = on2 F.createSymbolicLink

removeLink, touchFile :: RawFilePath -> IO ()
removeLink = on1 F.removeLink
touchFile = on1 F.touchFile

readSymbolicLink :: RawFilePath -> IO RawFilePath
readSymbolicLink p = toString p >>= F.readSymbolicLink >>= fromString

setFileTimes :: RawFilePath -> EpochTime -> EpochTime -> IO ()
setFileTimes p a m = toString p >>= \s -> F.setFileTimes s a m

setFileSize :: RawFilePath -> FileOffset -> IO ()
setFileSize p n = toString p >>= \s -> F.setFileSize s n


-- -O1 workers: the ByteStrings as their fields.
bs :: Addr# -> ForeignPtrContents -> Int# -> Int# -> RawFilePath
bs a c o l = fromForeignPtr (ForeignPtr a c) (I# o) (I# l)

zz_zdwrename, zz_zdwcreateSymbolicLink
  :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Addr# -> ForeignPtrContents -> Int# -> Int# -> IO ()
zz_zdwrename a c o l a' c' o' l' = rename (bs a c o l) (bs a' c' o' l')
zz_zdwcreateSymbolicLink a c o l a' c' o' l' = createSymbolicLink (bs a c o l) (bs a' c' o' l')

zz_zdwreadSymbolicLink :: Addr# -> ForeignPtrContents -> Int# -> Int# -> IO RawFilePath
zz_zdwreadSymbolicLink a c o l = readSymbolicLink (bs a c o l)

setOwnerAndGroup, setSymbolicLinkOwnerAndGroup :: RawFilePath -> UserID -> GroupID -> IO ()
setOwnerAndGroup p u g = toString p >>= \s -> F.setOwnerAndGroup s u g
setSymbolicLinkOwnerAndGroup p u g = toString p >>= \s -> F.setSymbolicLinkOwnerAndGroup s u g

setFileTimesHiRes :: RawFilePath -> POSIXTime -> POSIXTime -> IO ()
setFileTimesHiRes p a m = toString p >>= \s -> F.setFileTimesHiRes s a m

-- | The worker -O1 code calls: the path's ByteString fields apart.
zz_zdwsetFileTimesHiRes :: Addr# -> ForeignPtrContents -> Int# -> Int# -> POSIXTime -> POSIXTime -> IO ()
zz_zdwsetFileTimesHiRes a c o l = setFileTimesHiRes (bs a c o l)

