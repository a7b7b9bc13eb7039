-- GHC.IO.Buffer: building, filling, reading and adjusting Word8 and Char
-- buffers over their ForeignPtr memory.
import Control.Exception
import Data.Word
import Foreign.Ptr
import Foreign.Storable
import GHC.IO.Buffer

describe :: String -> Buffer e -> IO ()
describe tag b =
  putStrLn $
    tag ++ ": " ++ dropWhile (/= '@') (summaryBuffer b)
      ++ " elems=" ++ show (bufferElems b)
      ++ " avail=" ++ show (bufferAvailable b)
      ++ " empty=" ++ show (isEmptyBuffer b)
      ++ " full=" ++ show (isFullBuffer b)
      ++ " fullc=" ++ show (isFullCharBuffer b)
      ++ " write=" ++ show (isWriteBuffer b)
      ++ " off=" ++ show (bufferOffset b)
      ++ " state=" ++ (if bufState b == ReadBuffer then "R" else "W")

main :: IO ()
main = do
  print charSize
  b0 <- newByteBuffer 8 WriteBuffer
  describe "new" b0
  mapM_ (\i -> writeWord8Buf (bufRaw b0) i (fromIntegral (i * 3 + 1))) [0 .. 5]
  let b1 = bufferAdd 6 b0
  describe "add6" b1
  let b2 = bufferRemove 2 b1
  describe "rm2" b2
  ws <- mapM (readWord8Buf (bufRaw b2)) [bufL b2 .. bufR b2 - 1]
  print ws
  b3 <- slideContents b2
  describe "slide" b3
  ws' <- mapM (readWord8Buf (bufRaw b3)) [bufL b3 .. bufR b3 - 1]
  print ws'
  describe "adjL4" (bufferAdjustL 4 b3)
  describe "adjL2" (bufferAdjustL 2 b3)
  describe "full" (bufferAdd 4 b3)
  describe "offs" (bufferAddOffset 10 (bufferAdjustOffset 100 b3))
  print (bufSize b3, bufL b3, bufR b3, bufOffset (bufferAddOffset 7 b3))
  checkBuffer b3
  s <- withBuffer b3 (\p -> mapM (peekByteOff p) [0, 1, 2 :: Int]) :: IO [Word8]
  print s
  s2 <- withRawBuffer (bufRaw b3) (\p -> peekByteOff p 3) :: IO Word8
  print s2
  -- Char buffers: one element per code point
  cb <- newCharBuffer 5 ReadBuffer
  describe "char" cb
  i1 <- writeCharBuf (bufRaw cb) 0 'h'
  i2 <- writeCharBuf (bufRaw cb) i1 '\955'
  i3 <- writeCharBuf (bufRaw cb) i2 '\128512'
  print (i1, i2, i3)
  let cb1 = bufferAdd i3 cb
  describe "char3" cb1
  r <- readCharBuf (bufRaw cb1) 1
  print r
  c <- peekCharBuf (bufRaw cb1) 2
  print c
  cs <- withBuffer cb1 (\p -> mapM (readCharBufPtr p) [0, 1, 2])
  print cs
  n <- withBuffer cb1 (\p -> writeCharBufPtr p 3 'z')
  print n
  w32 <- withBuffer cb1 (\p -> peekElemOff (castPtr p) 3) :: IO Word32
  print w32
  let e = emptyBuffer (bufRaw cb1) 5 WriteBuffer
  describe "empty" e
  r2 <- try (checkBuffer (bufferAdd 9 e))
  case r2 of
    Left (ErrorCall m) -> putStrLn ("error: " ++ takeWhile (/= '0') m ++ dropWhile (/= '@') m)
    Right () -> putStrLn "ok"
