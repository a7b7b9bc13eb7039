import System.IO
import System.Directory

main :: IO ()
main = do
  let d = "enc"
  createDirectoryIfMissing True d
  let f = d ++ "/e.txt"
      text = "h\233llo \955 \128512!\n"
  print (utf8, latin1, utf16, utf16le, utf16be, utf32, utf32le, utf32be, utf8_bom)
  mapM_ (\enc -> do
    withFile f WriteMode $ \h -> hSetEncoding h enc >> hPutStr h text
    n <- getFileSize f
    bytes <- withBinaryFile f ReadMode hGetContents'
    back <- withFile f ReadMode $ \h -> hSetEncoding h enc >> hGetContents' h
    print (show enc, n, map fromEnum bytes, back == text)) [utf8, utf16, utf16le, utf16be, utf32, utf32le, utf32be, utf8_bom]
  h <- openBinaryFile f ReadMode
  print =<< hGetEncoding h
  hSetBinaryMode h False
  print =<< hGetEncoding h
  hSetEncoding h utf16
  print =<< hGetEncoding h
  hClose h
 where hGetContents' h = do { s <- hGetContents h; length s `seq` return s }
