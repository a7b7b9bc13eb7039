import System.IO
import System.Directory (doesFileExist, removeFile, getTemporaryDirectory, listDirectory, createDirectoryIfMissing)
import Control.Exception
import Control.Monad
import System.IO.Error (isDoesNotExistError, catchIOError, ioeGetFileName)

main :: IO ()
main = do
  let f = "data.txt"
  writeFile f "line one\nline two\n"
  appendFile f "line three\n"
  s <- readFile f
  length s `seq` putStr s
  withFile f ReadMode $ \h -> do
    l1 <- hGetLine h
    eof <- hIsEOF h
    rest <- hGetContents h
    putStrLn (l1 ++ " | " ++ show eof ++ " | " ++ show (lines rest))
  withFile "out.txt" WriteMode $ \h -> do
    hSetBuffering h (BlockBuffering Nothing)
    forM_ [1 .. 5 :: Int] $ \i -> hPutStrLn h (replicate i '*')
    hPrint h (42 :: Int)
  readFile "out.txt" >>= putStr
  h <- openFile "out.txt" ReadMode
  sz <- hFileSize h
  print sz
  hSeek h AbsoluteSeek 6
  c <- hGetChar h
  print c
  pos <- hTell h
  print pos
  hClose h
  ex <- doesFileExist "nope.txt"
  print ex
  r <- try (readFile "nope.txt")
  case r of
    Left e -> putStrLn ("missing: " ++ show (isDoesNotExistError e) ++ " " ++ show (ioeGetFileName e))
    Right _ -> putStrLn "??"
  createDirectoryIfMissing True "sub/dir"
  writeFile "sub/dir/x" "x"
  listDirectory "sub" >>= print
  removeFile f
  doesFileExist f >>= print
  h2 <- openFile "rw.txt" ReadWriteMode
  hPutStr h2 "abcdef"
  hSeek h2 AbsoluteSeek 2
  hPutStr h2 "XY"
  hClose h2
  readFile "rw.txt" >>= putStrLn
  withFile "lines.txt" WriteMode (\h -> mapM_ (hPutStrLn h . show) [1 .. 3 :: Int])
  ls <- lines <$> readFile "lines.txt"
  print (sum (map read ls :: [Int]))
  catchIOError (void (openFile "/nonexistent/dir/f" ReadMode)) (\e -> putStrLn "open failed")
  b <- hIsTerminalDevice stdout
  print b
