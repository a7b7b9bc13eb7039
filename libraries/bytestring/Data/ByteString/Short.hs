-- hs2stg: clean-room Data.ByteString.Short (bytestring-0.10.12.1): the
-- exports of Data.ByteString.Short.Internal that the package documents.
module Data.ByteString.Short
  ( ShortByteString
  , empty, null, length, index, pack, unpack, toShort, fromShort
  , packCString, packCStringLen, useAsCString, useAsCStringLen
  ) where

import Prelude ()
import Data.ByteString.Short.Internal
