-- directory at -O1: permissions, metadata, listing and paths, whose
-- internals (modes, metadata readers, the Posix layer) -O1 code calls by name.
import Control.Exception
import Control.Monad
import Data.List (sort)
import System.Directory
import System.IO

main :: IO ()
main = do
  createDirectoryIfMissing True "d/sub/deeper"
  writeFile "d/a.txt" "hello"
  writeFile "d/sub/b.txt" "world!"
  p <- getPermissions "d/a.txt"
  print p
  print (readable p, writable p, executable p, searchable p)
  setPermissions "d/a.txt" (setOwnerWritable False p)
  p2 <- getPermissions "d/a.txt"
  print (p2, p2 == p, compare p p2, p2 < p)
  r <- try (writeFile "d/a.txt" "x") :: IO (Either IOException ())
  putStrLn (either (const "write refused") (const "write allowed") r)
  setPermissions "d/a.txt" (setOwnerExecutable True (setOwnerWritable True p2))
  p3 <- getPermissions "d/a.txt"
  print (p3, executable p3)
  dp <- getPermissions "d/sub"
  print (dp, searchable dp)
  copyPermissions "d/a.txt" "d/sub/b.txt"
  getPermissions "d/sub/b.txt" >>= print
  emptyPermissions `seq` print (emptyPermissions, setOwnerReadable True emptyPermissions)
  xs <- listDirectory "d"
  print (sort xs)
  ys <- getDirectoryContents "d/sub"
  print (sort ys)
  print =<< mapM doesFileExist ["d/a.txt", "d/sub", "d/none"]
  print =<< mapM doesDirectoryExist ["d/a.txt", "d/sub", "d/none"]
  print =<< mapM doesPathExist ["d/a.txt", "d/sub", "d/none"]
  print =<< getFileSize "d/sub/b.txt"
  t1 <- getModificationTime "d/a.txt"
  t2 <- getAccessTime "d/a.txt"
  print (t1 >= t2 || t1 < t2)
  setModificationTime "d/a.txt" (read "2001-02-03 04:05:06.5 UTC")
  getModificationTime "d/a.txt" >>= print
  setAccessTime "d/a.txt" (read "2002-03-04 05:06:07 UTC")
  getAccessTime "d/a.txt" >>= print
  cwd <- getCurrentDirectory
  rel <- makeRelativeToCurrentDirectory (cwd ++ "/d/sub/b.txt")
  print rel
  ab <- makeAbsolute "d/./sub/../a.txt"
  print (take (length cwd) ab == cwd, drop (length cwd) ab)
  c <- canonicalizePath "d/sub/../a.txt"
  print (drop (length cwd) c)
  withCurrentDirectory "d/sub" (listDirectory "." >>= print . sort)
  r2 <- try (getPermissions "d/missing") :: IO (Either IOException Permissions)
  print r2
  r3 <- try (setPermissions "d/missing" p) :: IO (Either IOException ())
  print r3
  renameFile "d/a.txt" "d/c.txt"
  removeFile "d/c.txt"
  removeDirectoryRecursive "d"
  doesDirectoryExist "d" >>= print
