{-# LANGUAGE FlexibleInstances #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- binary-0.8.8.0's Data.Binary.Put (clean-room, issue 14: from the
-- documented API and the installed interface file's data layouts). A Put
-- is a writer of bytestring's Builder: PutM a is a value with the Builder
-- that writes it (the pair strict in the Builder, as the real PairS).
module Data.Binary.Put
  ( Put,
    PutM (..),
    -- hs2stg: the pair a PutM holds, for the -O1 workers (Data.Binary.Hs2stg)
    PairS (..),
    runPut,
    runPutM,
    putBuilder,
    execPut,
    flush,
    putWord8,
    putInt8,
    putByteString,
    putLazyByteString,
    putShortByteString,
    putWord16be,
    putWord32be,
    putWord64be,
    putInt16be,
    putInt32be,
    putInt64be,
    putFloatbe,
    putDoublebe,
    putWord16le,
    putWord32le,
    putWord64le,
    putInt16le,
    putInt32le,
    putInt64le,
    putFloatle,
    putDoublele,
    putWordhost,
    putWord16host,
    putWord32host,
    putWord64host,
    putInthost,
    putInt16host,
    putInt32host,
    putInt64host,
    putFloathost,
    putDoublehost,
    putCharUtf8,
    putStringUtf8,
    -- hs2stg: an -O1 internal of the installed package
    zz_zdfSemigroupPutMzugo1,
  )
where

import Data.Binary.Builder (Builder, toLazyByteString)
import qualified Data.Binary.Builder as B
import Data.Binary.FloatCast (doubleToWord, floatToWord)
import qualified Data.ByteString as S
import qualified Data.ByteString.Lazy as L
import Data.ByteString.Short (ShortByteString)
import Data.Int (Int16, Int32, Int64, Int8)
import Data.Word (Word16, Word32, Word64, Word8)

data PairS a = PairS a !Builder

newtype PutM a = Put {unPut :: PairS a}

type Put = PutM ()

instance Functor PutM where
  fmap f m = Put (case unPut m of PairS a b -> PairS (f a) b)

instance Applicative PutM where
  pure a = Put (PairS a mempty)
  mf <*> ma =
    Put
      ( case unPut mf of
          PairS f b1 -> case unPut ma of PairS a b2 -> PairS (f a) (b1 <> b2)
      )
  ma *> mb =
    Put (case unPut ma of PairS _ b1 -> case unPut mb of PairS b b2 -> PairS b (b1 <> b2))

instance Monad PutM where
  m >>= k =
    Put (case unPut m of PairS a b1 -> case unPut (k a) of PairS b b2 -> PairS b (b1 <> b2))
  (>>) = (*>)

instance Semigroup (PutM ()) where
  (<>) = (*>)

instance Monoid (PutM ()) where
  mempty = pure ()

-- | The Builder a Put writes.
tell :: Builder -> Put
tell b = Put (PairS () b)

putBuilder :: Builder -> Put
putBuilder = tell

execPut :: PutM a -> Builder
execPut m = case unPut m of PairS _ b -> b

runPut :: Put -> L.ByteString
runPut = toLazyByteString . execPut

runPutM :: PutM a -> (a, L.ByteString)
runPutM m = case unPut m of PairS a b -> (a, toLazyByteString b)

flush :: Put
flush = tell B.flush

putWord8 :: Word8 -> Put
putWord8 = tell . B.singleton

putInt8 :: Int8 -> Put
putInt8 = tell . B.singleton . fromIntegral

putByteString :: S.ByteString -> Put
putByteString = tell . B.fromByteString

putLazyByteString :: L.ByteString -> Put
putLazyByteString = tell . B.fromLazyByteString

putShortByteString :: ShortByteString -> Put
putShortByteString = tell . B.fromShortByteString

putWord16be :: Word16 -> Put
putWord16be = tell . B.putWord16be

putWord32be :: Word32 -> Put
putWord32be = tell . B.putWord32be

putWord64be :: Word64 -> Put
putWord64be = tell . B.putWord64be

putInt16be :: Int16 -> Put
putInt16be = tell . B.putInt16be

putInt32be :: Int32 -> Put
putInt32be = tell . B.putInt32be

putInt64be :: Int64 -> Put
putInt64be = tell . B.putInt64be

putFloatbe :: Float -> Put
putFloatbe = putWord32be . floatToWord

putDoublebe :: Double -> Put
putDoublebe = putWord64be . doubleToWord

putWord16le :: Word16 -> Put
putWord16le = tell . B.putWord16le

putWord32le :: Word32 -> Put
putWord32le = tell . B.putWord32le

putWord64le :: Word64 -> Put
putWord64le = tell . B.putWord64le

putInt16le :: Int16 -> Put
putInt16le = tell . B.putInt16le

putInt32le :: Int32 -> Put
putInt32le = tell . B.putInt32le

putInt64le :: Int64 -> Put
putInt64le = tell . B.putInt64le

putFloatle :: Float -> Put
putFloatle = putWord32le . floatToWord

putDoublele :: Double -> Put
putDoublele = putWord64le . doubleToWord

putWordhost :: Word -> Put
putWordhost = tell . B.putWordhost

putWord16host :: Word16 -> Put
putWord16host = tell . B.putWord16host

putWord32host :: Word32 -> Put
putWord32host = tell . B.putWord32host

putWord64host :: Word64 -> Put
putWord64host = tell . B.putWord64host

putInthost :: Int -> Put
putInthost = tell . B.putInthost

putInt16host :: Int16 -> Put
putInt16host = tell . B.putInt16host

putInt32host :: Int32 -> Put
putInt32host = tell . B.putInt32host

putInt64host :: Int64 -> Put
putInt64host = tell . B.putInt64host

putFloathost :: Float -> Put
putFloathost = putWord32host . floatToWord

putDoublehost :: Double -> Put
putDoublehost = putWord64host . doubleToWord

putCharUtf8 :: Char -> Put
putCharUtf8 = tell . B.putCharUtf8

putStringUtf8 :: String -> Put
putStringUtf8 = tell . B.putStringUtf8

-- sconcat's loop (the -O1 name of the installed package)
zz_zdfSemigroupPutMzugo1 :: PutM () -> [PutM ()] -> PutM ()
zz_zdfSemigroupPutMzugo1 a [] = a
zz_zdfSemigroupPutMzugo1 a (b : bs) = a *> zz_zdfSemigroupPutMzugo1 b bs
