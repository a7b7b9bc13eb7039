-- stdin decoded as UTF-16 (its byte order mark says little-endian), text
-- out through UTF-16BE, UTF-8 with BOM (a BOM again after each
-- hSetEncoding) and UTF-32 on stderr; hGetEncoding's names
import System.IO
main :: IO ()
main = do
  hSetEncoding stdin utf16
  hGetEncoding stdin >>= print
  ls <- lines <$> getContents
  mapM_ (print . map fromEnum) ls
  hSetEncoding stdout utf16be
  putStrLn (unwords ls)
  hSetEncoding stdout utf8_bom
  putStrLn "bom"
  hSetEncoding stdout utf8_bom
  putStrLn "bom again"
  hGetEncoding stdout >>= print
  hSetEncoding stderr utf32le
  hPutStrLn stderr "err \128512"
  hFlush stderr
