-- text's Data.Text.Internal.IO.readChunk on a Handle__'s character buffer
-- (through GHC.IO.Handle.Internals' withHandle_), as text's hGetContents
-- loop uses it: UTF-8 input, CRLF input with universalNewlineMode (a '\r'
-- kept in the buffer between chunks), input without a final newline, empty
-- input, and the end-of-file error.

import Control.Exception
import Data.IORef
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import Data.Text.Internal.IO (readChunk)
import GHC.IO.Buffer
import GHC.IO.Handle.Internals (withHandle_)
import GHC.IO.Handle.Types
import System.IO

chunks :: Handle -> IO [T.Text]
chunks h = do
  r <- try (withHandle_ "chunks" h $ \h_ -> readIORef (haCharBuffer h_) >>= readChunk h_)
  case r of
    Left e -> do
      putStrLn ("end: " ++ show (e :: IOException))
      return []
    Right t -> (t :) <$> chunks h

held :: Handle -> IO (Int, Int)
held h = withHandle_ "held" h $ \h_ -> do
  b <- readIORef (haCharBuffer h_)
  return (bufL b, bufR b)

file :: String -> String -> (Handle -> IO ()) -> IO ()
file name content setup = do
  writeFile name content
  h <- openFile name ReadMode
  hSetEncoding h utf8
  setup h
  cs <- chunks h
  print (map T.unpack cs)
  held h >>= print
  hClose h

main :: IO ()
main = do
  file "utf8.txt" "h\233llo \8364 w\246rld\nsecond line\n" (const (return ()))
  file "crlf.txt" "one\r\ntwo\r\nthree\rfour\r" (`hSetNewlineMode` universalNewlineMode)
  file "lf.txt" "one\r\ntwo\r\n" (const (return ()))
  file "nofinal.txt" "no final newline" (const (return ()))
  file "empty.txt" "" (const (return ()))
  writeFile "big.txt" (concat [show i ++ "\r\n" | i <- [1 .. 3000 :: Int]])
  h <- openFile "big.txt" ReadMode
  hSetNewlineMode h universalNewlineMode
  cs <- chunks h
  print (map T.length cs, sum (map T.length cs))
  print (T.take 20 (last cs))
  hClose h
  -- after chunks, String reads go on where they stopped
  writeFile "mixed.txt" "first\nsecond\nthird\n"
  m <- openFile "mixed.txt" ReadMode
  l <- hGetLine m
  c <- withHandle_ "one" m $ \h_ -> readIORef (haCharBuffer h_) >>= readChunk h_
  print (l, c)
  hIsEOF m >>= print
  hClose m
  -- stdin
  s <- chunks stdin
  print (map T.unpack s)
