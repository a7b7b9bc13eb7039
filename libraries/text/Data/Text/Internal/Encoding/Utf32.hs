{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Encoding.Utf32.
module Data.Text.Internal.Encoding.Utf32
  ( validate,
  )
where

import Data.Word (Word32)

-- | A Unicode scalar value: no surrogate, at most U+10FFFF.
validate :: Word32 -> Bool
validate x = x < 0xD800 || (x > 0xDFFF && x <= 0x10FFFF)
