{-# LANGUAGE MagicHash, UnboxedTuples, RankNTypes #-}
-- hs2stg: clean-room Data.ByteString.Builder.ASCII (bytestring-0.10.12.1):
-- decimal and hexadecimal encodings, with the buffer bounds the real
-- primitives reserve (see Data.ByteString.Builder.Internal).
module Data.ByteString.Builder.ASCII
  ( int8Dec, int16Dec, int32Dec, int64Dec, intDec, integerDec
  , word8Dec, word16Dec, word32Dec, word64Dec, wordDec
  , floatDec, doubleDec
  , word8Hex, word16Hex, word32Hex, word64Hex, wordHex
  , int8HexFixed, int16HexFixed, int32HexFixed, int64HexFixed
  , word8HexFixed, word16HexFixed, word32HexFixed, word64HexFixed
  , floatHexFixed, doubleHexFixed
  , byteStringHex, lazyByteStringHex
  -- hs2stg: internals GHC's -O1 user code calls
  , zz_zdwbyteStringHex
  , zz_zdwsplitf, zz_integerDeczuputB, zz_zdwpolyzustep
  , hs2stgDecInt, hs2stgDecWord, hs2stgHexWord
  ) where

import Data.ByteString.Builder.Internal
import qualified Data.ByteString as S
import qualified Data.ByteString.Lazy as L
import Data.Int (Int8, Int16, Int32, Int64)
import Data.Word (Word8, Word16, Word32, Word64)
import Data.Char (ord, intToDigit)
import GHC.Float (castFloatToWord32, castDoubleToWord64)
import qualified Data.ByteString.Internal as S (ByteString (PS), pokeW8)
import GHC.Exts (Addr#, Int#, Word#, Int (I#), Word (W#), Ptr (Ptr), State#, RealWorld, minusAddr#)
import GHC.ForeignPtr (ForeignPtr (ForeignPtr), ForeignPtrContents)
import GHC.IO (IO (IO))
import Foreign.Ptr (plusPtr)
import Numeric (showHex)

ascii :: String -> [Word8]
ascii = map (fromIntegral . ord)

dec :: Show a => Int -> a -> Builder
dec bound x = boundedBytes bound (ascii (show x))

int8Dec :: Int8 -> Builder
int8Dec = dec 4
int16Dec :: Int16 -> Builder
int16Dec = dec 6
int32Dec :: Int32 -> Builder
int32Dec = dec 11
int64Dec :: Int64 -> Builder
int64Dec = dec 20
intDec :: Int -> Builder
intDec = dec 20
word8Dec :: Word8 -> Builder
word8Dec = dec 3
word16Dec :: Word16 -> Builder
word16Dec = dec 5
word32Dec :: Word32 -> Builder
word32Dec = dec 10
word64Dec :: Word64 -> Builder
word64Dec = dec 20
wordDec :: Word -> Builder
wordDec = dec 20

-- An Integer that fits in an Int is written as intDec; a larger one (its
-- magnitude after a fixed '-') as its base-10^18 digits: the first by
-- intDec, each other as 18 digits with leading zeros, one primitive each
-- (the real package's buffer bounds: 20 bytes for the first, 18 for the
-- others).
integerDec :: Integer -> Builder
integerDec i
  | i >= fromIntegral (minBound :: Int) && i <= fromIntegral (maxBound :: Int) = intDec (fromInteger i)
  | i < 0 = boundedBytes 1 [45] <> integerDecGo (negate i)
  | otherwise = integerDecGo i

integerDecGo :: Integer -> Builder
integerDecGo n
  | n < pow18 = intDec (fromInteger n)
  | otherwise = case zz_zdwsplitf (pow18 * pow18) n of
      (# h, rest #) -> case h `quotRem` pow18 of
        (q, r)
          | q > 0 -> digitsThen (fromInteger q) (fromInteger r : zz_integerDeczuputB rest)
          | otherwise -> digitsThen (fromInteger r) (zz_integerDeczuputB rest)
  where
    digitsThen x xs = intDec x <> builder (\k (BufferRange (Ptr op) (Ptr ope)) ->
      IO (zz_zdwpolyzustep xs k op ope))

pow18 :: Integer
pow18 = 1000000000000000000

-- $wsplitf p n: n's digits in base p, the most significant (not 0) first.
zz_zdwsplitf :: Integer -> Integer -> (# Integer, [Integer] #)
zz_zdwsplitf p n0 = case go n0 [] of
  d : ds -> (# d, ds #)
  [] -> (# 0, [] #)
  where
    go n acc
      | n < p = n : acc
      | otherwise = case n `quotRem` p of (q, r) -> go q (r : acc)

-- putB: each number below 10^36 as its two base-10^18 digits.
zz_integerDeczuputB :: [Integer] -> [Int]
zz_integerDeczuputB [] = []
zz_integerDeczuputB (n : ns) = case n `quotRem` pow18 of
  (q, r) -> fromInteger q : fromInteger r : zz_integerDeczuputB ns

-- $wpoly_step xs k op ope: each of xs as 18 digits with leading zeros,
-- asking for 18 free bytes before each; then k.
zz_zdwpolyzustep
  :: [Int] -> BuildStep r -> Addr# -> Addr# -> State# RealWorld
  -> (# State# RealWorld, BuildSignal r #)
zz_zdwpolyzustep [] k op ope s = case k (BufferRange (Ptr op) (Ptr ope)) of IO f -> f s
zz_zdwpolyzustep xs@(x : rest) k op ope s
  | I# (minusAddr# ope op) < 18 =
      (# s, BufferFull 18 (Ptr op) (\(BufferRange (Ptr op') (Ptr ope')) ->
                                     IO (zz_zdwpolyzustep xs k op' ope')) #)
  | otherwise = case writeDigits (padded (show x)) op s of
      (# s', op' #) -> zz_zdwpolyzustep rest k op' ope s'
  where
    padded ds = replicate (18 - length ds) '0' ++ ds

-- The real package writes `show` of the value, character by character.
floatDec :: Float -> Builder
floatDec = mconcat . map (\w -> boundedBytes 1 [w]) . ascii . show
doubleDec :: Double -> Builder
doubleDec = mconcat . map (\w -> boundedBytes 1 [w]) . ascii . show

-- Lower-case hexadecimal without leading zeros.
hex :: Integral a => Int -> a -> Builder
hex bound x = boundedBytes bound (ascii (go (toInteger x) ""))
  where
    go n acc | n < 16 = intToDigit (fromInteger n) : acc
             | otherwise = go (n `div` 16) (intToDigit (fromInteger (n `mod` 16)) : acc)

word8Hex :: Word8 -> Builder
word8Hex = hex 2
word16Hex :: Word16 -> Builder
word16Hex = hex 4
word32Hex :: Word32 -> Builder
word32Hex = hex 8
word64Hex :: Word64 -> Builder
word64Hex = hex 16
wordHex :: Word -> Builder
wordHex = hex 16

-- Exactly n hexadecimal digits of the two's complement bits.
hexFixed :: Int -> Integer -> Builder
hexFixed n x = boundedBytes n (ascii [intToDigit (fromInteger ((x `div` (16 ^ k)) `mod` 16)) | k <- [n - 1, n - 2 .. 0]])

int8HexFixed :: Int8 -> Builder
int8HexFixed x = hexFixed 2 (toInteger (fromIntegral x :: Word8))
int16HexFixed :: Int16 -> Builder
int16HexFixed x = hexFixed 4 (toInteger (fromIntegral x :: Word16))
int32HexFixed :: Int32 -> Builder
int32HexFixed x = hexFixed 8 (toInteger (fromIntegral x :: Word32))
int64HexFixed :: Int64 -> Builder
int64HexFixed x = hexFixed 16 (toInteger (fromIntegral x :: Word64))
word8HexFixed :: Word8 -> Builder
word8HexFixed = hexFixed 2 . toInteger
word16HexFixed :: Word16 -> Builder
word16HexFixed = hexFixed 4 . toInteger
word32HexFixed :: Word32 -> Builder
word32HexFixed = hexFixed 8 . toInteger
word64HexFixed :: Word64 -> Builder
word64HexFixed = hexFixed 16 . toInteger
floatHexFixed :: Float -> Builder
floatHexFixed = word32HexFixed . castFloatToWord32
doubleHexFixed :: Double -> Builder
doubleHexFixed = word64HexFixed . castDoubleToWord64

byteStringHex :: S.ByteString -> Builder
byteStringHex = S.foldr (\w b -> word8HexFixed w <> b) mempty

lazyByteStringHex :: L.ByteString -> Builder
lazyByteStringHex = L.foldr (\w b -> word8HexFixed w <> b) mempty

-- Internals GHC's -O1 user code calls (names `zz_<Z-encoded name>`, with
-- the types of the interface file).
zz_zdwbyteStringHex
  :: Addr# -> ForeignPtrContents -> Int# -> Int# -> BuildStep r -> Addr# -> Addr#
  -> State# RealWorld -> (# State# RealWorld, BuildSignal r #)
zz_zdwbyteStringHex a c off len k op ope =
  case runBuilderWith (byteStringHex (S.PS (ForeignPtr a c) (I# off) (I# len))) k (BufferRange (Ptr op) (Ptr ope)) of
    IO f -> f

-- The C functions the real package's decimal and hexadecimal encodings
-- call (preludes/base/FFI+Bytestring.stg names them): write the digits
-- at the address and give the address after them.
hs2stgDecInt :: Int# -> Addr# -> State# RealWorld -> (# State# RealWorld, Addr# #)
hs2stgDecInt x = writeDigits (show (I# x))

hs2stgDecWord :: Word# -> Addr# -> State# RealWorld -> (# State# RealWorld, Addr# #)
hs2stgDecWord x = writeDigits (show (W# x))

hs2stgHexWord :: Word# -> Addr# -> State# RealWorld -> (# State# RealWorld, Addr# #)
hs2stgHexWord x = writeDigits (showHex (W# x) "")

writeDigits :: String -> Addr# -> State# RealWorld -> (# State# RealWorld, Addr# #)
writeDigits str a s0 = case go (Ptr a) str of
  IO f -> case f s0 of (# s1, Ptr end #) -> (# s1, end #)
  where
    go p [] = return p
    go p (c : cs) = S.pokeW8 p 0 (fromIntegral (ord c)) >> go (p `plusPtr` 1) cs
