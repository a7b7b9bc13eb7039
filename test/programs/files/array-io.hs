-- Data.Array.IO's hGetArray/hPutArray: bytes between handles and an
-- IOUArray Int Word8, partial reads at the end, counts of 0 and out of range.
import Data.Array.IO
import Data.Array.MArray
import Data.Word
import System.IO
import Control.Exception

main :: IO ()
main = do
  arr <- newListArray (0, 9) [65 .. 74] :: IO (IOUArray Int Word8)
  withBinaryFile "bytes.bin" WriteMode $ \h -> do
    hPutArray h arr 10
    hPutArray h arr 3
    hPutArray h arr 0
  buf <- newArray (0, 7) 0 :: IO (IOUArray Int Word8)
  withBinaryFile "bytes.bin" ReadMode $ \h -> do
    n1 <- hGetArray h buf 8
    xs <- getElems buf
    print (n1, xs)
    n2 <- hGetArray h buf 8
    ys <- getElems buf
    print (n2, ys)
    n3 <- hGetArray h buf 8
    print n3
    print =<< hGetArray h buf 0
    r <- try (hGetArray h buf 9)
    print (r :: Either IOException Int)
    r2 <- try (hGetArray h buf (-1))
    print (r2 :: Either IOException Int)
  r3 <- try (withBinaryFile "out.bin" WriteMode $ \h -> hPutArray h arr 11)
  print (r3 :: Either IOException ())
  readFile "bytes.bin" >>= putStrLn
