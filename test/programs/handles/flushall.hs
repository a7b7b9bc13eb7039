-- GHC.IO.Handle.hFlushAll on file handles (written, read, read/write,
-- closed), hGetBuffering and hFileSize's errors, and hSetBuffering's
-- illegal sizes (ioe_bufsiz).

import Control.Exception
import GHC.IO.Handle (hFlushAll)
import System.IO

try' :: Show a => IO a -> IO ()
try' act = do
  r <- try act
  case r of
    Left e -> putStrLn ("error: " ++ show (e :: IOException))
    Right v -> print v

main :: IO ()
main = do
  h <- openFile "fa.txt" WriteMode
  hSetBuffering h (BlockBuffering (Just 64))
  hPutStr h "hello\nworld\n"
  hFlushAll h
  try' (hGetBuffering h)
  try' (hFileSize h)
  hClose h
  readFile' "fa.txt" >>= print
  try' (hFlushAll h)
  try' (hFileSize h)
  try' (hGetBuffering h)
  r <- openFile "fa.txt" ReadMode
  c <- hGetChar r
  hFlushAll r
  l <- hGetLine r
  print (c, l)
  try' (hFileSize r)
  hClose r
  rw <- openFile "fa.txt" ReadWriteMode
  l1 <- hGetLine rw
  hPutStr rw "WORLD"
  hFlushAll rw
  hSeek rw AbsoluteSeek 0
  s <- hGetContents rw
  putStrLn s
  try' (hFlushAll rw)
  try' (hSetBuffering stdout (BlockBuffering (Just 0)))
  try' (hSetBuffering stdout (BlockBuffering (Just (-3))))
  h2 <- openFile "fb.txt" WriteMode
  try' (hSetBuffering h2 (BlockBuffering (Just (-1))))
  hClose h2
  where
    readFile' p = do
      x <- readFile p
      length x `seq` return x
