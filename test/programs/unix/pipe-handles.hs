-- unix's createPipe with both ends as Handles at once (fdToHandle: a pipe
-- is a stream, so GHC takes no file lock on it), and fstat of an end: a
-- FIFO (isNamedPipe), mode 0600.
import System.IO
import System.Posix.Files
import System.Posix.IO

main :: IO ()
main = do
  (r, w) <- createPipe
  st <- getFdStatus w
  st2 <- getFdStatus r
  print (isNamedPipe st, isRegularFile st, fileMode st, isNamedPipe st2)
  _ <- fdWrite w "abc"
  getFdStatus w >>= print . fileSize
  wh <- fdToHandle w
  rh <- fdToHandle r
  hPutStrLn wh "hello"
  hPutStrLn wh "world"
  hClose wh
  hGetLine rh >>= putStrLn
  hGetContents rh >>= putStr
  hClose rh
