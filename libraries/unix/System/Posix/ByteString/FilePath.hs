-- | unix-2.7.2.2's System.Posix.ByteString.FilePath (clean-room, hs2stg):
-- paths as raw bytes. hs2stg's path calls take Strings, so a RawFilePath
-- crosses over through the file system encoding (with its round-trip
-- escapes, so every byte sequence comes back as it was); an error names
-- the path as unix does, a Char per byte.
module System.Posix.ByteString.FilePath
  ( RawFilePath
  , withFilePath
  , peekFilePath
  , peekFilePathLen
  , throwErrnoPathIfMinus1Retry
  , throwErrnoPathIfMinus1Retry_
  , throwErrnoPathIfNullRetry
  , throwErrnoPathIfRetry
  , throwErrnoPath
  , throwErrnoPathIf
  , throwErrnoPathIf_
  , throwErrnoPathIfNull
  , throwErrnoPathIfMinus1
  , throwErrnoPathIfMinus1_
  , toString
  , fromString
  ) where

import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as BC
import Foreign.C.String (CString, CStringLen)
import Foreign.Ptr (Ptr)
import qualified Foreign.C.Error as E
import qualified GHC.Foreign as GHC
import GHC.IO.Encoding (getFileSystemEncoding)
import qualified System.Posix.Error as PE

type RawFilePath = B.ByteString

withFilePath :: RawFilePath -> (CString -> IO a) -> IO a
withFilePath = B.useAsCString

peekFilePath :: CString -> IO RawFilePath
peekFilePath = B.packCString

peekFilePathLen :: CStringLen -> IO RawFilePath
peekFilePathLen = B.packCStringLen

-- | The path as the String hs2stg's calls take.
toString :: RawFilePath -> IO String
toString p = do
  enc <- getFileSystemEncoding
  B.useAsCStringLen p (GHC.peekCStringLen enc)

fromString :: String -> IO RawFilePath
fromString s = do
  enc <- getFileSystemEncoding
  GHC.withCStringLen enc s B.packCStringLen

throwErrnoPath :: String -> RawFilePath -> IO a
throwErrnoPath loc p = E.throwErrnoPath loc (BC.unpack p)

throwErrnoPathIf :: (a -> Bool) -> String -> RawFilePath -> IO a -> IO a
throwErrnoPathIf bad loc p = E.throwErrnoPathIf bad loc (BC.unpack p)

throwErrnoPathIf_ :: (a -> Bool) -> String -> RawFilePath -> IO a -> IO ()
throwErrnoPathIf_ bad loc p = E.throwErrnoPathIf_ bad loc (BC.unpack p)

throwErrnoPathIfNull :: String -> RawFilePath -> IO (Ptr a) -> IO (Ptr a)
throwErrnoPathIfNull loc p = E.throwErrnoPathIfNull loc (BC.unpack p)

throwErrnoPathIfMinus1 :: (Eq a, Num a) => String -> RawFilePath -> IO a -> IO a
throwErrnoPathIfMinus1 loc p = E.throwErrnoPathIfMinus1 loc (BC.unpack p)

throwErrnoPathIfMinus1_ :: (Eq a, Num a) => String -> RawFilePath -> IO a -> IO ()
throwErrnoPathIfMinus1_ loc p = E.throwErrnoPathIfMinus1_ loc (BC.unpack p)

throwErrnoPathIfRetry :: (a -> Bool) -> String -> RawFilePath -> IO a -> IO a
throwErrnoPathIfRetry bad loc p = PE.throwErrnoPathIfRetry bad loc (BC.unpack p)

throwErrnoPathIfNullRetry :: String -> RawFilePath -> IO (Ptr a) -> IO (Ptr a)
throwErrnoPathIfNullRetry loc p = PE.throwErrnoPathIfNullRetry loc (BC.unpack p)

throwErrnoPathIfMinus1Retry :: (Eq a, Num a) => String -> RawFilePath -> IO a -> IO a
throwErrnoPathIfMinus1Retry loc p = PE.throwErrnoPathIfMinus1Retry loc (BC.unpack p)

throwErrnoPathIfMinus1Retry_ :: (Eq a, Num a) => String -> RawFilePath -> IO a -> IO ()
throwErrnoPathIfMinus1Retry_ loc p = PE.throwErrnoPathIfMinus1Retry_ loc (BC.unpack p)
