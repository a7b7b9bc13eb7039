-- IOError's errno (ioe_errno) and the other fields, mkTextEncoding's names and
-- //IGNORE //TRANSLIT //ROUNDTRIP suffixes, unknown encodings
import System.IO
import System.IO.Error
import GHC.IO.Exception
import Control.Exception
main :: IO ()
main = do
  r <- try (openFile "nope/x.txt" ReadMode)
  case r of
    Left e -> print (ioe_errno e, ioe_filename e, ioe_location e, ioe_description e, ioe_type e)
    Right _ -> pure ()
  mapM_ (\n -> do { e <- mkTextEncoding n; print e }) ["UTF-8", "UTF-16LE", "UTF-32BE", "UTF-8//IGNORE", "UTF-8//TRANSLIT", "latin1//ROUNDTRIP", "ASCII", "UTF16", "utf-32"]
  r2 <- try (mkTextEncoding "NOPE-1")
  print (r2 :: Either IOException TextEncoding)
  hGetEncoding stdout >>= print
  writeFile "e.txt" ""
  h <- openFile "e.txt" WriteMode
  e <- mkTextEncoding "ASCII//TRANSLIT"
  hSetEncoding h e
  hPutStrLn h "caf\233 \8364"
  hClose h
  readFile "e.txt" >>= putStr
  h3 <- openFile "e.txt" WriteMode
  e3 <- mkTextEncoding "latin1//IGNORE"
  hSetEncoding h3 e3
  hPutStrLn h3 "caf\233 \8364!"
  hClose h3
  h4 <- openBinaryFile "e.txt" ReadMode
  hGetContents h4 >>= print
