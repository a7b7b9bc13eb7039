-- unix: file status in the sandbox (sizes, modes, kinds, link counts,
-- times compared with each other), links, renames, symlinks, errors.
import Control.Exception (IOException, try)
import Control.Monad (forM_)
import System.Posix.Files
import System.Posix.Directory
import System.Posix.Types
import Data.Bits ((.&.))

report :: String -> IO ()
report p = do
  r <- try (getFileStatus p) :: IO (Either IOException FileStatus)
  case r of
    Left e -> putStrLn ("error: " ++ show e)
    Right st -> do
      putStrLn (p ++ ": size " ++ show (fileSize st)
        ++ ", perms " ++ show (fileMode st .&. accessModes)
        ++ ", regular " ++ show (isRegularFile st)
        ++ ", dir " ++ show (isDirectory st)
        ++ ", links " ++ show (linkCount st))

main :: IO ()
main = do
  writeFile "a.txt" "hello, unix\n"
  createDirectory "d" 0o755
  report "a.txt"
  report "d"
  report "missing"
  setFileMode "a.txt" 0o640
  report "a.txt"
  createLink "a.txt" "b.txt"
  report "a.txt"
  st <- getFileStatus "a.txt"
  st2 <- getFileStatus "b.txt"
  print (fileID st == fileID st2, deviceID st == deviceID st2)
  print (modificationTime st == modificationTime st2)
  print (accessTime st > 0, statusChangeTime st >= modificationTime st)
  print (modificationTimeHiRes st >= realToFrac (modificationTime st))
  print (modificationTimeHiRes st < realToFrac (modificationTime st) + 1)
  removeLink "b.txt"
  report "a.txt"
  rename "a.txt" "c.txt"
  e1 <- fileExist "a.txt"
  e2 <- fileExist "c.txt"
  print (e1, e2)
  createSymbolicLink "c.txt" "link"
  readSymbolicLink "link" >>= putStrLn
  ls <- getSymbolicLinkStatus "link"
  print (isSymbolicLink ls, isRegularFile ls)
  lt <- getFileStatus "link"
  print (isSymbolicLink lt, fileSize lt)
  setFileTimes "c.txt" 1000000000 1234567890
  st3 <- getFileStatus "c.txt"
  print (accessTime st3, modificationTime st3)
  print (accessTimeHiRes st3, modificationTimeHiRes st3)
  setFileSize "c.txt" 5
  getFileStatus "c.txt" >>= print . fileSize
  readFile "c.txt" >>= putStrLn
  fileAccess "c.txt" True True False >>= print
  fileAccess "d" True True True >>= print
  r <- try (fileAccess "nope" True False False)
  print (r :: Either IOException Bool)
  r2 <- try (removeLink "nope")
  print (r2 :: Either IOException ())
  r3 <- try (createDirectory "d" 0o700)
  print (r3 :: Either IOException ())
  createDirectory "e" 0o700
  getFileStatus "e" >>= print . (.&. accessModes) . fileMode
  removeDirectory "e"
  fileExist "e" >>= print
  r4 <- try (removeDirectory "nope")
  print (r4 :: Either IOException ())
  forM_ [ownerReadMode, groupWriteMode, otherExecuteMode, stdFileMode, unionFileModes ownerModes groupReadMode, intersectFileModes 0o755 0o644] print
  r5 <- try (readSymbolicLink "c.txt")
  print (r5 :: Either IOException FilePath)
