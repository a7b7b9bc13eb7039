-- Byte and bit order of the sized Word types, bitsets as Word64, and Bits-generic code.
import Data.Bits
import Data.List (foldl')
import Data.Word

-- Parity and bit-reversal through the Bits class.
parity :: (Bits a) => a -> Bool
parity x = odd (popCount x)

reverseBits :: (FiniteBits a) => a -> a
reverseBits x = foldl' set zeroBits [0 .. n - 1]
  where
    n = finiteBitSize x
    set acc i = if testBit x i then setBit acc (n - 1 - i) else acc

-- Sieve of Eratosthenes over a Word64 bitset per 64 numbers.
primesBelow64 :: [Int]
primesBelow64 = [i | i <- [2 .. 63], testBit sieve i]
  where
    sieve = foldl' strike (complement 0 :: Word64) [2 .. 7]
    strike s p = foldl' clearBit s [p * p, p * p + p .. 63]

main :: IO ()
main = do
  print (byteSwap16 0x1234, byteSwap32 0x12345678, byteSwap64 0x0102030405060708)
  print (bitReverse8 1, bitReverse16 0x00ff, bitReverse32 1, bitReverse64 3)
  print (map parity [0, 1, 3, 7 :: Word8], parity (-1 :: Int), parity (6 :: Integer))
  print (reverseBits (1 :: Word8), reverseBits (0x0f :: Word16), reverseBits (1 :: Int), reverseBits (6 :: Word32) == bitReverse32 6)
  print primesBelow64
  print (foldr (.|.) 0 (map bit [0, 2 .. 10]) :: Word16, foldr xor (0 :: Word32) [1 .. 100])
  print (zeroBits :: Word8, (zeroBits :: Int) == 0, complement (zeroBits :: Word32))
  print (map (\k -> (1 :: Word64) `shiftL` k - 1) [0, 1, 8, 63, 64])
