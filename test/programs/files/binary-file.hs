import System.IO
import Data.Char (chr, ord)

main :: IO ()
main = do
  let bytes = map chr [0 .. 255]
  h <- openBinaryFile "bin.dat" WriteMode
  hPutStr h bytes
  hPutStr h "\r\n\n\r"
  hClose h
  withBinaryFile "bin.dat" ReadMode $ \r -> do
    n <- hFileSize r
    print n
    s <- hGetContents r
    print (map ord s == [0 .. 255] ++ [13, 10, 10, 13])
    print (length s)
  withFile "bin.dat" ReadMode $ \r -> do
    hSetBinaryMode r True
    c1 <- hGetChar r
    hSeek r AbsoluteSeek 200
    c2 <- hGetChar r
    print (ord c1, ord c2)
  withBinaryFile "trunc.dat" WriteMode $ \w -> hPutStr w "\256\1000\65535"
  withBinaryFile "trunc.dat" ReadMode $ \r -> do
    s <- hGetContents r
    print (map ord s)
  withBinaryFile "lines.dat" WriteMode $ \w -> hPutStr w "a\r\nb\nc"
  withBinaryFile "lines.dat" ReadMode $ \r -> do
    l1 <- hGetLine r
    l2 <- hGetLine r
    l3 <- hGetLine r
    print (l1, l2, l3)
    hIsEOF r >>= print
  enc <- withBinaryFile "lines.dat" ReadMode hGetEncoding
  print enc
