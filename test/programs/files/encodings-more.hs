import System.IO
import System.IO.Error
import Data.Char (ord)

bytesOf :: FilePath -> IO [Int]
bytesOf f = withBinaryFile f ReadMode $ \h -> do
  s <- hGetContents h
  length s `seq` return (map ord s)

main :: IO ()
main = do
  withFile "l1.txt" WriteMode $ \h -> hSetEncoding h latin1 >> hPutStr h "caf\233 \255"
  bytesOf "l1.txt" >>= print
  s <- withFile "l1.txt" ReadMode $ \h -> do
    hSetEncoding h latin1
    c <- hGetContents h
    length c `seq` return c
  print s
  r <- tryIOError (withFile "l1b.txt" WriteMode $ \h -> hSetEncoding h latin1 >> hPutStr h "ok \955 no")
  print r
  bytesOf "l1b.txt" >>= print
  withFile "c8.txt" WriteMode $ \h -> hSetEncoding h char8 >> hPutStr h "a\233\955\128512"
  bytesOf "c8.txt" >>= print
  withBinaryFile "bad.txt" WriteMode $ \h -> hPutStr h "ok\255\254 bad"
  r2 <- tryIOError (withFile "bad.txt" ReadMode $ \h -> do
    hSetEncoding h utf8
    c <- hGetContents h
    length c `seq` return c)
  print r2
  r3 <- tryIOError (withFile "bad.txt" ReadMode $ \h -> hSetEncoding h utf8 >> hGetLine h)
  print r3
  withBinaryFile "le.txt" WriteMode $ \h -> hPutStr h "\255\254h\0i\0\n\0"
  le <- withFile "le.txt" ReadMode $ \h -> hSetEncoding h utf16 >> hGetLine h
  print le
  withBinaryFile "be32.txt" WriteMode $ \h -> hPutStr h "\0\0\0A\0\0\3\187"
  be <- withFile "be32.txt" ReadMode $ \h -> do
    hSetEncoding h utf32be
    a <- hGetChar h
    b <- hGetChar h
    e <- hIsEOF h
    return (a, b, e)
  print be
  withFile "u16.txt" WriteMode $ \h -> hSetEncoding h utf16le >> hPutStr h "x\128512"
  bytesOf "u16.txt" >>= print
  print =<< mapM (\e -> return (show e)) [utf8, latin1, char8, utf16, utf32, utf8_bom, localeEncoding]
