-- Byte buffers: unboxed arrays of Word8 and Int16, a run-length encoder,
-- a checksum with wrap-around and an IOUArray histogram.
import Control.Monad (forM_)
import Data.Array.IO
import Data.Array.ST
import Data.Array.Unboxed
import Data.Bits
import Data.Char (ord)
import Data.Int
import Data.Word

bytesOf :: String -> UArray Int Word8
bytesOf s = listArray (0, length s - 1) (map (fromIntegral . ord) s)

-- Sum of the bytes modulo 256, and a rotating xor checksum.
checksums :: UArray Int Word8 -> (Word8, Word8)
checksums a = (sum (elems a), foldl (\c b -> rotateL c 1 `xor` b) 0 (elems a))

runLength :: [Word8] -> [(Word8, Int)]
runLength [] = []
runLength (x : xs) = let (same, rest) = span (== x) xs in (x, 1 + length same) : runLength rest

-- Samples as signed 16-bit values, amplified with saturation.
amplify :: Int16 -> Int16
amplify x =
  let y = fromIntegral x * 3 :: Int
   in fromIntegral (max (-32768) (min 32767 y))

deltas :: UArray Int Int16 -> UArray Int Int16
deltas a = runSTUArray $ do
  let (lo, hi) = bounds a
  m <- newArray (lo, hi) 0
  forM_ [lo + 1 .. hi] $ \i -> writeArray m i (a ! i - a ! (i - 1))
  return m

main :: IO ()
main = do
  let a = bytesOf "hello, world! \255\128"
  print (bounds a, a ! 0, a ! 15, checksums a)
  print (runLength [1, 1, 1, 7, 7, 255, 0, 0, 0, 0])
  let samples = listArray (0, 5) [0, 1000, 12000, -12000, 30000, -32768] :: UArray Int Int16
  print (amap amplify samples)
  print (elems (deltas samples))
  print (samples // [(2, minBound)], accumArray (+) 0 (0, 3) [(i `mod` 4, fromIntegral i) | i <- [1 .. 10 :: Int]] :: UArray Int Word8)
  hist <- newArray (0, 7) 0 :: IO (IOUArray Int Word32)
  forM_ (elems a) $ \b -> do
    let k = fromIntegral (b `shiftR` 5)
    c <- readArray hist k
    writeArray hist k (c + 1)
  getElems hist >>= print
