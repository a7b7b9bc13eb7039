-- hs2stg: clean-room Data.ByteString.Builder.Prim.Internal.Base16
-- (bytestring-0.10.12.1), in part: the table of lower-case hexadecimal
-- digits that GHC's -O1 user code reads (word8HexFixed, byteStringHex, ...
-- inlined): for each byte b, its two digits at offsets 2b and 2b+1, the
-- high one first (`ghc --show-iface`: a newtype over ForeignPtr Word8).
module Data.ByteString.Builder.Prim.Internal.Base16
  ( EncodingTable (..), lowerTable
  ) where

import Data.ByteString.Internal (mallocByteString, pokeW8)
import Data.Char (intToDigit, ord)
import Data.Word (Word8)
import Foreign.Ptr (Ptr)
import GHC.ForeignPtr (ForeignPtr (ForeignPtr))
import GHC.Exts (Ptr (Ptr))
import GHC.IO (unsafePerformIO)

newtype EncodingTable = EncodingTable (ForeignPtr Word8)

lowerTable :: EncodingTable
lowerTable = unsafePerformIO $ do
  fp <- mallocByteString 512
  let p = fpPtr fp
  mapM_ (\b -> do
           pokeW8 p (2 * b) (digit (b `div` 16))
           pokeW8 p (2 * b + 1) (digit (b `mod` 16)))
        [0 .. 255]
  return (EncodingTable fp)
{-# NOINLINE lowerTable #-}

digit :: Int -> Word8
digit = fromIntegral . ord . intToDigit

fpPtr :: ForeignPtr Word8 -> Ptr Word8
fpPtr (ForeignPtr a _) = Ptr a
