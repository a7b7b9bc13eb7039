-- GHC.IO.BufferedIO: a device of the program's own (RawIO over an IORef of
-- bytes, logging the offsets it is given), read and written through byte
-- Buffers with readBuf/writeBuf and their non-blocking forms; a BufferedIO
-- instance using them, and emptyWriteBuffer's default.
import Data.IORef
import Data.Word
import Foreign.Marshal.Array
import Foreign.Ptr
import GHC.IO.Buffer
import GHC.IO.BufferedIO
import GHC.IO.Device

data Mem = Mem (IORef [Word8]) (IORef [Word8]) -- input, output

instance RawIO Mem where
  read (Mem i _) p off n = do
    bs <- readIORef i
    let (now, rest) = splitAt n bs
    pokeArray p now
    writeIORef i rest
    putStrLn ("  read at offset " ++ show off ++ ": " ++ show (length now) ++ " of " ++ show n)
    return (length now)
  readNonBlocking m@(Mem i _) p off n = do
    bs <- readIORef i
    if null bs then return Nothing else Just <$> GHC.IO.Device.read m p off n
  write (Mem _ o) p off n = do
    bs <- peekArray n p
    putStrLn ("  write at offset " ++ show off ++ ": " ++ show bs)
    modifyIORef o (++ bs)
  writeNonBlocking m p off n = do
    let k = min 2 n
    GHC.IO.Device.write m p off k
    return k

instance BufferedIO Mem where
  newBuffer _ st = newByteBuffer 6 st
  fillReadBuffer = readBuf
  fillReadBuffer0 = readBufNonBlocking
  flushWriteBuffer = writeBuf
  flushWriteBuffer0 = writeBufNonBlocking

pos :: Buffer e -> String
pos b = show (bufL b, bufR b, bufOffset b, bufSize b) ++ (if isWriteBuffer b then " W" else " R")

contents :: Buffer Word8 -> IO [Word8]
contents b = mapM (readWord8Buf (bufRaw b)) [bufL b .. bufR b - 1]

main :: IO ()
main = do
  i <- newIORef [1 .. 10]
  o <- newIORef []
  let m = Mem i o
  b0 <- GHC.IO.BufferedIO.newBuffer m ReadBuffer
  putStrLn (pos b0)
  (n1, b1) <- fillReadBuffer m b0
  print n1 >> putStrLn (pos b1) >> contents b1 >>= print
  (n2, b2) <- fillReadBuffer m (bufferRemove 4 b1)
  print n2 >> putStrLn (pos b2) >> contents b2 >>= print
  (n3, b3) <- fillReadBuffer m (bufferRemove 2 b2)
  print n3 >> putStrLn (pos b3) >> contents b3 >>= print
  (n4, b4) <- fillReadBuffer0 m b3
  print n4 >> putStrLn (pos b4)
  (n5, b5) <- fillReadBuffer0 m (bufferRemove (bufferElems b4) b4)
  print n5 >> putStrLn (pos b5)
  -- writing
  w0 <- emptyWriteBuffer m b5
  putStrLn (pos w0)
  mapM_ (\k -> writeWord8Buf (bufRaw w0) k (fromIntegral (100 + k))) [0 .. 4]
  let w1 = bufferAdd 5 w0
  w2 <- flushWriteBuffer m (bufferRemove 1 w1)
  putStrLn (pos w2)
  mapM_ (\k -> writeWord8Buf (bufRaw w2) k (fromIntegral (50 + k))) [0 .. 4]
  (k1, w3) <- flushWriteBuffer0 m (bufferAdd 5 w2)
  print k1 >> putStrLn (pos w3)
  (k2, w4) <- flushWriteBuffer0 m w3
  print k2 >> putStrLn (pos w4)
  (k3, w5) <- flushWriteBuffer0 m w4
  print k3 >> putStrLn (pos w5)
  readIORef o >>= print
