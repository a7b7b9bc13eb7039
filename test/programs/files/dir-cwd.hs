import System.Directory
import System.IO.Error
import Data.List (isSuffixOf, sort)

main :: IO ()
main = do
  top <- getCurrentDirectory
  createDirectoryIfMissing True "w/inner"
  writeFile "w/inner/f.txt" "in inner"
  withCurrentDirectory "w" $ do
    here <- getCurrentDirectory
    print ("/w" `isSuffixOf` here, length here == length top + 2)
    listDirectory "." >>= print
    readFile "inner/f.txt" >>= putStrLn
    writeFile "made-in-w.txt" "w"
    makeRelativeToCurrentDirectory "inner/f.txt" >>= print
    makeRelativeToCurrentDirectory (here ++ "/inner") >>= print
    withCurrentDirectory "inner" $ do
      doesFileExist "f.txt" >>= print
      getCurrentDirectory >>= print . ("w/inner" `isSuffixOf`)
    a <- makeAbsolute "x/../y"
    print (drop (length here) a)
  back <- getCurrentDirectory
  print (back == top)
  listDirectory "w" >>= print . sort
  setCurrentDirectory "w/inner"
  listDirectory "." >>= print
  setCurrentDirectory ".."
  doesFileExist "made-in-w.txt" >>= print
  setCurrentDirectory top
  r <- tryIOError (setCurrentDirectory "does-not-exist")
  print r
  r2 <- tryIOError (setCurrentDirectory "w/inner/f.txt")
  print r2
  r3 <- tryIOError (withCurrentDirectory "w" (ioError (userError "inside")) :: IO ())
  print r3
  getCurrentDirectory >>= print . (== top)
  makeRelativeToCurrentDirectory "a/./b//c" >>= print
  makeRelativeToCurrentDirectory (top ++ "/w/inner/f.txt") >>= print
  p <- makeAbsolute "w/inner"
  print (drop (length top) p)
