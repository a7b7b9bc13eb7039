import System.IO
import Data.Char (ord)

main :: IO ()
main = do
  withFile "bm.txt" WriteMode $ \h -> do
    hGetEncoding h >>= print
    hSetBinaryMode h True
    hGetEncoding h >>= print
    hPutStr h "\233\r\n"
    hSetBinaryMode h False
    hGetEncoding h >>= print
    hPutStr h "\233\n"
  withBinaryFile "bm.txt" ReadMode $ \h -> do
    s <- hGetContents h
    print (map ord s)
  withFile "bm.txt" ReadMode $ \h -> do
    hSetBinaryMode h True
    a <- hGetChar h
    hSetBinaryMode h False
    hSetEncoding h latin1
    b <- hGetChar h
    hSetEncoding h utf8
    rest <- hGetLine h
    print (ord a, ord b, rest)
  h <- openBinaryFile "bm.txt" ReadMode
  hGetEncoding h >>= print
  hSetEncoding h utf8
  hGetEncoding h >>= print
  hClose h
