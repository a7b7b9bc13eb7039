-- File times before 1970: struct stat keeps whole seconds rounded down and a
-- non-negative tv_nsec (st_mtime of -1.25 s is -2), as the kernel fills it.
import System.Directory
import System.Posix.Files
import Data.Time.Clock.POSIX
import Data.Time

main :: IO ()
main = do
  writeFile "old.txt" "x"
  let t = posixSecondsToUTCTime (-1.25)
  setModificationTime "old.txt" t
  m <- getModificationTime "old.txt"
  print m
  st <- getFileStatus "old.txt"
  print (modificationTime st)
  print (modificationTimeHiRes st)
  removeFile "old.txt"
