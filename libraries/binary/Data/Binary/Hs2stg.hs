{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- hs2stg: the conventions of binary's -O1 workers (not a module of the real
-- package). GHC's optimised binary passes a Get the strict ByteString's four
-- fields unboxed, and returns a Put's pair as an unboxed tuple; the -O1
-- names of the other modules (`zz_` sources) are our Gets and Puts under
-- these conventions.
module Data.Binary.Hs2stg (getW, putW, bytesOf) where

import Data.Binary.Get.Internal (Decoder, Get (..))
import Data.Binary.Put (PairS (..), PutM (..))
import Data.ByteString.Builder.Internal (Builder)
import Data.ByteString.Internal (ByteString (..))
import GHC.Exts (Addr#, Int (I#), Int#)
import GHC.ForeignPtr (ForeignPtr (..), ForeignPtrContents)

-- | A strict ByteString from its unboxed fields.
bytesOf :: Addr# -> ForeignPtrContents -> Int# -> Int# -> ByteString
bytesOf a c o l = PS (ForeignPtr a c) (I# o) (I# l)

-- | A Get run on a chunk given as its fields.
getW :: Get a -> Addr# -> ForeignPtrContents -> Int# -> Int# -> (ByteString -> a -> Decoder r) -> Decoder r
getW g a c o l k = runCont g (bytesOf a c o l) k

-- | A PutM's result and Builder as an unboxed pair.
putW :: PutM a -> (# a, Builder #)
putW m = case unPut m of PairS a b -> (# a, b #)
