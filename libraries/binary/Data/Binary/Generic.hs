{-# LANGUAGE FlexibleInstances, KindSignatures, ScopedTypeVariables, TypeOperators, BangPatterns, MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas -Wno-orphans #-}
-- binary-0.8.8.0's Data.Binary.Generic (clean-room, issue 14: from the
-- installed interface file's classes and instance contexts and the bytes
-- GHC-compiled programs write). A product's fields go one after another; a
-- sum's constructor is a tag, its index in declaration order, as a Word8
-- when the type has at most 256 constructors (Word16, Word32, Word64
-- beyond), found by halving the constructor count down the (:+:) tree.
module Data.Binary.Generic
  ( -- hs2stg: -O1 internals of the installed package
    zz_zdwzdcgget,
    zz_zdwzdcgput,
    zz_zdfGBinaryGetTYPEV3,
  )
where

import Data.Binary.Class
import Data.Binary.Get
import Data.Binary.Put
import Data.Bits (Bits, shiftR)
import Data.Word (Word16, Word32, Word64, Word8)
import GHC.Generics
import qualified Data.Binary.Get.Internal as I
import Data.Binary.Hs2stg (getW)
import qualified Data.ByteString as B
import GHC.Exts (Addr#, Int#, Word#)
import GHC.ForeignPtr (ForeignPtrContents)
import GHC.Word (Word64 (W64#))

-- | A value of b tagged by a phantom s.
newtype Tagged (s :: * -> *) b = Tagged {unTagged :: b}

-- | The number of constructors of a sum.
class SumSize f where
  sumSize :: Tagged f Word64

instance (SumSize a, SumSize b) => SumSize (a :+: b) where
  sumSize =
    Tagged (unTagged (sumSize :: Tagged a Word64) + unTagged (sumSize :: Tagged b Word64))

instance SumSize (C1 c a) where
  sumSize = Tagged 1

class GSumPut f where
  putSum :: (Num w, Bits w, Binary w) => w -> w -> f a -> Put

class GSumGet f where
  getSum :: (Ord word, Num word, Bits word) => word -> word -> Get (f a)

instance (GSumPut a, GSumPut b) => GSumPut (a :+: b) where
  putSum !code !size s = case s of
    L1 x -> putSum code half x
    R1 x -> putSum (code + half) (size - half) x
    where
      half = size `shiftR` 1

instance GBinaryPut a => GSumPut (C1 c a) where
  putSum !code _ x = put code <> gput x

instance (GSumGet a, GSumGet b) => GSumGet (a :+: b) where
  getSum !code !size
    | code < half = fmap L1 (getSum code half)
    | otherwise = fmap R1 (getSum (code - half) (size - half))
    where
      half = size `shiftR` 1

instance GBinaryGet a => GSumGet (C1 c a) where
  getSum _ _ = gget

instance GBinaryPut V1 where
  gput v = v `seq` error "GBinaryPut.V1"

instance GBinaryPut U1 where
  gput U1 = pure ()

instance (GBinaryPut a, GBinaryPut b) => GBinaryPut (a :*: b) where
  gput (x :*: y) = gput x <> gput y

instance (GSumPut a, GSumPut b, SumSize a, SumSize b) => GBinaryPut (a :+: b) where
  gput = sumPut (unTagged (sumSize :: Tagged a Word64)) (unTagged (sumSize :: Tagged b Word64))

-- | A sum's constructor: its tag (in the smallest Word type that holds
-- the constructor count less one), then its fields; the counts of the two
-- halves given.
sumPut :: (GSumPut a, GSumPut b) => Word64 -> Word64 -> (a :+: b) t -> Put
sumPut sizeA sizeB x
  | size - 1 <= fromIntegral (maxBound :: Word8) = putSum (0 :: Word8) (fromIntegral size) x
  | size - 1 <= fromIntegral (maxBound :: Word16) = putSum (0 :: Word16) (fromIntegral size) x
  | size - 1 <= fromIntegral (maxBound :: Word32) = putSum (0 :: Word32) (fromIntegral size) x
  | otherwise = putSum (0 :: Word64) size x
  where
    size = sizeA + sizeB

instance GBinaryPut a => GBinaryPut (M1 i c a) where
  gput (M1 x) = gput x

instance Binary a => GBinaryPut (K1 i a) where
  gput (K1 x) = put x

instance GBinaryGet V1 where
  gget = return zz_zdfGBinaryGetTYPEV3

instance GBinaryGet U1 where
  gget = return U1

instance (GBinaryGet a, GBinaryGet b) => GBinaryGet (a :*: b) where
  gget = (:*:) <$> gget <*> gget

instance (GSumGet a, GSumGet b, SumSize a, SumSize b) => GBinaryGet (a :+: b) where
  gget = sumGet (unTagged (sumSize :: Tagged a Word64)) (unTagged (sumSize :: Tagged b Word64))

-- | A sum's constructor from its tag (see sumPut).
sumGet :: forall a b t. (GSumGet a, GSumGet b) => Word64 -> Word64 -> Get ((a :+: b) t)
sumGet sizeA sizeB
  | size - 1 <= fromIntegral (maxBound :: Word8) = (get :: Get Word8) >>= pick
  | size - 1 <= fromIntegral (maxBound :: Word16) = (get :: Get Word16) >>= pick
  | size - 1 <= fromIntegral (maxBound :: Word32) = (get :: Get Word32) >>= pick
  | otherwise = (get :: Get Word64) >>= pick
  where
    size = sizeA + sizeB
    pick :: (Ord w, Num w, Bits w) => w -> Get ((a :+: b) t)
    pick code
      | code < fromIntegral size = getSum code (fromIntegral size)
      | otherwise = fail "Unknown encoding for constructor"

instance GBinaryGet a => GBinaryGet (M1 i c a) where
  gget = fmap M1 gget

instance Binary a => GBinaryGet (K1 i a) where
  gget = fmap K1 get

-- a Get's success continuation (Data.Binary.Get.Internal's, not exported)
type Success a r = B.ByteString -> a -> I.Decoder r

-- -O1 internals of the installed package (types from its interface file):
-- a sum's gget and gput given the constructor counts of its halves (the
-- SumSize dictionaries' Word64s), and the value V1's gget gives.

zz_zdwzdcgget ::
  (GSumGet a, GSumGet b) =>
  Word# ->
  Word# ->
  Addr# ->
  ForeignPtrContents ->
  Int# ->
  Int# ->
  Success ((a :+: b) t) r ->
  I.Decoder r
zz_zdwzdcgget sizeA sizeB = getW (sumGet (W64# sizeA) (W64# sizeB))

zz_zdwzdcgput :: (GSumPut a, GSumPut b) => Word# -> Word# -> (a :+: b) t -> Put
zz_zdwzdcgput sizeA sizeB = sumPut (W64# sizeA) (W64# sizeB)

zz_zdfGBinaryGetTYPEV3 :: V1 t
zz_zdfGBinaryGetTYPEV3 = error "Data.Binary.Generic: a value of an empty type"
