-- symbolic links through directory: create, read, test, remove, and the
-- errors (missing target is fine for a link; an existing link name is not)
import System.Directory
import Control.Exception
import System.IO.Error

try' :: IO a -> IO (Either IOException a)
try' = try

main :: IO ()
main = do
  createDirectory "d"
  writeFile "d/f.txt" "contents\n"
  createFileLink "f.txt" "d/l.txt"
  createDirectoryLink "d" "dl"
  createFileLink "missing.txt" "dangling"
  mapM_ (\p -> pathIsSymbolicLink p >>= print . (,) p) ["d/l.txt", "dl", "d/f.txt", "d", "dangling"]
  mapM_ (\p -> getSymbolicLinkTarget p >>= print) ["d/l.txt", "dl", "dangling"]
  readFile "d/l.txt" >>= putStr
  listDirectory "dl" >>= print
  doesFileExist "dangling" >>= print
  doesPathExist "dangling" >>= print
  try' (createFileLink "x" "d/l.txt") >>= either (\e -> print (isAlreadyExistsError e) >> print e) print
  try' (getSymbolicLinkTarget "d/f.txt") >>= either print print
  try' (getSymbolicLinkTarget "nope") >>= either print print
  try' (pathIsSymbolicLink "nope") >>= either print print
  removeDirectoryLink "dl"
  removeFile "dangling"
  removeFile "d/l.txt"
  doesPathExist "dl" >>= print
  listDirectory "d" >>= print
  removeDirectoryRecursive "d"
