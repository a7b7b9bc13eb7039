-- text's readFile, hGetChunk, hGetLine, getLine and lazy getContents
-- (Data.Text.IO and Data.Text.Lazy.IO at -O1 inline their Handle__ actions).

import qualified Data.Text as T
import qualified Data.Text.IO as T
import qualified Data.Text.Lazy.IO as TL
import qualified Data.Text.Lazy as TL
import System.IO

main :: IO ()
main = do
  writeFile "t.txt" "héllo\nwörld\r\nthree\n"
  t <- T.readFile "t.txt"
  print t
  h <- openFile "t.txt" ReadMode
  c <- T.hGetChunk h
  print c
  c2 <- T.hGetChunk h
  print c2
  hClose h
  h3 <- openFile "t.txt" ReadMode
  l1 <- T.hGetLine h3
  l2 <- T.hGetLine h3
  print (l1, l2)
  hClose h3
  l <- T.getLine
  print l
  rest <- TL.getContents
  print (TL.lines rest)
