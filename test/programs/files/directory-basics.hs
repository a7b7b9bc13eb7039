import System.Directory
import System.IO
import Control.Exception
import Data.List (sort)

t :: IO () -> IO ()
t a = a `catch` \e -> putStrLn ("ERR " ++ show (e :: IOException))

main :: IO ()
main = do
  let d = "dirs"
  top <- getCurrentDirectory
  ex <- doesDirectoryExist d
  if ex then removeDirectoryRecursive d else return ()
  createDirectory d
  t (createDirectory d)
  createDirectoryIfMissing True (d ++ "/a/b/c")
  createDirectoryIfMissing False (d ++ "/a")
  writeFile (d ++ "/f1.txt") "one"
  writeFile (d ++ "/a/f2.txt") "two two"
  print =<< mapM (doesFileExist . (d ++)) ["/f1.txt", "/a", "/nope", "/a/f2.txt"]
  print =<< mapM (doesDirectoryExist . (d ++)) ["/f1.txt", "/a", "/nope", "/a/b/c"]
  print . sort =<< listDirectory d
  print . sort =<< getDirectoryContents (d ++ "/a")
  print =<< getFileSize (d ++ "/a/f2.txt")
  copyFile (d ++ "/f1.txt") (d ++ "/copy.txt")
  renameFile (d ++ "/a/f2.txt") (d ++ "/moved.txt")
  print . sort =<< listDirectory d
  readFile (d ++ "/moved.txt") >>= putStrLn
  readFile (d ++ "/copy.txt") >>= putStrLn
  removeFile (d ++ "/copy.txt")
  t (removeFile (d ++ "/copy.txt"))
  t (removeDirectory (d ++ "/a"))
  t (renameFile (d ++ "/nope") (d ++ "/x"))
  t (getFileSize (d ++ "/nope") >>= print)
  t (listDirectory (d ++ "/nope") >>= print)
  withCurrentDirectory d $ do
    print . sort =<< listDirectory "."
    readFile "f1.txt" >>= putStrLn
    writeFile "rel.txt" "relative"
    p <- makeAbsolute "rel.txt"
    print (p == top ++ "/" ++ d ++ "/rel.txt")
  readFile (d ++ "/rel.txt") >>= putStrLn
  print =<< doesFileExist "rel.txt"
  removeDirectoryRecursive (d ++ "/a")
  print =<< doesDirectoryExist (d ++ "/a")
