import System.IO
main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  putStr "Enter: "
  s <- getLine
  putStrLn ("got " ++ s)
  c <- getChar
  print c
  r <- hReady stdin
  print r
  c2 <- hGetChar stdin
  print c2
  hWaitForInput stdin 0 >>= print
  hLookAhead stdin >>= print
