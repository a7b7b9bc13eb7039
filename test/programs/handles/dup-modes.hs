-- hDuplicate/hDuplicateTo make a new Handle__: the locale encoding (binary
-- stays binary), the buffer mode of the device (a file: block), the
-- newline mode copied.
import GHC.IO.Handle (hDuplicate, hDuplicateTo)
import System.IO

main :: IO ()
main = do
  hSetBuffering stdout LineBuffering
  hSetNewlineMode stdout (NewlineMode LF CRLF)
  d <- hDuplicate stdout
  hGetBuffering d >>= print
  hGetEncoding d >>= print
  hPutStrLn d "through d (CRLF)"
  hFlush d
  h <- openFile "latin.txt" WriteMode
  hSetEncoding h latin1
  hSetBuffering h NoBuffering
  hSetNewlineMode h noNewlineTranslation
  hDuplicateTo h stdout
  hGetBuffering stdout >>= hPrint stderr
  hGetEncoding stdout >>= hPrint stderr
  putStrLn "caf\233 \8364"
  hClose h
  hDuplicateTo d stdout
  hGetBuffering stdout >>= print
  hGetEncoding stdout >>= print
  putStrLn "back (CRLF?)"
  b <- openBinaryFile "bin.txt" WriteMode
  e <- hDuplicate stderr
  hDuplicateTo b stderr
  hGetEncoding stderr >>= print
  hGetBuffering stderr >>= print
  hPutStrLn stderr "binary \233"
  hDuplicateTo e stderr
  hGetBuffering stderr >>= print
  hClose b
  s <- openBinaryFile "latin.txt" ReadMode
  hGetContents s >>= print
  readFile "bin.txt" >>= print
