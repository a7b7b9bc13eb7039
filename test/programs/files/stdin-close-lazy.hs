import System.IO
import Control.Exception

main :: IO ()
main = do
  s <- getContents
  putStrLn (take 5 s)
  hClose stdin
  r <- try (evaluate (length s))
  print (r :: Either IOException Int)
  hIsClosed stdin >>= print
  r2 <- try getLine
  print (r2 :: Either IOException String)
