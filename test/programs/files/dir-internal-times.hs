-- System.Directory.Internal's setTimes (access and modification time
-- together, Nothing keeping one) and getDirectoryContentsInternal (every
-- entry, "." and ".." too), with their errors. Relative paths only.
import Control.Exception
import Data.List (sort)
import System.Directory
import System.Directory.Internal
import System.IO.Error

main :: IO ()
main = do
  createDirectory "d"
  writeFile "d/a.txt" "a"
  writeFile "d/b.txt" "bb"
  createDirectory "d/sub"
  getDirectoryContentsInternal "d" >>= print . sort
  getDirectoryContentsInternal "d/sub" >>= print . sort
  r <- try (getDirectoryContentsInternal "nowhere")
  case r of
    Left e -> print (isDoesNotExistError e, ioeGetFileName e, ioeGetLocation e, e)
    Right xs -> print (xs :: [FilePath])
  r2 <- try (getDirectoryContentsInternal "d/a.txt")
  case r2 of
    Left e -> print (ioeGetFileName e, ioeGetLocation e, e)
    Right xs -> print (xs :: [FilePath])
  setTimes "d/a.txt" (Just 1000000000.5, Just 1234567890.25)
  m <- getFileMetadata "d/a.txt"
  print (posix_accessTimeHiRes m, posix_modificationTimeHiRes m)
  setTimes "d/a.txt" (Nothing, Just 86400)
  m2 <- getFileMetadata "d/a.txt"
  print (posix_accessTimeHiRes m2, posix_modificationTimeHiRes m2)
  setTimes "d/a.txt" (Just 42.5, Nothing)
  m3 <- getFileMetadata "d/a.txt"
  print (posix_accessTimeHiRes m3, posix_modificationTimeHiRes m3)
  setTimes "d/a.txt" (Nothing, Nothing)
  m4 <- getFileMetadata "d/a.txt"
  print (posix_accessTimeHiRes m4, posix_modificationTimeHiRes m4)
  getModificationTime "d/a.txt" >>= print
  r3 <- try (setTimes "d/missing" (Just 1, Just 2))
  case r3 of
    Left e -> print (isDoesNotExistError e, ioeGetFileName e, ioeGetLocation e, e)
    Right () -> putStrLn "set"
  removeDirectoryRecursive "d"
