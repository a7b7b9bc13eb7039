import System.IO
import Data.Char (ord)

main :: IO ()
main = do
  withFile "bom.txt" WriteMode $ \h -> hSetEncoding h utf8_bom >> hPutStr h "bom\233\n"
  b <- withBinaryFile "bom.txt" ReadMode $ \h -> do { s <- hGetContents h; length s `seq` return (map ord s) }
  print b
  s <- withFile "bom.txt" ReadMode $ \h -> do { hSetEncoding h utf8_bom; c <- hGetContents h; length c `seq` return c }
  print s
  s2 <- withFile "bom.txt" ReadMode $ \h -> do { hSetEncoding h utf8; c <- hGetContents h; length c `seq` return c }
  print s2
  withFile "nobom.txt" WriteMode $ \h -> hPutStr h "plain"
  s3 <- withFile "nobom.txt" ReadMode $ \h -> do { hSetEncoding h utf8_bom; c <- hGetContents h; length c `seq` return c }
  print s3
  withFile "u16.txt" WriteMode $ \h -> hSetEncoding h utf16 >> hPutStr h "ab"
  withFile "u16.txt" AppendMode $ \h -> hSetEncoding h utf16 >> hPutStr h "cd"
  b2 <- withBinaryFile "u16.txt" ReadMode $ \h -> do { s4 <- hGetContents h; length s4 `seq` return (map ord s4) }
  print b2
