import System.IO
import System.IO.Error

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  let go acc = do
        eof <- isEOF
        if eof then return (reverse acc) else do
          c <- getChar
          go (c : acc)
  a <- getChar
  b <- hLookAhead stdin
  c <- getChar
  print (a, b, c)
  rest <- go []
  print rest
  r <- tryIOError getChar
  print r
  r2 <- tryIOError getLine
  print (fmap length r2)
