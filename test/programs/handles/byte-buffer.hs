-- The Handle__'s byte and character buffers as GHC.IO.Handle.Internals'
-- withHandle_ gives them: GHC's sizes (8192 bytes, 2048 characters), read
-- or write state by the handle's mode, the one-element buffers of a closed
-- handle, all empty before any read; the encoder and decoder GHC opens
-- (none for a binary handle, closeTextCodecs closing them).

import GHC.IO.Handle.Internals
import GHC.IO.Handle.Types
import GHC.IO.Buffer
import Data.IORef
import System.IO
import Data.Maybe (isJust)

describe :: String -> Handle -> IO ()
describe what h = do
  line <- withHandle_ "describe" h $ \h_ -> do
    b <- readIORef (haByteBuffer h_)
    c <- readIORef (haCharBuffer h_)
    return (what ++ ": bytes " ++ show (bufSize b, bufL b, bufR b, isWriteBuffer b, isEmptyBuffer b)
              ++ " chars " ++ show (bufSize c, bufL c, bufR c, isWriteBuffer c)
              ++ " coders " ++ coders h_)
  putStrLn line

coders :: Handle__ -> String
coders Handle__ {haEncoder = e, haDecoder = d} = show (isJust e, isJust d)

main :: IO ()
main = do
  writeFile "bb.txt" "hello\nworld\n"
  h <- openFile "bb.txt" ReadMode
  describe "read" h
  w <- openFile "bb2.txt" WriteMode
  describe "write" w
  a <- openFile "bb4.txt" AppendMode
  describe "append" a
  hClose a
  hClose w
  rw <- openFile "bb3.txt" ReadWriteMode
  describe "readwrite" rw
  withHandle_ "closeTextCodecs" rw closeTextCodecs
  hClose rw
  bin <- openBinaryFile "bb.txt" ReadMode
  describe "binary" bin
  hSetEncoding bin utf8
  describe "utf8" bin
  hClose bin
  hFlush stdout
  describe "stdout" stdout
  describe "stderr" stderr
  hClose h
  describe "closed" h
  describe "stdin" stdin
