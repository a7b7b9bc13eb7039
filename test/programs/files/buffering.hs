import System.IO
import System.Directory (getFileSize)

main :: IO ()
main = do
  print [NoBuffering, LineBuffering, BlockBuffering Nothing, BlockBuffering (Just 16)]
  print (BlockBuffering (Just 4) == BlockBuffering (Just 4), NoBuffering < LineBuffering, compare (BlockBuffering Nothing) (BlockBuffering (Just 1)))
  print (showsPrec 11 (BlockBuffering (Just 3)) "")
  h <- openFile "buf.txt" WriteMode
  hGetBuffering h >>= print
  mapM_ (\m -> hSetBuffering h m >> hGetBuffering h >>= print) [NoBuffering, LineBuffering, BlockBuffering (Just 8), BlockBuffering Nothing]
  hSetBuffering h NoBuffering
  hPutStr h "unbuffered "
  getFileSize "buf.txt" >>= print
  hSetBuffering h LineBuffering
  hPutStr h "line\nrest"
  getFileSize "buf.txt" >>= print
  hFlush h
  getFileSize "buf.txt" >>= print
  hSetBuffering h (BlockBuffering Nothing)
  hPutStr h "-block"
  getFileSize "buf.txt" >>= print
  hClose h
  readFile "buf.txt" >>= print
  r <- openFile "buf.txt" ReadMode
  hSetBuffering r NoBuffering
  hGetLine r >>= putStrLn
  hSetBuffering r LineBuffering
  hGetBuffering r >>= print
  hGetLine r >>= putStrLn
  hClose r
  hSetBuffering stdout LineBuffering
  hGetBuffering stdout >>= print
  hSetBuffering stdout (BlockBuffering (Just 100))
  hGetBuffering stdout >>= print
  hGetBuffering stdin >>= print
  hGetBuffering stderr >>= print
