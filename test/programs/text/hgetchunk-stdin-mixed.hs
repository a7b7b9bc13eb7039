-- hGetChunk on stdin, then String reads of the same handle: the bytes the
-- chunk read ahead (GHC keeps them in the handle's buffer) come next.
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import System.IO

main :: IO ()
main = do
  t <- TIO.hGetChunk stdin
  print (T.length t, T.takeEnd 5 t)
  l <- getLine
  putStrLn ("line: " ++ l)
  c <- getChar
  print c
  t2 <- TIO.hGetChunk stdin
  print (T.length t2, T.take 5 t2)
  rest <- getContents
  print (length rest, take 12 rest, lines rest)
