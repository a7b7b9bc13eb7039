-- Bit tricks on Int, Integer and Bool with Data.Bits.
import Data.Bits

-- Gray code and its inverse.
gray :: Int -> Int
gray n = n `xor` (n `shiftR` 1)

fromGray :: Int -> Int
fromGray g = go g (g `shiftR` 1)
  where
    go acc 0 = acc
    go acc s = go (acc `xor` s) (s `shiftR` 1)

-- A set of small naturals as the bits of an Int.
type BitSet = Int

insert :: Int -> BitSet -> BitSet
insert i s = s .|. bit i

member :: Int -> BitSet -> Bool
member i s = testBit s i

toList :: BitSet -> [Int]
toList s = [i | i <- [0 .. finiteBitSize s - 1], testBit s i]

xorSwap :: (Int, Int) -> (Int, Int)
xorSwap (a, b) =
  let a1 = a `xor` b
      b1 = a1 `xor` b
      a2 = a1 `xor` b1
   in (a2, b1)

lowestSet :: Int -> Int
lowestSet x = x .&. negate x

isPowerOfTwo :: Int -> Bool
isPowerOfTwo x = x > 0 && x .&. (x - 1) == 0

-- A polymorphic function over any Bits instance.
bitsOf :: (FiniteBits a) => a -> String
bitsOf x = [if testBit x i then '1' else '0' | i <- reverse [0 .. finiteBitSize x - 1]]

data Flags = Flags Int deriving (Show)

main :: IO ()
main = do
  print (map popCount [0, 1, 7, 255, -1, minBound :: Int])
  print (map gray [0 .. 15])
  print (map (fromGray . gray) [0 .. 15] == [0 .. 15])
  let s = foldr insert 0 [1, 3, 5, 8, 13, 21, 34]
  print s
  print (toList s, member 13 s, member 14 s)
  print (toList (s .&. complement (bit 13)), toList (clearBit s 1), toList (setBit s 2))
  print (xorSwap (12345, -678))
  print (map lowestSet [12, 40, 7, 0], map isPowerOfTwo [1, 2, 3, 64, 0, -8])
  print (shiftL 1 10 :: Int, shiftR 1024 3 :: Int, shiftR (-16) 2 :: Int, shift 5 (-1) :: Int, shift 5 2 :: Int)
  print (shiftL 1 63 :: Int, shiftL 1 64 :: Int, shiftR (-1) 70 :: Int, unsafeShiftL 3 4 :: Int, unsafeShiftR 48 4 :: Int)
  print (rotateL (1 :: Int) 65, rotateR (1 :: Int) 1, rotate (minBound :: Int) 1, complementBit (5 :: Int) 1)
  print (countLeadingZeros (1 :: Int), countTrailingZeros (8 :: Int), countLeadingZeros (0 :: Int), countTrailingZeros (0 :: Int))
  print (finiteBitSize (0 :: Int), bitSizeMaybe (0 :: Int), bitSize (0 :: Int), isSigned (0 :: Int), zeroBits :: Int)
  putStrLn (bitsOf (5 :: Int))
  putStrLn (bitsOf True)
  -- Integer
  let big = 2 ^ 100 + 12345 :: Integer
  print (popCount big, testBit big 100, testBit big 99, big .&. 0xffff, big `xor` 1)
  print (shiftR big 90, shiftL (3 :: Integer) 70, complement (0 :: Integer), popCount (-8 :: Integer))
  print (bit 70 :: Integer, bitSizeMaybe big, isSigned big, setBit (0 :: Integer) 65, clearBit big 100)
  print (shift (-1000 :: Integer) (-3), rotate (7 :: Integer) 2, (.|.) (5 :: Integer) 10)
  -- Bool
  print (True .&. False, True .|. False, xor True True, complement False, popCount True)
  print (testBit True 0, testBit True 1, bit 0 :: Bool, shift True 1, finiteBitSize False)
  print (countLeadingZeros False, countTrailingZeros True)
  -- toIntegralSized and the defaults
  print (toIntegralSized (300 :: Integer) :: Maybe Int, toIntegralSized (-5 :: Int) :: Maybe Integer)
  print (popCountDefault (77 :: Int), testBitDefault (6 :: Int) 1, bitDefault 4 :: Int)
  print (Flags (foldl setBit 0 [0, 2, 4]))
