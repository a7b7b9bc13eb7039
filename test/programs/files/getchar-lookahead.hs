import System.IO
import System.IO.Error

main :: IO ()
main = do
  writeFile "chars.txt" "ab\nc\955\n"
  h <- openFile "chars.txt" ReadMode
  let step = do
        eof <- hIsEOF h
        if eof
          then putStrLn "EOF"
          else do
            p <- hLookAhead h
            q <- hLookAhead h
            c <- hGetChar h
            print (p, q, c)
            step
  step
  r <- tryIOError (hGetChar h)
  print r
  r2 <- tryIOError (hLookAhead h)
  print (either (\e -> (isEOFError e, ioeGetErrorString e)) (const (False, "")) r2)
  hSeek h AbsoluteSeek 0
  c <- hGetChar h
  l <- hGetLine h
  print (c, l)
  hClose h
  writeFile "empty.txt" ""
  e <- openFile "empty.txt" ReadMode
  hIsEOF e >>= print
  r3 <- tryIOError (hGetLine e)
  print r3
  hClose e
