import System.IO
import Control.Exception
import System.IO.Error
import System.Directory

t :: IO () -> IO ()
t a = a `catch` \e -> do
  putStrLn ("ERR " ++ show (e :: IOException))
  print (ioeGetFileName e, isDoesNotExistError e, isAlreadyInUseError e, isEOFError e, isIllegalOperation e)

main :: IO ()
main = do
  let d = "basic-rw"
  createDirectoryIfMissing True d
  let f = d ++ "/basic.txt"
  writeFile f "hello\nworld\n"
  appendFile f "third line\n"
  s <- readFile f
  putStr s
  print (length s, lines s)
  t (readFile (d ++ "/nope.txt") >>= putStrLn)
  h <- openFile f ReadMode
  print h
  print =<< hGetBuffering h
  print =<< hIsEOF h
  l1 <- hGetLine h
  c <- hGetChar h
  c2 <- hLookAhead h
  rest <- hGetLine h
  print (l1, c, c2, rest)
  l3 <- hGetLine h
  print l3
  print =<< hIsEOF h
  t (hGetLine h >>= print)
  t (hGetChar h >>= print)
  t (hLookAhead h >>= print)
  t (hPutStr h "x")
  t (openFile f WriteMode >>= hClose)
  print =<< mapM ($ h) [hIsOpen, hIsClosed, hIsReadable, hIsWritable, hIsSeekable]
  hClose h
  hClose h
  print =<< mapM ($ h) [hIsOpen, hIsClosed]
  t (hGetLine h >>= print)
  t (hIsEOF h >>= print)
  t (hPutStr h "x")
  t (hFileSize h >>= print)
  h <- openFile f ReadMode
  cs <- hGetContents h
  t (hGetLine h >>= print)
  print (map length (lines cs))
  t (hGetLine h >>= print)
  w <- openFile f WriteMode
  hPutStr w "abc"
  hPutChar w 'd'
  hPutStrLn w "e"
  hPrint w (42 :: Int, Just True)
  print =<< mapM ($ w) [hIsOpen, hIsClosed, hIsReadable, hIsWritable, hIsSeekable]
  t (hGetLine w >>= print)
  hClose w
  readFile f >>= putStr
  r <- withFile f ReadMode $ \h2 -> do
    a <- hGetLine h2
    b <- hGetLine h2
    return (a ++ "|" ++ b)
  putStrLn r
  t (withFile f ReadMode $ \h2 -> hGetLine h2 >> hGetLine h2 >> hGetLine h2 >>= print)
  t (withFile f ReadMode $ \_ -> ioError (userError "boom"))
  t (withFile (d ++ "/nope.txt") ReadMode hGetLine >>= putStrLn)
  t (writeFile (f ++ "/sub") "x")
