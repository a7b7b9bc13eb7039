import System.IO
import Foreign.Marshal.Array
import Foreign.Ptr
import Data.Word
import Data.Char
main :: IO ()
main = do
  putStr "start "
  withArray (map (fromIntegral . ord) "BUF1 ") $ \p -> hPutBuf stdout (p :: Ptr Word8) 5
  putStrLn "middle"
  hSetBuffering stdout NoBuffering
  withArray (map (fromIntegral . ord) "BUF2\n") $ \p -> hPutBuf stdout (p :: Ptr Word8) 5
  hSetBuffering stdout LineBuffering
  putStr "line "
  withArray (map (fromIntegral . ord) "BUF3\n") $ \p -> hPutBufNonBlocking stdout (p :: Ptr Word8) 5 >>= print
  h <- openBinaryFile "pb.bin" WriteMode
  hPutStr h "text "
  withArray (map (fromIntegral . ord) "bytes ") $ \p -> hPutBuf h (p :: Ptr Word8) 6
  hPutStr h "more"
  hClose h
  readFile "pb.bin" >>= putStrLn
  hPutStr stderr "e1 "
  withArray (map (fromIntegral . ord) "E2\n") $ \p -> hPutBuf stderr (p :: Ptr Word8) 3
