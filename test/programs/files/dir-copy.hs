import System.Directory
import System.IO
import System.IO.Error

t :: IO () -> IO ()
t a = tryIOError a >>= either print (const (putStrLn "ok"))

main :: IO ()
main = do
  writeFile "src.txt" (unlines (map show [1 .. 100 :: Int]))
  t (copyFile "src.txt" "dst.txt")
  a <- readFile "src.txt"
  b <- readFile "dst.txt"
  print (a == b, length b)
  writeFile "other.txt" "will be replaced"
  t (copyFile "src.txt" "other.txt")
  readFile "other.txt" >>= print . length
  t (copyFile "missing.txt" "x.txt")
  doesFileExist "x.txt" >>= print
  createDirectory "dir"
  t (copyFile "dir" "y.txt")
  t (copyFile "src.txt" "dir")
  t (copyFile "src.txt" "dir/inside.txt")
  t (copyFile "src.txt" "nodir/inside.txt")
  getFileSize "dir/inside.txt" >>= print
  t (copyFileWithMetadata "src.txt" "meta.txt")
  getFileSize "meta.txt" >>= print
  withBinaryFile "bin.dat" WriteMode $ \h -> hPutStr h (map toEnum [0 .. 255])
  t (copyFile "bin.dat" "bin2.dat")
  s1 <- getFileSize "bin.dat"
  s2 <- getFileSize "bin2.dat"
  print (s1, s2)
  t (getFileSize "dir" >>= \n -> print (n >= 0))
  t (getFileSize "nothing" >>= print)
