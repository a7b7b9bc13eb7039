import qualified Data.Text as T
import qualified Data.Text.IO as T
import System.IO
main :: IO ()
main = do
  l <- T.hGetLine stdin
  T.putStrLn (T.reverse l)
  c <- T.hGetChunk stdin
  print (T.length c, T.lines c)
  writeFile "tx.txt" "abc\ndef\n"
  h <- openFile "tx.txt" ReadMode
  a <- T.hGetLine h
  b <- T.hGetChunk h
  print (a, b)
  hClose h
