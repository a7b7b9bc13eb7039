import Data.Bits
import Data.Int
import Data.Word

showB :: (Show a, FiniteBits a) => a -> String
showB x = unwords [show x, show (popCount x), show (countLeadingZeros x), show (countTrailingZeros x), show (finiteBitSize x), show (testBit x 0), show (complement x)]

ops :: (Show a, Bits a, Num a) => a -> a -> [String]
ops a b = [show (a .&. b), show (a .|. b), show (xor a b), show (shiftL a 3), show (shiftR a 2), show (shift a (-1)), show (rotate a 5), show (rotateL a 1), show (rotateR a 1),
           show (setBit a 4), show (clearBit a 0), show (complementBit a 1), show (bitSizeMaybe a), show (isSigned a), show (shiftL a 70), show (shiftR a 70), show (unsafeShiftL a 2), show (unsafeShiftR a 1)]

main :: IO ()
main = do
  putStrLn (showB (5 :: Int)); putStrLn (showB (-1 :: Int)); putStrLn (showB (0 :: Word))
  putStrLn (showB (0x80 :: Word8)); putStrLn (showB (-128 :: Int8)); putStrLn (showB (1 :: Int16))
  putStrLn (showB (maxBound :: Word16)); putStrLn (showB (12345 :: Int32)); putStrLn (showB (0xF0 :: Word32))
  putStrLn (showB (minBound :: Int64)); putStrLn (showB (1 :: Word64)); putStrLn (showB True)
  mapM_ putStrLn (ops (12345 :: Int) 678); mapM_ putStrLn (ops (-100 :: Int) 7)
  mapM_ putStrLn (ops (200 :: Word8) 15); mapM_ putStrLn (ops (-3 :: Int8) 5)
  mapM_ putStrLn (ops (40000 :: Word16) 1); mapM_ putStrLn (ops (-40000 :: Int32) 1)
  mapM_ putStrLn (ops (maxBound :: Word64) 2); mapM_ putStrLn (ops (123 :: Word) 456)
  mapM_ putStrLn (ops (2 ^ 100 + 12345 :: Integer) 0xFFFF); mapM_ putStrLn (take 12 (ops (-(2 ^ 70) :: Integer) 3))
  print (True .&. False, True .|. False, xor True True, complement False, shiftL True 1, popCount True, testBit False 0)
  print (bit 5 :: Int, bit 63 :: Int, zeroBits :: Word8, bit 7 :: Int8, bit 100 :: Integer)
  print (popCount (-1 :: Integer), popCount (-7 :: Integer), popCount (255 :: Integer), testBit (-1 :: Integer) 200)
  print (shiftR (-1 :: Integer) 100, shiftL (1 :: Integer) 65, shiftR (2 ^ 65 :: Integer) 60, complement (5 :: Integer))
  print (toIntegralSized (300 :: Int) :: Maybe Word8, toIntegralSized (200 :: Int) :: Maybe Word8, toIntegralSized (-1 :: Int) :: Maybe Word)
  print (toIntegralSized (2 ^ 40 :: Integer) :: Maybe Int32, toIntegralSized (maxBound :: Word64) :: Maybe Int64, toIntegralSized (5 :: Int8) :: Maybe Integer)
  print (bitDefault 3 :: Int, testBitDefault (5 :: Int) 2, popCountDefault (255 :: Int), popCountDefault (-1 :: Int8))
  print (countLeadingZeros (0 :: Int), countTrailingZeros (0 :: Word16), countLeadingZeros (1 :: Word8))
  print (rotate (1 :: Word8) (-1), rotate (0x81 :: Int8) 9, rotateR (1 :: Word64) 65, rotate (5 :: Integer) 3)
  print (shift (1 :: Int) 64, shift (-8 :: Int) (-64), shiftR (-8 :: Int) 1, shiftR (-8 :: Int16) 20)
  print (bitSize (0 :: Int), bitSizeMaybe (0 :: Integer), isSigned (0 :: Integer), isSigned (0 :: Word8))
