-- bytestring's hGetLine, getLine, hGetSome, hGet, hGetNonBlocking and
-- getContents on stdin and on a file (GHC.IO.Handle's Handle__ actions
-- at -O1), and hGetLine's end-of-file error.

import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as BC
import System.IO
import Control.Exception

main :: IO ()
main = do
  l1 <- B.getLine
  print l1
  l2 <- BC.getLine
  print l2
  s <- B.hGetSome stdin 5
  print s
  g <- B.hGet stdin 4
  print g
  writeFile "bs.txt" "alpha\nbeta\r\ngamma"
  h <- openFile "bs.txt" ReadMode
  a <- B.hGetLine h
  b <- B.hGetLine h
  c <- B.hGetLine h
  print (a, b, c)
  e <- hIsEOF h
  print e
  r <- try (B.hGetLine h)
  print (r :: Either IOException B.ByteString)
  hClose h
  h2 <- openFile "bs.txt" ReadMode
  x <- B.hGet h2 3
  y <- B.hGetSome h2 100
  z <- B.hGetNonBlocking h2 10
  print (x, y, z)
  hClose h2
  rest <- B.getContents
  print rest
