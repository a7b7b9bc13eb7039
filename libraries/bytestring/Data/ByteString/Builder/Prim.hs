{-# LANGUAGE RankNTypes #-}
-- hs2stg: clean-room Data.ByteString.Builder.Prim (bytestring-0.10.12.1):
-- Builders from FixedPrim/BoundedPrim primitives (each asks for a buffer
-- with its size or bound free, then writes), over the real Builder of
-- Data.ByteString.Builder.Internal.
module Data.ByteString.Builder.Prim
  ( BoundedPrim, emptyB, (>*<), (>$<), eitherB, condB
  , primBounded, primMapListBounded, primUnfoldrBounded
  , primMapByteStringBounded, primMapLazyByteStringBounded
  , FixedPrim, emptyF, liftFixedToBounded
  , primFixed, primMapListFixed, primUnfoldrFixed
  , primMapByteStringFixed, primMapLazyByteStringFixed
  , module Data.ByteString.Builder.Prim.Binary
  , char7, char8, charUtf8
  , int8Dec, int16Dec, int32Dec, int64Dec, intDec
  , word8Dec, word16Dec, word32Dec, word64Dec, wordDec
  , word8Hex, word16Hex, word32Hex, word64Hex, wordHex
  , int8HexFixed, int16HexFixed, int32HexFixed, int64HexFixed
  , word8HexFixed, word16HexFixed, word32HexFixed, word64HexFixed
  , floatHexFixed, doubleHexFixed
  ) where

import Data.ByteString.Builder.Internal
import Data.ByteString.Builder.Prim.Internal
import Data.ByteString.Builder.Prim.Binary
import Data.ByteString.Builder.Prim.ASCII
import qualified Data.ByteString as S
import qualified Data.ByteString.Lazy as L
import Data.Bits (shiftR, (.&.))
import Data.Char (ord)
import Data.Word (Word8)
import Foreign.Ptr (minusPtr)

-- | The low 8 bits of the Char.
char8 :: FixedPrim Char
char8 = fixedPrim 1 (\c p -> writeBytes [fromIntegral (ord c)] p >> return ())

-- | The Char in UTF-8 (surrogates too, as any other code point).
charUtf8 :: BoundedPrim Char
charUtf8 = boundedPrim 4 (\c -> writeBytes (utf8 (ord c)))
  where
    utf8 x
      | x <= 0x7F = [fromIntegral x]
      | x <= 0x7FF = [0xC0 + hi x 6, cont x 0]
      | x <= 0xFFFF = [0xE0 + hi x 12, cont x 6, cont x 0]
      | otherwise = [0xF0 + hi x 18, cont x 12, cont x 6, cont x 0]
    hi x k = fromIntegral (x `shiftR` k) :: Word8
    cont x k = fromIntegral (0x80 + ((x `shiftR` k) .&. 0x3F)) :: Word8

primBounded :: BoundedPrim a -> a -> Builder
primBounded prim x = builder step
  where
    n = sizeBound prim
    io = runB prim
    step k (BufferRange op ope)
      | ope `minusPtr` op < n = return (bufferFull n op (step k))
      | otherwise = io x op >>= \op' -> k (BufferRange op' ope)

primFixed :: FixedPrim a -> a -> Builder
primFixed = primBounded . toB

primMapListBounded :: BoundedPrim a -> [a] -> Builder
primMapListBounded p = foldr (\x b -> primBounded p x `append` b) empty

primMapListFixed :: FixedPrim a -> [a] -> Builder
primMapListFixed = primMapListBounded . toB

primUnfoldrBounded :: BoundedPrim b -> (a -> Maybe (b, a)) -> a -> Builder
primUnfoldrBounded p f = go
  where
    go s = case f s of
      Nothing -> empty
      Just (x, s') -> primBounded p x `append` go s'

primUnfoldrFixed :: FixedPrim b -> (a -> Maybe (b, a)) -> a -> Builder
primUnfoldrFixed = primUnfoldrBounded . toB

primMapByteStringBounded :: BoundedPrim Word8 -> S.ByteString -> Builder
primMapByteStringBounded p = S.foldr (\w b -> primBounded p w `append` b) empty

primMapByteStringFixed :: FixedPrim Word8 -> S.ByteString -> Builder
primMapByteStringFixed = primMapByteStringBounded . toB

primMapLazyByteStringBounded :: BoundedPrim Word8 -> L.ByteString -> Builder
primMapLazyByteStringBounded p = L.foldr (\w b -> primBounded p w `append` b) empty

primMapLazyByteStringFixed :: FixedPrim Word8 -> L.ByteString -> Builder
primMapLazyByteStringFixed = primMapLazyByteStringBounded . toB
