-- Bit twiddling on every Int and Word width, with the methods both applied
-- and passed around as values: and/or/xor/complement, shifts and rotates by
-- every amount (including past the width), bit tests, popCount,
-- countLeading/TrailingZeros, byteSwap, bitReverse, toIntegralSized.
import Data.Bits
import Data.Int
import Data.Word

{-# NOINLINE ops #-}
ops :: (Show a) => String -> [(String, a -> a -> a)] -> [(a, a)] -> IO ()
ops name fs xs = putStrLn (name ++ ": " ++ unwords [n ++ "=" ++ show (f a b) | (n, f) <- fs, (a, b) <- xs])

{-# NOINLINE shifts #-}
shifts :: (Show a) => String -> [(String, a -> Int -> a)] -> [a] -> [Int] -> IO ()
shifts name fs xs ks = putStrLn (name ++ ": " ++ unwords [n ++ show k ++ "=" ++ show (f a k) | (n, f) <- fs, a <- xs, k <- ks])

{-# NOINLINE unary #-}
unary :: (Show b) => String -> [(String, a -> b)] -> [a] -> IO ()
unary name fs xs = putStrLn (name ++ ": " ++ unwords [n ++ "=" ++ show (f a) | (n, f) <- fs, a <- xs])

{-# NOINLINE both #-}
both :: (FiniteBits a, Integral a, Show a) => String -> [a] -> IO ()
both name xs = do
  ops name [(".&.", (.&.)), (".|.", (.|.)), ("xor", xor)] [(a, b) | a <- xs, b <- take 2 xs]
  shifts name [("shl", shiftL), ("shr", shiftR), ("shift", shift), ("rot", rotate), ("rotl", rotateL), ("rotr", rotateR), ("set", setBit), ("clr", clearBit), ("cpl", complementBit)] xs [0, 1, 7, 15, 31, 63, 64, 65]
  shifts name [("ushl", unsafeShiftL), ("ushr", unsafeShiftR)] xs [0, 3, 7]
  unary name [("cpl", toInteger . complement), ("pop", toInteger . popCount), ("clz", toInteger . countLeadingZeros), ("ctz", toInteger . countTrailingZeros), ("size", toInteger . finiteBitSize)] xs
  unary name [("t0", testBit' 0), ("t5", testBit' 5), ("t63", testBit' 63), ("signed", isSigned)] xs
  putStrLn (name ++ " bits: " ++ show (bitSizeMaybe (head xs), bitSize (head xs), zeroBits `asTypeOf` head xs, bit 3 `asTypeOf` head xs, bitDefault 2 `asTypeOf` head xs, popCountDefault (head xs), testBitDefault (head xs) 1))
  where testBit' k x = testBit x k

main :: IO ()
main = do
  both "Int" [0, 1, -1, 0x5A5A, minBound, maxBound :: Int]
  both "Int8" [0, 1, -1, 0x5A, minBound, maxBound :: Int8]
  both "Int16" [0, 1, -1, 0x5A5A, minBound, maxBound :: Int16]
  both "Int32" [0, 1, -1, 0x5A5A5A5A, minBound, maxBound :: Int32]
  both "Int64" [0, 1, -1, 0x5A5A5A5A5A5A, minBound, maxBound :: Int64]
  both "Word" [0, 1, 0xF0F0, maxBound :: Word]
  both "Word8" [0, 1, 0xA5, maxBound :: Word8]
  both "Word16" [0, 1, 0xA5A5, maxBound :: Word16]
  both "Word32" [0, 1, 0xA5A5A5A5, maxBound :: Word32]
  both "Word64" [0, 1, 0xA5A5A5A5A5A5A5A5, maxBound :: Word64]
  let is = [0, 1, -1, 2 ^ 70, -(2 ^ 65) + 3] :: [Integer]
  ops "Integer" [(".&.", (.&.)), (".|.", (.|.)), ("xor", xor)] [(a, b) | a <- is, b <- take 3 is]
  shifts "Integer" [("shl", shiftL), ("shr", shiftR), ("shift", shift), ("set", setBit), ("clr", clearBit), ("cpl", complementBit)] is [0, 1, 64, 100]
  unary "Integer" [("cpl", complement), ("pop", toInteger . popCount), ("t3", \x -> if testBit x 3 then 1 else 0)] is
  print (bitSizeMaybe (0 :: Integer), isSigned (0 :: Integer), shiftR (-1 :: Integer) 200, bit 100 :: Integer)
  print (byteSwap16 0x1234, byteSwap32 0x12345678, byteSwap64 0x0102030405060708, bitReverse8 1, bitReverse16 3, bitReverse32 0x80000001, bitReverse64 5)
  print (toIntegralSized (300 :: Int) :: Maybe Word8, toIntegralSized (200 :: Int) :: Maybe Word8, toIntegralSized (-1 :: Int) :: Maybe Word, toIntegralSized (2 ^ 40 :: Integer) :: Maybe Int32, toIntegralSized (70000 :: Word32) :: Maybe Int16, toIntegralSized (-5 :: Int8) :: Maybe Int64)
  print (fromIntegral (0xABCD :: Word16) :: Int8, fromIntegral (-1 :: Int8) :: Word32, fromIntegral (maxBound :: Word64) :: Int, fromIntegral (-2 :: Int) :: Word64, fromIntegral (40000 :: Int32) :: Int16)
  print (popCount (-1 :: Int8), popCount (-1 :: Int64), countLeadingZeros (1 :: Word16), countTrailingZeros (0 :: Word32), (.<<.) 1 3, (5 :: Word8) `shiftR` 1 .|. 0x80)
  print (foldr xor 0 [1 .. 100 :: Word32], foldr (.|.) 0 (map bit [0, 2 .. 30] :: [Int32]), foldr (.&.) (-1) [0xFF0, 0x0FF :: Int16])
  print ([x `div` 3 | x <- [minBound, -7, 7, maxBound :: Int8]], [x `mod` 3 | x <- [minBound, -7, 7, maxBound :: Int16]], [x `quot` (-3) | x <- [minBound, -7 :: Int32]], [x `rem` 5 | x <- [maxBound :: Word8, 17]])
  print (divMod (-7 :: Int64) 2, quotRem (-7 :: Int64) 2, divMod (250 :: Word8) 7, quotRem (65000 :: Word16) 300, divMod (4000000000 :: Word32) 3, quotRem (maxBound :: Word64) 10)
  print ((200 :: Word8) + 100, (100 :: Int8) + 100, (40000 :: Word16) * 2, negate (5 :: Word32), abs (minBound :: Int16), signum (-3 :: Int32), (maxBound :: Int64) + 1)
  where
    (.<<.) :: Int -> Int -> Int
    (.<<.) = shiftL
