import System.IO
import System.IO.Error
import Data.Char (ord)

bytesOf :: FilePath -> IO [Int]
bytesOf f = withBinaryFile f ReadMode $ \h -> do
  s <- hGetContents h
  length s `seq` return (map ord s)

main :: IO ()
main = do
  encs <- mapM mkTextEncoding ["UTF-8", "utf8", "UTF-16LE", "UTF-32BE", "ISO-8859-1", "latin1", "UTF-8//IGNORE", "ISO-8859-1//TRANSLIT", "ISO-8859-1//IGNORE", "ASCII"]
  print encs
  r <- tryIOError (mkTextEncoding "NO-SUCH-ENCODING")
  print r
  print (fmap (const ()) r)
  ign <- mkTextEncoding "ISO-8859-1//IGNORE"
  withFile "ign.txt" WriteMode $ \h -> hSetEncoding h ign >> hPutStr h "a\955b\233c"
  bytesOf "ign.txt" >>= print
  tr <- mkTextEncoding "ISO-8859-1//TRANSLIT"
  withFile "tr.txt" WriteMode $ \h -> hSetEncoding h tr >> hPutStr h "a\955b"
  bytesOf "tr.txt" >>= print
  withBinaryFile "bad.txt" WriteMode $ \h -> hPutStr h "x\255y"
  u8i <- mkTextEncoding "UTF-8//IGNORE"
  s <- withFile "bad.txt" ReadMode $ \h -> do
    hSetEncoding h u8i
    c <- hGetContents h
    length c `seq` return c
  print s
  u16 <- mkTextEncoding "UTF-16LE"
  withFile "u16.txt" WriteMode $ \h -> hSetEncoding h u16 >> hPutStr h "hi"
  bytesOf "u16.txt" >>= print
  h <- openFile "u16.txt" ReadMode
  hSetEncoding h u16
  hGetEncoding h >>= print
  hGetLine h >>= print
  hClose h
