-- getChar at the end of input, uncaught.
main :: IO ()
main = do
  c <- getChar
  print c
  s <- getLine
  print s
  c2 <- getChar
  print c2
