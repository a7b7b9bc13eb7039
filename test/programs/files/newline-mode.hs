import System.IO
import Data.Char (ord)

bytesOf :: FilePath -> IO [Int]
bytesOf f = withBinaryFile f ReadMode $ \h -> do
  s <- hGetContents h
  length s `seq` return (map ord s)

main :: IO ()
main = do
  print (nativeNewline, universalNewlineMode, nativeNewlineMode, noNewlineTranslation)
  print [LF, CRLF]
  print (NewlineMode { inputNL = CRLF, outputNL = LF })
  withBinaryFile "crlf.txt" WriteMode $ \h -> hPutStr h "one\r\ntwo\r\nthree\rfour\n\r\nlast\r"
  plain <- withFile "crlf.txt" ReadMode $ \h -> do
    s <- hGetContents h
    length s `seq` return s
  print plain
  uni <- withFile "crlf.txt" ReadMode $ \h -> do
    hSetNewlineMode h universalNewlineMode
    s <- hGetContents h
    length s `seq` return s
  print uni
  ls <- withFile "crlf.txt" ReadMode $ \h -> do
    hSetNewlineMode h universalNewlineMode
    a <- hGetLine h
    b <- hGetLine h
    c <- hGetLine h
    return [a, b, c]
  print ls
  withFile "out-crlf.txt" WriteMode $ \h -> do
    hSetNewlineMode h (NewlineMode { inputNL = LF, outputNL = CRLF })
    hPutStr h "a\nb\n"
    hPutStrLn h "c"
    hPrint h [1, 2 :: Int]
  bytesOf "out-crlf.txt" >>= print
  withFile "out-native.txt" WriteMode $ \h -> do
    hSetNewlineMode h nativeNewlineMode
    hPutStr h "x\ny\n"
  bytesOf "out-native.txt" >>= print
  withFile "out-none.txt" WriteMode $ \h -> do
    hSetNewlineMode h noNewlineTranslation
    hPutStr h "p\r\nq\n"
  bytesOf "out-none.txt" >>= print
  withFile "crlf.txt" ReadMode $ \h -> do
    hSetNewlineMode h universalNewlineMode
    c1 <- hGetChar h
    hSeek h AbsoluteSeek 3
    c2 <- hLookAhead h
    c3 <- hGetChar h
    print (c1, c2, c3)
