-- | unix-2.7.2.2's System.Posix.Error (clean-room, hs2stg): the
-- throwErrnoPath family and its retrying variants (EINTR retried).
module System.Posix.Error
  ( throwErrnoPath
  , throwErrnoPathIf
  , throwErrnoPathIf_
  , throwErrnoPathIfRetry
  , throwErrnoPathIfNull
  , throwErrnoPathIfNullRetry
  , throwErrnoPathIfMinus1
  , throwErrnoPathIfMinus1_
  , throwErrnoPathIfMinus1Retry
  , throwErrnoPathIfMinus1Retry_
  ) where

import Foreign.C.Error
import Foreign.Ptr (Ptr, nullPtr)

throwErrnoPathIfRetry :: (a -> Bool) -> String -> FilePath -> IO a -> IO a
throwErrnoPathIfRetry bad loc path act = do
  r <- act
  if bad r
    then do
      e <- getErrno
      if e == eINTR then throwErrnoPathIfRetry bad loc path act else throwErrnoPath loc path
    else return r

throwErrnoPathIfNullRetry :: String -> FilePath -> IO (Ptr a) -> IO (Ptr a)
throwErrnoPathIfNullRetry = throwErrnoPathIfRetry (== nullPtr)

throwErrnoPathIfMinus1Retry :: (Eq a, Num a) => String -> FilePath -> IO a -> IO a
throwErrnoPathIfMinus1Retry = throwErrnoPathIfRetry (== -1)

throwErrnoPathIfMinus1Retry_ :: (Eq a, Num a) => String -> FilePath -> IO a -> IO ()
throwErrnoPathIfMinus1Retry_ loc path act = throwErrnoPathIfMinus1Retry loc path act >> return ()
