{-# LANGUAGE FlexibleContexts #-}
-- Parsec over ByteString and Text streams (strict and lazy): the Stream
-- instances, positions and errors, and each module's parseFromFile.
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy.Char8 as CL
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import System.Directory (removeFile)
import Text.Parsec
import qualified Text.Parsec.ByteString as PB
import qualified Text.Parsec.ByteString.Lazy as PBL
import qualified Text.Parsec.Text as PT
import qualified Text.Parsec.Text.Lazy as PTL

-- key=value lines over any Char stream
entry :: Stream s m Char => ParsecT s u m (String, Int)
entry = do
  k <- many1 letter <?> "key"
  _ <- char '='
  v <- many1 digit
  _ <- newline
  return (k, read v)

entries :: Stream s m Char => ParsecT s u m [(String, Int)]
entries = many entry <* eof

sumP :: PB.Parser Int
sumP = sum . map snd <$> entries

main :: IO ()
main = do
  let good = "alpha=1\nbeta=22\ngamma=333\n"
      bad = "alpha=1\nbeta=x\n"
  print (parse entries "bs" (C.pack good))
  print (parse entries "bs" (C.pack bad))
  print (parse entries "lbs" (CL.fromChunks [C.pack "alp", C.pack "ha=1\nbe", C.pack "ta=2\n"]))
  print (parse entries "lbs" (CL.pack bad))
  print (parse entries "text" (T.pack good))
  print (parse entries "text" (T.pack "\233t\233=5\n"))
  print (parse entries "ltext" (TL.fromChunks [T.pack "x=1", T.pack "\ny=", T.pack "2\n"]))
  print (parse entries "ltext" (TL.pack bad))
  print (parse sumP "sum" (C.pack good))
  print (runParser (many1 (noneOf ",") `sepBy` char ',') () "csv" (T.pack "a,bc,,d"))
  print (parse (string "abc" >> getPosition) "pos" (CL.pack "abc\tdef"))
  print (parse (anyChar >> anyChar >> eof) "eof" (T.empty))
  let path = "parsec-streams-test.cfg"
  writeFile path good
  PB.parseFromFile entries path >>= print
  PBL.parseFromFile entries path >>= print
  PT.parseFromFile entries path >>= print
  PTL.parseFromFile entries path >>= print
  writeFile path bad
  PB.parseFromFile entries path >>= print
  PTL.parseFromFile entries path >>= print
  removeFile path
