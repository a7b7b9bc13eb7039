-- System.Directory.Internal's POSIX layer (System.Directory.Internal.Posix):
-- write modes, metadata readers, the working directory. Relative paths
-- only; times and modes compared, never printed raw.
import Control.Exception
import System.Directory
import System.Directory.Internal
import System.IO.Error

main :: IO ()
main = do
  print (allWriteMode, hasWriteMode allWriteMode, hasWriteMode 0o444, hasWriteMode 0o200)
  print [setWriteMode b m | b <- [False, True], m <- [0, 0o644, 0o755, 0o100444, 0o7777]]
  print [hasWriteMode (setWriteMode b m) | b <- [False, True], m <- [0o644, 0o555]]
  writeFile "f.txt" "contents"
  createDirectory "sub"
  m <- getFileMetadata "f.txt"
  dm <- getFileMetadata "sub"
  print (fileTypeFromMetadata m, fileTypeFromMetadata dm, fileSizeFromMetadata m)
  let mode = modeFromMetadata m
  print (mode `div` 0o1000, hasWriteMode mode, hasWriteMode (modeFromMetadata dm))
  setModificationTime "f.txt" (read "2010-06-07 08:09:10.125 UTC")
  m2 <- getFileMetadata "f.txt"
  print (posix_modificationTimeHiRes m2, modificationTimeFromMetadata m2)
  print (posix_accessTimeHiRes m2 >= 0, accessTimeFromMetadata m2 > read "2000-01-01 00:00:00 UTC")
  cwd <- getCurrentDirectoryInternal
  cwd' <- getCurrentDirectory
  print (cwd == cwd')
  r <- try (getFileMetadata "missing") :: IO (Either IOException Metadata)
  print (either (\e -> (isDoesNotExistError e, ioeGetFileName e)) (const (False, Nothing)) r)
  removeFile "f.txt"
  removeDirectory "sub"
