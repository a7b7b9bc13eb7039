-- GHC.IO.Encoding.Iconv: the locale's charset name, iconv encodings of the
-- charsets GHC's binary and hs2stg share (glibc's names for UTF-8,
-- ISO-8859-1 and ASCII, any case), Nothing for UTF-16/UTF-32 and names
-- glibc rejects, and the encodings at work on a file.
import Control.Exception
import qualified Data.ByteString as B
import GHC.IO.Encoding (textEncodingName)
import GHC.IO.Encoding.Failure
import GHC.IO.Encoding.Iconv
import System.Directory (removeFile)
import System.IO

main :: IO ()
main = do
  putStrLn localeEncodingName
  mapM_
    (\n -> iconvEncoding n >>= print . (,) n . fmap textEncodingName)
    [ "UTF-8", "utf8", "Utf-8", "ISO-8859-1", "latin1", "ISO8859-1", "L1", "ascii", "US-ASCII",
      "ANSI_X3.4-1968", "", "UTF-16LE", "UTF-32BE", "UTF-16", "utf32", "UCS-2", "UTF_8", "latin-1"
    ]
  mapM_ (\m -> mkIconvEncoding m "ISO-8859-1" >>= print . fmap textEncodingName) [ErrorOnCodingFailure, IgnoreCodingFailure, TransliterateCodingFailure, RoundtripFailure]
  Just l1 <- iconvEncoding "ISO-8859-1"
  print l1
  withFile "iconv.tmp" WriteMode $ \h -> hSetEncoding h l1 >> hPutStr h "caf\233 \255!"
  B.readFile "iconv.tmp" >>= print
  withFile "iconv.tmp" ReadMode $ \h -> hSetEncoding h l1 >> hGetContents h >>= \s -> print (s, length s)
  Just u8 <- iconvEncoding "utf8"
  withFile "iconv.tmp" WriteMode $ \h -> hSetEncoding h u8 >> hPutStr h "\955x\128512"
  B.readFile "iconv.tmp" >>= print
  withFile "iconv.tmp" ReadMode $ \h -> hSetEncoding h u8 >> hGetContents h >>= \s -> print (s, length s)
  Just asc <- iconvEncoding "ASCII"
  withFile "iconv.tmp" WriteMode $ \h -> hSetEncoding h asc >> hPutStr h "plain text"
  B.readFile "iconv.tmp" >>= print
  -- coding failures in each failure mode
  r <- try (withFile "iconv.tmp" WriteMode $ \h -> hSetEncoding h l1 >> hPutStr h "a\955b")
  print (r :: Either IOException ())
  B.readFile "iconv.tmp" >>= print
  Just l2 <- mkIconvEncoding IgnoreCodingFailure "ISO-8859-1"
  withFile "iconv.tmp" WriteMode $ \h -> hSetEncoding h l2 >> hPutStr h "a\955b"
  B.readFile "iconv.tmp" >>= print
  Just l3 <- mkIconvEncoding TransliterateCodingFailure "ASCII"
  withFile "iconv.tmp" WriteMode $ \h -> hSetEncoding h l3 >> hPutStr h "caf\233!"
  B.readFile "iconv.tmp" >>= print
  B.writeFile "iconv.tmp" (B.pack [104, 0xff, 105])
  r2 <- try (withFile "iconv.tmp" ReadMode $ \h -> hSetEncoding h u8 >> hGetContents h >>= print)
  print (r2 :: Either IOException ())
  removeFile "iconv.tmp"
