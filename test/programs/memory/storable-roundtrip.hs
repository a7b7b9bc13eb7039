-- malloc/peek/poke round trips of every standard Storable type
import Foreign.Marshal.Alloc
import Foreign.Storable
import Foreign.Ptr
import Foreign.C.Types
import Data.Int
import Data.Word

roundTrip :: (Storable a, Show a) => String -> a -> IO ()
roundTrip name x = do
  p <- malloc
  poke p x
  y <- peek p
  putStrLn (name ++ ": " ++ show y ++ " size " ++ show (sizeOf x) ++ " align " ++ show (alignment x))
  free p

main :: IO ()
main = do
  roundTrip "Int" (-123456789012 :: Int)
  roundTrip "Int max" (maxBound :: Int)
  roundTrip "Word" (maxBound :: Word)
  roundTrip "Int8" (-128 :: Int8)
  roundTrip "Int16" (-30000 :: Int16)
  roundTrip "Int32" (minBound :: Int32)
  roundTrip "Int64" (minBound :: Int64)
  roundTrip "Word8" (255 :: Word8)
  roundTrip "Word16" (65535 :: Word16)
  roundTrip "Word32" (4000000000 :: Word32)
  roundTrip "Word64" (maxBound :: Word64)
  roundTrip "Char" 'λ'
  roundTrip "Char max" (maxBound :: Char)
  roundTrip "Double" (3.141592653589793 :: Double)
  roundTrip "Double neg" (-1.0e-300 :: Double)
  roundTrip "Float" (2.5e-3 :: Float)
  roundTrip "Bool True" True
  roundTrip "Bool False" False
  roundTrip "()" ()
  roundTrip "CInt" (-42 :: CInt)
  roundTrip "CUInt" (42 :: CUInt)
  roundTrip "CLong" (1234567890123 :: CLong)
  roundTrip "CChar" (65 :: CChar)
  roundTrip "CUChar" (200 :: CUChar)
  roundTrip "CShort" (-7 :: CShort)
  roundTrip "CDouble" (1.5 :: CDouble)
  roundTrip "CFloat" (0.25 :: CFloat)
  roundTrip "CSize" (99 :: CSize)
  -- a pointer stored in memory
  q <- mallocBytes 16 :: IO (Ptr Word8)
  pp <- malloc :: IO (Ptr (Ptr Word8))
  poke pp (q `plusPtr` 3)
  q' <- peek pp
  print (q' `minusPtr` q, q' == q `plusPtr` 3, q' /= q)
  -- narrowing: what a wider store leaves for a narrower read
  w <- malloc :: IO (Ptr Word32)
  poke w 0x11223344
  b0 <- peek (castPtr w) :: IO Word8
  h <- peekByteOff w 2 :: IO Word16
  print (b0, h)
  poke (castPtr w) (-1 :: Int16)
  peek w >>= print
