-- A written Handle's haByteBuffer holds its bytes before a flush, as GHC's:
-- withHandle_ shows them, flushByteWriteBuffer writes them out, a byte GHC
-- code appends to the buffer goes out with them; append and read-write
-- handles (an empty read buffer after a read), a read handle's buffer.
import GHC.IO.Handle.Internals
import GHC.IO.Handle.Types
import GHC.IO.Buffer
import Data.IORef
import System.IO
import Foreign.Ptr
import Foreign.Storable
import Data.Word
import Data.Char (chr)

peekBuf :: String -> Handle -> IO ()
peekBuf what h = do
  s <- withHandle_ "peek" h $ \h_ -> do
    b <- readIORef (haByteBuffer h_)
    bytes <- withBuffer b $ \p -> mapM (\i -> peekByteOff p i :: IO Word8) [bufL b .. bufR b - 1]
    return (show (bufL b, bufR b, isWriteBuffer b) ++ " " ++ show (map (chr . fromIntegral) bytes))
  putStrLn (what ++ ": " ++ s)

main :: IO ()
main = do
  h <- openFile "bbp.txt" WriteMode
  peekBuf "fresh" h
  hPutStr h "hello\n"
  peekBuf "after hPutStr" h
  hPutStr h "world"
  peekBuf "more" h
  withHandle_ "flush" h flushByteWriteBuffer
  peekBuf "after flushByteWriteBuffer" h
  hPutStr h "abc"
  -- GHC code that appends a byte to the buffer itself
  withHandle_ "append" h $ \h_ -> do
    b <- readIORef (haByteBuffer h_)
    withBuffer b $ \p -> pokeByteOff p (bufR b) (fromIntegral (fromEnum 'Z') :: Word8)
    writeIORef (haByteBuffer h_) b { bufR = bufR b + 1 }
  peekBuf "appended" h
  hPutStr h "!"
  peekBuf "then hPutStr" h
  hFlush h
  peekBuf "flushed" h
  hClose h
  readFile "bbp.txt" >>= print
  a <- openFile "bbp.txt" AppendMode
  hPutStr a "tail"
  peekBuf "append mode" a
  hClose a
  readFile "bbp.txt" >>= print
  rw <- openFile "bbp.txt" ReadWriteMode
  hPutStr rw "XY"
  peekBuf "readwrite" rw
  l <- hGetLine rw
  print l
  peekBuf "after read" rw
  hClose rw
  readFile "bbp.txt" >>= print
  r <- openFile "bbp.txt" ReadMode
  _ <- hGetLine r
  peekBuf "read" r
  hClose r
