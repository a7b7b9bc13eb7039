import System.IO
import Control.Exception

t :: String -> IO () -> IO ()
t name a = do
  r <- try a
  case r of
    Left e -> putStrLn (name ++ ": " ++ show (e :: IOException))
    Right () -> putStrLn (name ++ ": ok")

main :: IO ()
main = do
  writeFile "c.txt" "some\ntext\n"
  h <- openFile "c.txt" ReadMode
  hClose h
  print h
  t "hGetLine" (hGetLine h >>= putStrLn)
  t "hGetChar" (hGetChar h >>= print)
  t "hLookAhead" (hLookAhead h >>= print)
  t "hGetContents" (hGetContents h >>= putStr)
  t "hIsEOF" (hIsEOF h >>= print)
  t "hFileSize" (hFileSize h >>= print)
  t "hTell" (hTell h >>= print)
  t "hSeek" (hSeek h AbsoluteSeek 0)
  t "hFlush" (hFlush h)
  t "hSetBuffering" (hSetBuffering h NoBuffering)
  t "hGetBuffering" (hGetBuffering h >>= print)
  t "hSetEncoding" (hSetEncoding h utf8)
  t "hGetEncoding" (hGetEncoding h >>= print)
  t "hSetBinaryMode" (hSetBinaryMode h True)
  t "hIsReadable" (hIsReadable h >>= print)
  t "hIsWritable" (hIsWritable h >>= print)
  t "hIsSeekable" (hIsSeekable h >>= print)
  t "hIsOpen" (hIsOpen h >>= print)
  t "hIsClosed" (hIsClosed h >>= print)
  t "hClose again" (hClose h)
  w <- openFile "d.txt" WriteMode
  hPutStr w "buffered"
  hClose w
  t "hPutStr" (hPutStr w "x")
  t "hPutChar" (hPutChar w 'x')
  t "hPutStrLn" (hPutStrLn w "x")
  t "hPrint" (hPrint w (1 :: Int))
  t "hSetFileSize" (hSetFileSize w 0)
  readFile "d.txt" >>= putStrLn
