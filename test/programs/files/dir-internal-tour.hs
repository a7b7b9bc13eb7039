-- directory's internal layer (System.Directory.Internal), as tools built on
-- it call it: the POSIX primitives behind the public functions (creating,
-- renaming, changing directory, reading links and their metadata,
-- permissions as Permissions), path simplification, copying between
-- handles, the FileType predicates and the PATH search. Relative paths in
-- the sandbox only.
import Data.List (sort)
import System.Directory
import System.Directory.Internal
import System.IO

main :: IO ()
main = do
  createDirectoryInternal "d"
  createDirectoryInternal "d/e"
  writeFile "d/f.txt" "file body\n"
  renamePathInternal "d/f.txt" "d/g.txt"
  listDirectory "d" >>= print . sort
  createFileLink "g.txt" "d/link"
  readSymbolicLink "d/link" >>= putStrLn
  lm <- getSymbolicLinkMetadata "d/link"
  fm <- getFileMetadata "d/link"
  print (fileTypeFromMetadata lm, fileTypeFromMetadata fm, fileTypeIsLink (fileTypeFromMetadata lm), fileTypeIsDirectory (fileTypeFromMetadata fm))
  print (map fileTypeIsDirectory [File, SymbolicLink, Directory, DirectoryLink], map fileTypeIsLink [File, SymbolicLink, Directory, DirectoryLink], linkToDirectoryIsDirectory)
  p <- getAccessPermissions "d/g.txt"
  print p
  setAccessPermissions "d/g.txt" p {executable = True}
  getPermissions "d/g.txt" >>= print
  setAccessPermissions "d/g.txt" p
  -- copying through handles
  withBinaryFile "d/copy.txt" WriteMode $ \h -> copyFileToHandle "d/g.txt" h
  readFile "d/copy.txt" >>= putStr
  copyFileContents "d/g.txt" "d/copy2.txt"
  readFile "d/copy2.txt" >>= putStr
  withBinaryFile "d/g.txt" ReadMode $ \hi -> withBinaryFile "d/copy3.txt" WriteMode $ \ho -> copyHandleData hi ho
  readFile "d/copy3.txt" >>= putStr
  -- paths
  print (map simplify ["a/./b/../c", "/x//y/", "./", "a/..", "../up"], exeExtensionInternal, fmap (> 0) c_PATH_MAX)
  pa <- prependCurrentDirectory "/abs"
  pr <- prependCurrentDirectory "rel"
  print (pa, reverse (take 4 (reverse pr)))
  canonicalizePathSimplify "/d/e/../g.txt" >>= print
  setCurrentDirectoryInternal "d"
  getCurrentDirectoryInternal >>= print . reverse . take 2 . reverse
  setCurrentDirectoryInternal ".."
  path <- getPath
  print (not (null path))
  home <- getHomeDirectoryInternal
  tmp <- getTemporaryDirectoryInternal
  docs <- getUserDocumentsDirectoryInternal
  print (null home, null tmp, null docs)
  let inDirs dirs name = liftJoinListT (fmap listToListT (findExecutablesInDirectories dirs name))
  exes <- listTToList (findExecutablesLazyInternal inDirs "sh")
  print (take 1 (map (reverse . takeWhile (/= '/') . reverse) exes))
  first <- listTHead (listToListT "abc")
  none <- listTHead (emptyListT :: ListT IO Char)
  m <- unListT (maybeToListT (return (Just 'q')))
  print (first, none, fmap fst m)
  print (expandDots ["a", ".", "b", "..", "c"], normalisePathSeps "a//b", normaliseTrailingSep "x/", emptyToCurDir "", simplifyPosix "/a/./b/", simplifyWindows "C:\\a\\..\\b")
  r <- tryIOErrorType (const True) (ioError (userError "boom"))
  print (either show (const "ok") r)
  ignoreIOExceptions (ioError (userError "ignored"))
  andM (return True) (return False) >>= print
  isSymbolicLink "d/link" >>= print
  isSymbolicLink "d/g.txt" >>= print
  removePathForcibly "d"
