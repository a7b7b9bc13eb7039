import System.IO

loop :: Int -> IO ()
loop n = do
  eof <- isEOF
  if eof
    then putStrLn ("lines: " ++ show n)
    else do
      l <- getLine
      putStrLn (show n ++ ": " ++ reverse l)
      loop (n + 1)

main :: IO ()
main = do
  e <- hIsEOF stdin
  print e
  c <- hLookAhead stdin
  print c
  loop 0
  isEOF >>= print
