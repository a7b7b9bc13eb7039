import System.IO
import System.IO.Error

main :: IO ()
main = do
  writeFile "r.txt" "ab"
  h <- openFile "r.txt" ReadMode
  hReady h >>= print
  hWaitForInput h 0 >>= print
  _ <- hGetChar h
  _ <- hGetChar h
  r <- tryIOError (hReady h)
  print r
  r2 <- tryIOError (hWaitForInput h 10)
  print r2
  hShow h >>= putStrLn
  hClose h
  hShow h >>= putStrLn
  w <- openFile "w.txt" WriteMode
  hSetBuffering w (BlockBuffering (Just 64))
  hShow w >>= putStrLn
  hClose w
  hGetEcho stdin >>= print
  hIsTerminalDevice stdout >>= print
