{-# OPTIONS_GHC -Wno-deprecations #-}
{-# LANGUAGE MagicHash, UnboxedTuples, BangPatterns #-}
-- integer-gmp's byte export and import (big- and little-endian, through
-- memory and byte arrays), and minusBigNat's underflow.
import GHC.Integer.GMP.Internals
import GHC.Exts
import GHC.IO (IO (..))
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Ptr (Ptr (..))
import Foreign.Storable (peekByteOff)
import Data.Word (Word8)
import Control.Exception

bytesAt :: Ptr a -> Int -> IO [Word8]
bytesAt p n = mapM (peekByteOff p) [0 .. n - 1]

data MBA = MBA (MutableByteArray# RealWorld)

newMBA :: Int -> IO MBA
newMBA (I# n) = IO (\s -> case newByteArray# n s of (# s', m #) -> (# s', MBA m #))

readMBA :: MBA -> Int -> IO [Word8]
readMBA (MBA m) n = mapM (\(I# i) -> IO (\s -> case readWord8Array# m i s of (# s', w #) -> (# s', fromIntegral (W# w) #))) [0 .. n - 1]

fillMBA :: MBA -> [Word8] -> IO ()
fillMBA (MBA m) ws = mapM_ (\(I# i, w) -> let !(W# x) = fromIntegral w in IO (\s -> (# writeWord8Array# m i x s, () #))) (zip [0 ..] ws)

freeze :: MBA -> IO ByteArr
freeze (MBA m) = IO (\s -> case unsafeFreezeByteArray# m s of (# s', a #) -> (# s', ByteArr a #))

data ByteArr = ByteArr ByteArray#

main :: IO ()
main = do
  let n = 0x0102030405060708090a0b :: Integer
      Jp# b = n
  allocaBytes 32 $ \p@(Ptr a) -> do
    k <- exportIntegerToAddr n a 1#
    bytesAt p (fromIntegral k) >>= print . (,) k
    k2 <- exportIntegerToAddr n a 0#
    bytesAt p (fromIntegral k2) >>= print . (,) k2
    k3 <- exportBigNatToAddr b a 1#
    bytesAt p (fromIntegral k3) >>= print . (,) k3
    r <- importIntegerFromAddr a (unW k3) 1#
    print r
    r2 <- importIntegerFromAddr a (unW k3) 0#
    print r2
    bn <- importBigNatFromAddr a 5## 1#
    print (bigNatToInteger bn)
    k4 <- exportIntegerToAddr 0 a 1#
    print k4
  m@(MBA mba) <- newMBA 20
  fillMBA m (replicate 20 0)
  k <- exportIntegerToMutableByteArray (-300) mba 2## 1#
  readMBA m 6 >>= print . (,) k
  k' <- exportBigNatToMutableByteArray b mba 4## 0#
  readMBA m 16 >>= print . (,) k'
  fillMBA m [1 .. 20]
  ByteArr ba <- freeze m
  print (importIntegerFromByteArray ba 3## 9## 1#, importIntegerFromByteArray ba 0## 4## 0#)
  print (bigNatToInteger (importBigNatFromByteArray ba 10## 10## 1#))
  print (bigNatToInteger (byteArrayToBigNat# ba 2#))
  r <- try (evaluate (bigNatToInteger (minusBigNat (bn 5) (bn 7))))
  print (r :: Either ArithException Integer)
  r' <- try (evaluate (bigNatToInteger (minusBigNatWord oneBigNat 2##)))
  print (r' :: Either ArithException Integer)
  where bn i = case i of { Jp# x -> x; S# x -> wordToBigNat (int2Word# x); Jn# x -> x }

unW :: Word -> Word#
unW (W# w) = w
