import Foreign.C.Types
import System.Posix.Types
import Data.Bits

main :: IO ()
main = do
  print (testBit (5 :: CInt) 0, testBit (5 :: CInt) 1, bit 3 :: CInt, zeroBits :: CInt, testBit (1 :: CBool) 0, bit 7 :: CUChar)
  print (testBit (maxBound :: CSize) 63, bit 63 :: CSize, bit 40 :: CLong, testBit (-1 :: CShort) 15, bit 15 :: CUShort, zeroBits :: CULLong)
  print (bit 31 :: CInt, testBit (minBound :: CInt) 31, bit 64 :: CInt, testBit (7 :: CIntMax) 2, bit 10 :: CUIntPtr, zeroBits :: CWchar)
  print (testBit (Fd 9) 3, bit 4 :: Fd, bit 2 :: CMode, testBit (CUid 6) 1, zeroBits :: CPid, bit 62 :: COff, bit 20 :: CDev)
  print (foldr (\i acc -> if testBit (0xA5 :: CUChar) i then '1' : acc else '0' : acc) "" [7, 6 .. 0])
  print (map (bit :: Int -> CSChar) [0 .. 7], popCount (foldr (.|.) zeroBits (map bit [0, 2 .. 30]) :: CUInt))
  print (setBit (0 :: CSsize) 5, clearBit (255 :: CTcflag) 0 == 254, complementBit (CNlink 1) 0, shiftL (1 :: CGid) 31, rotateR (1 :: CKey) 1)
