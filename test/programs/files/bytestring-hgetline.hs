import qualified Data.ByteString.Char8 as B
import System.IO
main :: IO ()
main = do
  l <- B.hGetLine stdin
  B.putStrLn (B.reverse l)
  s <- B.hGetSome stdin 5
  print s
  r <- B.getLine
  print r
  writeFile "bs.txt" "abc\ndef\n"
  h <- openFile "bs.txt" ReadMode
  a <- B.hGetLine h
  b <- B.hGetLine h
  e <- hIsEOF h
  print (a, b, e)
  hClose h
