{-# LANGUAGE FlexibleInstances, KindSignatures, ScopedTypeVariables, TypeOperators, BangPatterns #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas -Wno-orphans #-}
-- binary-0.8.8.0's Data.Binary.Generic (clean-room, issue 14: from the
-- installed interface file's classes and instance contexts and the bytes
-- GHC-compiled programs write). A product's fields go one after another; a
-- sum's constructor is a tag, its index in declaration order, as a Word8
-- when the type has at most 256 constructors (Word16, Word32, Word64
-- beyond), found by halving the constructor count down the (:+:) tree.
module Data.Binary.Generic () where

import Data.Binary.Class
import Data.Binary.Get
import Data.Binary.Put
import Data.Bits (Bits, shiftR)
import Data.Word (Word16, Word32, Word64, Word8)
import GHC.Generics

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
  gput x
    | size - 1 <= fromIntegral (maxBound :: Word8) = putSum (0 :: Word8) (fromIntegral size) x
    | size - 1 <= fromIntegral (maxBound :: Word16) = putSum (0 :: Word16) (fromIntegral size) x
    | size - 1 <= fromIntegral (maxBound :: Word32) = putSum (0 :: Word32) (fromIntegral size) x
    | otherwise = putSum (0 :: Word64) size x
    where
      size = unTagged (sumSize :: Tagged (a :+: b) Word64)

instance GBinaryPut a => GBinaryPut (M1 i c a) where
  gput (M1 x) = gput x

instance Binary a => GBinaryPut (K1 i a) where
  gput (K1 x) = put x

instance GBinaryGet V1 where
  gget = return undefined

instance GBinaryGet U1 where
  gget = return U1

instance (GBinaryGet a, GBinaryGet b) => GBinaryGet (a :*: b) where
  gget = (:*:) <$> gget <*> gget

instance (GSumGet a, GSumGet b, SumSize a, SumSize b) => GBinaryGet (a :+: b) where
  gget
    | size - 1 <= fromIntegral (maxBound :: Word8) = (get :: Get Word8) >>= pick
    | size - 1 <= fromIntegral (maxBound :: Word16) = (get :: Get Word16) >>= pick
    | size - 1 <= fromIntegral (maxBound :: Word32) = (get :: Get Word32) >>= pick
    | otherwise = (get :: Get Word64) >>= pick
    where
      size = unTagged (sumSize :: Tagged (a :+: b) Word64)
      pick :: (Ord w, Num w, Bits w) => w -> Get ((a :+: b) t)
      pick code
        | code < fromIntegral size = getSum code (fromIntegral size)
        | otherwise = fail "Unknown encoding for constructor"

instance GBinaryGet a => GBinaryGet (M1 i c a) where
  gget = fmap M1 gget

instance Binary a => GBinaryGet (K1 i a) where
  gget = fmap K1 get
