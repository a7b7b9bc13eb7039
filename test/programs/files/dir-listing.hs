import System.Directory
import System.IO.Error
import Data.List (sort)

main :: IO ()
main = do
  mapM_ (createDirectoryIfMissing True) ["tree/a/b", "tree/c", "tree/.hidden"]
  mapM_ (\f -> writeFile f f) ["tree/x.txt", "tree/a/y.txt", "tree/a/b/z.txt", "tree/.dot"]
  listDirectory "tree" >>= print . sort
  getDirectoryContents "tree" >>= print . sort
  listDirectory "tree/c" >>= print
  getDirectoryContents "tree/c" >>= print . sort
  let walk d = do
        es <- fmap sort (listDirectory d)
        fmap concat (mapM (\e -> do
          let p = d ++ "/" ++ e
          isDir <- doesDirectoryExist p
          if isDir then fmap (p :) (walk p) else return [p]) es)
  walk "tree" >>= mapM_ putStrLn
  print =<< mapM doesFileExist ["tree/x.txt", "tree/a", "tree/nothing", "tree/.dot", ""]
  print =<< mapM doesDirectoryExist ["tree", "tree/a/b", "tree/x.txt", "tree/nothing", ".", ""]
  print =<< mapM doesPathExist ["tree", "tree/x.txt", "tree/none"]
  r <- tryIOError (listDirectory "tree/x.txt")
  print r
  r2 <- tryIOError (listDirectory "tree/none")
  print (either isDoesNotExistError (const False) r2)
  r3 <- tryIOError (getDirectoryContents "")
  print (fmap (const ()) r3)
  createDirectoryIfMissing True "tree/a/b"
  createDirectoryIfMissing False "tree/c"
  r4 <- tryIOError (createDirectoryIfMissing False "tree/q/r")
  print r4
  r5 <- tryIOError (createDirectoryIfMissing True "tree/x.txt/sub")
  print (fmap (const ()) r5)
  r6 <- tryIOError (createDirectory "tree/x.txt")
  print r6
  createDirectoryIfMissing True "tree/new/deep/er/"
  doesDirectoryExist "tree/new/deep/er" >>= print
