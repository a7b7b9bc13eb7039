{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.ByteStringCompat: a
-- ByteString as a pointer to its first byte and a length.
module Data.Text.Internal.ByteStringCompat
  ( mkBS,
    withBS,
  )
where

import Data.ByteString.Internal (ByteString (PS))
import Data.Word (Word8)
import GHC.ForeignPtr (ForeignPtr, plusForeignPtr)

mkBS :: ForeignPtr Word8 -> Int -> ByteString
mkBS fp len = PS fp 0 len

withBS :: ByteString -> (ForeignPtr Word8 -> Int -> r) -> r
withBS (PS fp off len) k = k (fp `plusForeignPtr` off) len
