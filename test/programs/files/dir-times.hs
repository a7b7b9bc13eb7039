-- File times: read, set (modification and access apart), on files and
-- directories, and their errors; in a directory the program makes and removes.
import Data.Time.Calendar
import Data.Time.Clock
import Data.Time.Clock.POSIX
import System.Directory
import System.IO.Error

main :: IO ()
main = do
  let d = "times-tmp"
      f = d ++ "/a.txt"
  createDirectory d
  writeFile f "hello"
  m0 <- getModificationTime f
  now <- getCurrentTime
  -- written just now (real clock values differ between runs)
  print (abs (diffUTCTime now m0) < 600)
  let t1 = posixSecondsToUTCTime 1234567890.5
      t2 = UTCTime (fromGregorian 2001 9 9) 6400.25
  setModificationTime f t1
  getModificationTime f >>= print
  setAccessTime f t2
  getAccessTime f >>= print
  getModificationTime f >>= print
  setModificationTime f (posixSecondsToUTCTime 0)
  getModificationTime f >>= print
  getAccessTime f >>= print
  setModificationTime f (UTCTime (fromGregorian 1999 12 31) 86399.125)
  m <- getModificationTime f
  print (m, utcTimeToPOSIXSeconds m, toGregorian (utctDay m))
  setModificationTime d t2
  getModificationTime d >>= print
  tryIOError (getModificationTime (d ++ "/missing")) >>= print
  -- "" stands for "."
  setCurrentDirectory d
  setModificationTime "" t1
  getModificationTime "." >>= print
  same <- (==) <$> getAccessTime "" <*> getAccessTime "."
  print same
  setCurrentDirectory ".."
  tryIOError (setAccessTime (d ++ "/missing") t1) >>= print
  tryIOError (setModificationTime (d ++ "/no/such") t1) >>= print
  removeDirectoryRecursive d
  doesDirectoryExist d >>= print
