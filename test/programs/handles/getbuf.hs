-- hGetBuf, hGetBufSome, hGetBufNonBlocking, hPutBuf and hPutBufNonBlocking
-- on binary file handles, their errors (negative counts: GHC's
-- illegalBufferSize; closed and wrong-mode handles), and hFileSize.

import Control.Exception
import Foreign
import Foreign.C
import System.IO

try' :: Show a => IO a -> IO ()
try' act = do
  r <- try act
  case r of
    Left e -> putStrLn ("error: " ++ show (e :: IOException))
    Right v -> print v

main :: IO ()
main = do
  h <- openBinaryFile "b.bin" WriteMode
  allocaBytes 16 $ \p -> do
    mapM_ (\i -> pokeByteOff p i (fromIntegral (65 + i) :: Word8)) [0 .. 15]
    hPutBuf h p 10
    hPutBufNonBlocking h p 3 >>= print
    try' (hPutBuf h p (-1))
    try' (hGetBuf h p 2)
  hFileSize h >>= print
  hClose h
  h2 <- openBinaryFile "b.bin" ReadMode
  hFileSize h2 >>= print
  allocaBytes 32 $ \p -> do
    n <- hGetBuf h2 p 4
    s <- peekCStringLen (castPtr p, n)
    print (n, s)
    try' (hGetBuf h2 p (-2))
    try' (hGetBufSome h2 p (-3))
    m <- hGetBufSome h2 p 32
    peekCStringLen (castPtr p, m) >>= print
    k <- hGetBufNonBlocking h2 p 32
    print k
    try' (hPutBuf h2 p 1)
    hClose h2
    try' (hGetBuf h2 p 1)
    try' (hFileSize h2)
