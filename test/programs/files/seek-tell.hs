import System.IO
import System.IO.Error

main :: IO ()
main = do
  print [AbsoluteSeek, RelativeSeek, SeekFromEnd]
  writeFile "seek.txt" "0123456789"
  h <- openFile "seek.txt" ReadWriteMode
  hFileSize h >>= print
  hTell h >>= print
  hSeek h AbsoluteSeek 3
  hTell h >>= print
  hGetChar h >>= print
  hSeek h RelativeSeek 2
  hTell h >>= print
  hGetChar h >>= print
  hSeek h SeekFromEnd (-2)
  hTell h >>= print
  hGetLine h >>= print
  hSeek h SeekFromEnd 3
  hTell h >>= print
  hPutStr h "X"
  hFileSize h >>= print
  hSeek h AbsoluteSeek 0
  s <- hGetLine h
  print (map fromEnum s)
  r <- tryIOError (hSeek h AbsoluteSeek (-1))
  print r
  r2 <- tryIOError (hSeek h RelativeSeek (-100))
  print r2
  hSetFileSize h 4
  hFileSize h >>= print
  hTell h >>= print
  hSetFileSize h 6
  hFileSize h >>= print
  hSeek h AbsoluteSeek 0
  t <- hGetLine h
  print (map fromEnum t)
  hIsSeekable h >>= print
  hClose h
  r3 <- tryIOError (withFile "seek.txt" ReadMode (\r -> hSetFileSize r 1))
  print r3
  a <- openFile "seek.txt" AppendMode
  r4 <- tryIOError (hSeek a AbsoluteSeek 0)
  print r4
  r5 <- tryIOError (hTell a >>= print)
  print r5
  hClose a
