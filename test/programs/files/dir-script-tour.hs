-- A file-management script in the sandbox: build a tree, walk it
-- recursively, copy files (with metadata), rename, permissions and their
-- instances, sizes and times, links, temp files, XDG paths under a HOME
-- the program sets, findFile/findExecutable, and the errors of missing
-- paths. Higher-order uses of the instances (sortBy compare, zipWith (<))
-- as list utilities write them.
import Control.Exception
import Control.Monad
import Data.List (sort, sortBy)
import System.Directory
import System.Directory.Internal (FileType (..))
import System.Environment
import System.FilePath
import System.IO
import System.IO.Error

walk :: FilePath -> IO [FilePath]
walk dir = do
  names <- sort <$> listDirectory dir
  fmap concat . forM names $ \n -> do
    let p = dir </> n
    isDir <- doesDirectoryExist p
    if isDir then (p :) <$> walk p else return [p]

main :: IO ()
main = do
  createDirectoryIfMissing True "tree/a/b/c"
  createDirectoryIfMissing False "tree/d"
  createDirectory "tree/e"
  writeFile "tree/a/one.txt" "one\n"
  writeFile "tree/a/b/two.txt" "two two\n"
  writeFile "tree/a/b/c/three.txt" (replicate 300 'x')
  writeFile "tree/d/four.log" "4"
  walk "tree" >>= mapM_ putStrLn
  getDirectoryContents "tree/a" >>= print . sort
  -- copying and renaming
  copyFile "tree/a/one.txt" "tree/e/one-copy.txt"
  copyFileWithMetadata "tree/a/b/two.txt" "tree/e/two-copy.txt"
  renameFile "tree/d/four.log" "tree/d/four.txt"
  renameDirectory "tree/e" "tree/f"
  renamePath "tree/f/one-copy.txt" "tree/f/uno.txt"
  walk "tree" >>= mapM_ putStrLn
  readFile "tree/f/two-copy.txt" >>= putStr
  mapM getFileSize ["tree/a/one.txt", "tree/a/b/c/three.txt", "tree/f/two-copy.txt"] >>= print
  t1 <- getModificationTime "tree/a/b/two.txt"
  t2 <- getModificationTime "tree/f/two-copy.txt"
  print (t1 == t2)
  a1 <- getAccessTime "tree/a/one.txt"
  setAccessTime "tree/a/one.txt" a1
  setModificationTime "tree/a/one.txt" t1
  getModificationTime "tree/a/one.txt" >>= print . (== t1)
  -- permissions
  p <- getPermissions "tree/a/one.txt"
  print p
  print (readable p, writable p, executable p, searchable p)
  setPermissions "tree/a/one.txt" (setOwnerExecutable True (setOwnerWritable False p))
  p2 <- getPermissions "tree/a/one.txt"
  print (p2, p == p2, p /= p2, compare p p2, p < p2, p <= p2, p > p2, p >= p2, max p p2, min p p2)
  print (showsPrec 11 p "", showList [p, p2] "", read (show p2) :: Permissions, readList ("[" ++ show p ++ "]") :: [([Permissions], String)])
  copyPermissions "tree/a/one.txt" "tree/d/four.txt"
  getPermissions "tree/d/four.txt" >>= print
  getPermissions "tree/a" >>= print
  setPermissions "tree/a/one.txt" p
  -- links
  createFileLink "one.txt" "tree/a/link-one"
  createDirectoryLink "b" "tree/a/link-b"
  mapM pathIsSymbolicLink ["tree/a/link-one", "tree/a/link-b", "tree/a/one.txt"] >>= print
  getSymbolicLinkTarget "tree/a/link-one" >>= putStrLn
  readFile "tree/a/link-one" >>= putStr
  listDirectory "tree/a/link-b" >>= print . sort
  removeDirectoryLink "tree/a/link-b"
  removeFile "tree/a/link-one"
  mapM doesPathExist ["tree/a/link-b", "tree/a/b"] >>= print
  -- temporary files in TMPDIR (the sandbox)
  tmp <- getTemporaryDirectory
  (tp, th) <- openTempFile "." "scratch.txt"
  hPutStr th "temp" >> hClose th
  readFile tp >>= putStrLn
  print (takeExtension tp, "scratch" `elem` [take 7 (takeFileName tp)])
  removeFile tp
  (bp, bh) <- openBinaryTempFile "tree" "bin.dat"
  hClose bh >> removeFile bp
  print (null tmp)
  -- XDG directories under a HOME we choose
  setEnv "HOME" "/home/tester"
  mapM_ unsetEnv ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_DIRS", "XDG_CONFIG_DIRS"]
  mapM (`getXdgDirectory` "tool") [XdgData, XdgConfig, XdgCache] >>= print
  mapM getXdgDirectoryList [XdgDataDirs, XdgConfigDirs] >>= print
  getAppUserDataDirectory "tool" >>= print
  getHomeDirectory >>= print
  getUserDocumentsDirectory >>= print
  -- the enumerations, higher-order
  let xs = [XdgCache, XdgData, XdgConfig]
      ls = [XdgConfigDirs, XdgDataDirs]
      fts = [SymbolicLink, File, DirectoryLink, Directory]
  print (sortBy compare xs, zipWith (<) xs (tail xs), zipWith (<=) xs (tail xs), zipWith (>) xs (tail xs), zipWith (>=) xs (tail xs), foldr1 max xs, foldr1 min xs, zipWith (==) xs xs, zipWith (/=) xs xs)
  print (sortBy compare ls, zipWith (<) ls (tail ls), zipWith (<=) ls ls, zipWith (>) ls ls, zipWith (>=) ls ls, foldr1 max ls, foldr1 min ls, zipWith (==) ls ls, zipWith (/=) ls ls)
  print (sortBy compare fts, zipWith (<) fts (tail fts), zipWith (<=) fts fts, zipWith (>) fts fts, zipWith (>=) fts fts, foldr1 max fts, foldr1 min fts, zipWith (==) fts fts, zipWith (/=) fts fts)
  print (map fromEnum xs, map fromEnum ls, map fromEnum fts, map succ [XdgData, XdgConfig], map pred [XdgConfigDirs], map succ [File, Directory], map pred [DirectoryLink])
  print (map toEnum [0, 2] :: [XdgDirectory], map toEnum [1] :: [XdgDirectoryList], map toEnum [3, 0] :: [FileType], [XdgData ..], [XdgDataDirs ..], [File ..], [XdgData, XdgCache ..], [File, DirectoryLink ..])
  print ([XdgData .. XdgCache], [XdgDataDirs .. XdgConfigDirs], [Directory .. DirectoryLink], [XdgCache, XdgConfig .. XdgData], [XdgConfigDirs, XdgDataDirs ..])
  print (map show xs, map show ls, map show fts, showList xs "", showList ls "", showList fts "", showsPrec 11 XdgCache "", showsPrec 11 File "")
  print (map read ["XdgData", " XdgCache"] :: [XdgDirectory], map read ["XdgConfigDirs"] :: [XdgDirectoryList], map read ["Directory", "(SymbolicLink)"] :: [FileType])
  print (reads "[XdgData,XdgConfig]" :: [([XdgDirectory], String)], reads "[XdgDataDirs]" :: [([XdgDirectoryList], String)], reads "[File]" :: [([FileType], String)])
  -- finding
  setCurrentDirectory "tree"
  findFile ["a", "a/b", "d"] "two.txt" >>= print
  findFiles ["a", "a/b", "a/b/c", "f"] "two-copy.txt" >>= print
  findFileWith (\f -> return (takeExtension f == ".txt")) ["d", "a"] "four.txt" >>= print
  findFilesWith (\_ -> return True) ["a/b/c"] "three.txt" >>= print
  fmap (fmap takeFileName) (findExecutable "sh") >>= print
  fmap (map takeFileName) (findExecutables "sh") >>= print . take 1
  fmap (map takeFileName) (findExecutablesInDirectories ["/bin", "/usr/bin"] "sh") >>= print . take 1
  print (exeExtension)
  cwd <- getCurrentDirectory
  print (takeFileName cwd)
  makeAbsolute "a/../d" >>= print . makeRelative cwd
  canonicalizePath "a/b/../one.txt" >>= print . makeRelative cwd
  withCurrentDirectory "a/b" (listDirectory "." >>= print . sort)
  setCurrentDirectory ".."
  -- errors
  let report act = (act >> putStrLn "no error") `catch` \e -> putStrLn (ioeGetErrorString e ++ " " ++ show (isDoesNotExistError e, isAlreadyExistsError e, isPermissionError e))
  report (removeFile "tree/missing")
  report (createDirectory "tree/a")
  report (removeDirectory "tree/a")
  report (getPermissions "nope")
  report (renameFile "nope" "other")
  report (copyFile "nope" "other")
  report (listDirectory "nope" >> return ())
  report (getFileSize "nope" >> return ())
  report (setCurrentDirectory "nope")
  -- cleanup
  removeDirectoryRecursive "tree/d"
  removePathForcibly "tree/f"
  walk "tree" >>= mapM_ putStrLn
  removePathForcibly "tree"
  doesDirectoryExist "tree" >>= print
  doesFileExist "arr" >>= print
