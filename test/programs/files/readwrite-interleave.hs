import System.IO
import System.Directory

main :: IO ()
main = do
  writeFile "rw.txt" "line1\nline2\nline3\n"
  h <- openFile "rw.txt" ReadWriteMode
  l <- hGetLine h
  hPutStr h "LINE2"
  hTell h >>= print
  rest <- hGetLine h
  print (l, rest)
  hSeek h SeekFromEnd 0
  hPutStrLn h "line4"
  hSeek h AbsoluteSeek 0
  c <- hGetChar h
  hPutChar h 'I'
  hFileSize h >>= print
  hClose h
  print c
  readFile "rw.txt" >>= putStr
  t <- getTemporaryDirectory
  d <- getCurrentDirectory
  print (t == d)
  p <- makeAbsolute "rw.txt"
  print (p == d ++ "/rw.txt")
  p2 <- canonicalizePath "./sub/../rw.txt"
  print (p2 == d ++ "/rw.txt")
  e <- doesPathExist (d ++ "/rw.txt")
  print e
