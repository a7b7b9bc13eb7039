-- Clean-room GHC.ByteOrder (base-4.15.1): the machine's byte order
-- (x86-64: little-endian, what hs2stg's memory primops use) and the derived
-- instances the interface file lists. Compiled into
-- preludes/base/GHC.ByteOrder.stg by scripts/gen-library-preludes.mjs.
{-# LANGUAGE DeriveGeneric, MagicHash #-}
module GHC.ByteOrder
  ( ByteOrder (..),
    targetByteOrder,
    -- internals -O1 code calls: toEnum's error on a bad tag, shows, and
    -- readPrec as a function of the precedence
    zz_zdwlvl,
    zz_zdfShowByteOrder1,
    zz_zdfReadByteOrder2,
  )
where

import GHC.Exts (Int (I#), Int#)
import GHC.Generics (Generic)
import Text.ParserCombinators.ReadP (ReadP)
import Text.ParserCombinators.ReadPrec (readPrec_to_P)
import Text.Read (readPrec)

data ByteOrder
  = BigEndian
  | LittleEndian
  deriving (Eq, Ord, Bounded, Enum, Read, Show, Generic)

targetByteOrder :: ByteOrder
targetByteOrder = LittleEndian

zz_zdwlvl :: Int# -> ByteOrder
zz_zdwlvl i = toEnum (I# i)

zz_zdfShowByteOrder1 :: ByteOrder -> ShowS
zz_zdfShowByteOrder1 = showsPrec 0

zz_zdfReadByteOrder2 :: Int -> ReadP ByteOrder
zz_zdfReadByteOrder2 = readPrec_to_P readPrec
