-- GHC.IO.Handle.Internals.writeCharBuffer through withHandle_: a
-- character buffer's characters encoded and written (no newline
-- translation: hPutStr's is done before), mixed with hPutStr, an encoding
-- that cannot represent a character (GHC's error), stdout.

import Control.Exception
import GHC.IO.Buffer
import GHC.IO.Handle.Internals (withHandle_, writeCharBuffer)
import GHC.IO.Handle.Types
import System.IO

-- the characters of s in a new write CharBuffer
charBuf :: String -> IO CharBuffer
charBuf s = do
  b <- newCharBuffer 64 WriteBuffer
  let go buf [] = return buf
      go buf (c : cs) = do
        i <- writeCharBuf (bufRaw buf) (bufR buf) c
        go buf {bufR = i} cs
  go b s

put :: Handle -> String -> IO ()
put h s = do
  r <- try (withHandle_ "put" h $ \h_ -> charBuf s >>= writeCharBuffer h_)
  case r of
    Left e -> putStrLn ("error: " ++ show (e :: IOException))
    Right () -> return ()

readBinary :: FilePath -> IO ()
readBinary f = do
  b <- openBinaryFile f ReadMode
  hGetContents b >>= print
  hClose b

main :: IO ()
main = do
  h <- openFile "w.txt" WriteMode
  hSetNewlineMode h (NewlineMode LF CRLF)
  put h "one\ntwo \233\n"
  hPutStr h "three\n"
  put h "four"
  hClose h
  readBinary "w.txt"
  l <- openFile "l.txt" WriteMode
  hSetEncoding l latin1
  put l "caf\233 "
  put l "\955 x"
  hClose l
  readBinary "l.txt"
  hFlush stdout
  put stdout "to stdout\n"
  hSetBuffering stdout NoBuffering
  put stdout "unbuffered\n"
