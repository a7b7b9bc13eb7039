import System.IO
import System.IO.Error

info :: Handle -> IO ()
info h = do
  fs <- mapM ($ h) [hIsOpen, hIsClosed, hIsReadable, hIsWritable, hIsSeekable]
  print fs

main :: IO ()
main = do
  mapM_ print [ReadMode, WriteMode, AppendMode, ReadWriteMode]
  w <- openFile "modes.txt" WriteMode
  info w
  hPutStrLn w "line one"
  hPutStrLn w "line two"
  hClose w
  r <- openFile "modes.txt" ReadMode
  info r
  hGetLine r >>= putStrLn
  hClose r
  a <- openFile "modes.txt" AppendMode
  info a
  hPutStrLn a "line three"
  e <- tryIOError (hSeek a AbsoluteSeek 0)
  print e
  hClose a
  readFile "modes.txt" >>= putStr
  rw <- openFile "modes.txt" ReadWriteMode
  info rw
  l <- hGetLine rw
  putStrLn ("read: " ++ l)
  hSeek rw AbsoluteSeek 0
  hPutStr rw "LINE"
  hSeek rw AbsoluteSeek 0
  l2 <- hGetLine rw
  putStrLn ("after overwrite: " ++ l2)
  hSeek rw SeekFromEnd 0
  hPutStrLn rw "line four"
  hClose rw
  readFile "modes.txt" >>= putStr
  rw2 <- openFile "fresh-rw.txt" ReadWriteMode
  eof <- hIsEOF rw2
  print eof
  hPutStr rw2 "made by ReadWriteMode"
  hClose rw2
  readFile "fresh-rw.txt" >>= putStrLn
  w2 <- openFile "modes.txt" WriteMode
  hClose w2
  readFile "modes.txt" >>= print
  e2 <- tryIOError (openFile "no/such/dir.txt" WriteMode)
  print (fmap (const ()) e2)
  e3 <- tryIOError (openFile "missing.txt" ReadWriteMode >>= hClose)
  print e3
