-- A checksum and bit-packing toolkit over every fixed-width integer type,
-- each behind "some integral type" so its Bits, FiniteBits, Integral, Enum,
-- Bounded, Ix, Read, Show and Storable dictionaries are used as generic
-- user code uses them.
{-# LANGUAGE ExistentialQuantification, ScopedTypeVariables #-}
import Data.Bits
import Data.Int
import Data.Word
import Data.Ix
import Foreign.Storable
import Foreign.Marshal.Alloc
import Foreign.Marshal.Array
import Numeric (showHex, showOct)
import Text.Read (readMaybe)

data Num' = forall a. (Integral a, FiniteBits a, Bounded a, Ix a, Read a, Show a, Storable a) => Num' String a a

checksum :: (Integral a, Bits a) => [a] -> a
checksum = foldr (\x acc -> (acc `rotateL` 3) `xor` x) 0

describe :: Num' -> IO ()
describe (Num' name x y) = do
  putStrLn (name ++ ": " ++ show (x, y, x + y, x - y, x * y, negate x, abs y, signum y, fromIntegral x + (0.5 :: Double), toInteger x, fromInteger 300 `asTypeOf` x))
  putStrLn ("  integral " ++ show (quot x 3, rem x 3, div x 3, mod x 3, quotRem y 7, divMod y 7, gcd x y, lcm x 4, x ^ (3 :: Int), even x, toRational y))
  putStrLn ("  bits " ++ show (x .&. y, x .|. y, xor x y, complement x, shiftL x 2, shiftR y 1, rotate x 5, rotateR y 3) ++ " " ++ show (setBit x 1, clearBit y 0, complementBit x 2, testBit y 1, popCount x, bit 3 `asTypeOf` x, zeroBits `asTypeOf` x, unsafeShiftL y 1, unsafeShiftR x 1, isSigned x, bitSizeMaybe x, x `shift` (-1)))
  putStrLn ("  finite " ++ show (finiteBitSize x, countLeadingZeros x, countTrailingZeros y, minBound `asTypeOf` x, maxBound `asTypeOf` x, checksum [x, y, x * 2, y + 1], bitDefault 2 `asTypeOf` x, testBitDefault y 0, popCountDefault y, toIntegralSized x :: Maybe Int8, (.^.) x y))
  putStrLn ("  enum " ++ show (succ x, pred y, take 4 [x ..], [x, y .. x + 4 * (y - x)], take 3 [y, x ..], [x .. x + 3], fromEnum x, toEnum 7 `asTypeOf` x, take 3 (enumFromThen minBound (minBound + 1 `asTypeOf` x))))
  putStrLn ("  ix " ++ show (range (x, x + 2), index (x, x + 10) (x + 3), inRange (x, y) (x + 1), rangeSize (min x y, max x y), unsafeRangeSize' (x, x + 5)))
  putStrLn ("  show/read " ++ showsPrec 11 x "" ++ " " ++ show [x, y] ++ " " ++ show (read (show y) `asTypeOf` y, readMaybe ("(" ++ show x ++ ")") `asTypeOf` Just x, readMaybe "junk" `asTypeOf` Just x, reads (show x ++ " rest") `asTypeOf` [(x, "")], read "[1,2]" `asTypeOf` [x]) ++ " " ++ (if x >= 0 then showHex x "" ++ " " ++ showOct x "" else "-"))
  v <- alloca $ \p -> poke p x >> peek p
  arr <- withArray [x, y, x + y] (peekArray 3)
  putStrLn ("  storable " ++ show (sizeOf x, alignment y, v, arr, v == x))
  where
    unsafeRangeSize' r = rangeSize r
    (.^.) = xor

main :: IO ()
main = mapM_ describe
  [ Num' "Int8" (100 :: Int8) (-27), Num' "Int16" (3000 :: Int16) (-1234), Num' "Int32" (123456 :: Int32) (-98765), Num' "Int64" (1234567890123 :: Int64) (-5),
    Num' "Word8" (200 :: Word8) 13, Num' "Word16" (60000 :: Word16) 999, Num' "Word32" (4000000000 :: Word32) 77, Num' "Word64" (18000000000000000000 :: Word64) 12345,
    Num' "Int" (42 :: Int) (-17), Num' "Word" (42 :: Word) 17 ]
