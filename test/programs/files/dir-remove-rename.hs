import System.Directory
import System.IO.Error
import Data.List (sort)

t :: IO () -> IO ()
t a = tryIOError a >>= either print (const (putStrLn "ok"))

main :: IO ()
main = do
  createDirectoryIfMissing True "r/sub/deeper"
  writeFile "r/a.txt" "A"
  writeFile "r/sub/b.txt" "B"
  writeFile "r/sub/deeper/c.txt" "C"
  t (removeFile "r/a.txt")
  t (removeFile "r/a.txt")
  t (removeFile "r/sub")
  t (removeDirectory "r/sub")
  t (removeDirectory "r/sub/b.txt")
  t (removeDirectory "r/none")
  t (renameFile "r/sub/b.txt" "r/b-renamed.txt")
  t (renameFile "r/sub" "r/sub2")
  t (renameFile "r/none" "r/x")
  t (renameDirectory "r/sub" "r/moved")
  t (renameDirectory "r/b-renamed.txt" "r/y")
  t (renameDirectory "r/none" "r/y")
  t (renamePath "r/b-renamed.txt" "r/b.txt")
  writeFile "r/target.txt" "old"
  t (renameFile "r/b.txt" "r/target.txt")
  readFile "r/target.txt" >>= putStrLn
  listDirectory "r" >>= print . sort
  listDirectory "r/moved" >>= print . sort
  t (removeDirectoryRecursive "r/moved")
  t (removeDirectoryRecursive "r/moved")
  t (removeDirectoryRecursive "r/target.txt")
  createDirectory "r/empty"
  t (removeDirectory "r/empty")
  t (removePathForcibly "r/none")
  createDirectoryIfMissing True "r/force/x"
  t (removePathForcibly "r/force")
  listDirectory "r" >>= print . sort
  t (removePathForcibly "r/target.txt")
  listDirectory "r" >>= print . sort
