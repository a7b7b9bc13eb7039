{-# LANGUAGE DefaultSignatures, FlexibleContexts, PolyKinds, BangPatterns #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- binary-0.8.8.0's Data.Binary.Class (clean-room, issue 14: from the
-- documented API, the installed interface file (the class's method order,
-- its Generic defaults, the instances and their dictionary names) and the
-- encodings GHC-compiled programs produce). Numbers are big-endian, Int and
-- Word as 64 bits, lists and containers prefixed by their length as an
-- Int, sums by a Word8 tag. Instances are in the order that gives GHC's
-- dictionary names the real suffixes (of two instances for same-named
-- types, GHC names the later one without a suffix).
module Data.Binary.Class
  ( Binary (..),
    GBinaryPut (..),
    GBinaryGet (..),
  )
where

import Data.Array (Array, Ix, bounds, elems, listArray, rangeSize)
import Data.Binary.Get
import Data.Binary.Put
import Data.Bits (Bits, shiftL, xor, (.|.))
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Short as SBS
import Data.Complex (Complex (..))
import Data.Fixed (Fixed (..))
import qualified Data.Foldable as F
import Data.Functor.Identity (Identity (..))
import Data.Int (Int16, Int32, Int64, Int8)
import qualified Data.IntMap as IntMap
import qualified Data.IntSet as IntSet
import Data.List.NonEmpty (NonEmpty (..))
import qualified Data.List.NonEmpty as NE
import qualified Data.Map as Map
import qualified Data.Monoid as Monoid
import Data.Ratio (Ratio, denominator, numerator, (%))
import qualified Data.Semigroup as Semigroup
import qualified Data.Sequence as Seq
import qualified Data.Set as Set
import qualified Data.Tree as T
import Data.Version (Version (..))
import Data.Void (Void, absurd)
import Data.Word (Word16, Word32, Word64, Word8)
import GHC.Fingerprint (Fingerprint (..))
import GHC.Generics (Generic (..))
import Numeric.Natural (Natural)

class GBinaryPut f where
  gput :: f t -> Put

class GBinaryGet f where
  gget :: Get (f t)

class Binary t where
  put :: t -> Put
  default put :: (Generic t, GBinaryPut (Rep t)) => t -> Put
  put x = gput (from x)

  get :: Get t
  default get :: (Generic t, GBinaryGet (Rep t)) => Get t
  get = fmap to gget

  putList :: [t] -> Put
  putList = defaultPutList

-- | A list: its length, then its elements.
defaultPutList :: Binary a => [a] -> Put
defaultPutList xs = put (length xs) <> mapM_ put xs

-- | n elements (n counted down to 0: a negative n reads to the end).
getMany :: Binary a => Int -> Get [a]
getMany n0 = go [] n0
  where
    go acc 0 = return (reverse acc)
    go acc n = do
      x <- get
      x `seq` go (x : acc) (n - 1)

-- | A tag that is not one of the type's.
badTag :: Word8 -> String -> Get a
badTag w ty = fail ("Could not map value " ++ show w ++ " to " ++ ty)

instance Binary () where
  put () = mempty
  get = return ()

instance Binary Bool where
  put b = putWord8 (if b then 1 else 0)
  get = do
    w <- getWord8
    case w of
      0 -> return False
      1 -> return True
      _ -> badTag w "Bool"

instance Binary Ordering where
  put o = putWord8 (case o of LT -> 0; EQ -> 1; GT -> 2)
  get = do
    w <- getWord8
    case w of
      0 -> return LT
      1 -> return EQ
      2 -> return GT
      _ -> badTag w "Ordering"

instance Binary Word8 where
  put = putWord8
  putList xs = put (length xs) <> mapM_ putWord8 xs
  get = getWord8

instance Binary Word16 where
  put = putWord16be
  get = getWord16be

instance Binary Word32 where
  put = putWord32be
  get = getWord32be

instance Binary Word64 where
  put = putWord64be
  get = getWord64be

instance Binary Int8 where
  put = putInt8
  get = getInt8

instance Binary Int16 where
  put = putInt16be
  get = getInt16be

instance Binary Int32 where
  put = putInt32be
  get = getInt32be

instance Binary Int64 where
  put = putInt64be
  get = getInt64be

instance Binary Word where
  put w = putWord64be (fromIntegral w)
  get = fmap fromIntegral getWord64be

instance Binary Int where
  put i = putInt64be (fromIntegral i)
  get = fmap fromIntegral getInt64be

-- | The magnitude's bytes, least significant first.
unroll :: (Integral a, Num a) => a -> [Word8]
unroll 0 = []
unroll n = fromIntegral (n `mod` 256) : unroll (n `div` 256)

roll :: (Bits a, Num a) => [Word8] -> a
roll = foldr (\b acc -> (acc `shiftL` 8) .|. fromIntegral b) 0

-- | An Integer in the Int32 range: tag 0 and the Int32; else tag 1, the
-- sign (1 or -1 as a Word8) and the magnitude's bytes as a list.
instance Binary Integer where
  put n
    | n >= lo && n <= hi = putWord8 0 <> put (fromIntegral n :: Int32)
    | otherwise = putWord8 1 <> put (fromIntegral (signum n) :: Word8) <> put (unroll (abs n))
    where
      lo = fromIntegral (minBound :: Int32)
      hi = fromIntegral (maxBound :: Int32)
  get = do
    tag <- getWord8
    case tag of
      0 -> fmap (fromIntegral :: Int32 -> Integer) get
      _ -> do
        sign <- getWord8
        bytes <- get
        let v = roll bytes :: Integer
        return $! if sign == 1 then v else negate v

-- | A Natural up to maxBound :: Word64: tag 0 and the Word64; else tag 1
-- and its bytes as a list.
instance Binary Natural where
  put n
    | n <= fromIntegral (maxBound :: Word64) = putWord8 0 <> put (fromIntegral n :: Word64)
    | otherwise = putWord8 1 <> put (unroll n)
  get = do
    tag <- getWord8
    case tag of
      0 -> fmap (fromIntegral :: Word64 -> Natural) get
      _ -> do
        bytes <- get
        return $! (roll bytes :: Natural)

instance Binary (Fixed a) where
  put (MkFixed a) = put a
  get = fmap MkFixed get

instance (Binary a, Integral a) => Binary (Ratio a) where
  put r = put (numerator r) <> put (denominator r)
  get = do
    n <- get
    d <- get
    return (n % d)

instance Binary a => Binary (Complex a) where
  put (r :+ i) = put r <> put i
  get = do
    r <- get
    i <- get
    return (r :+ i)

-- | A Char as UTF-8; decoding takes the lead byte's length class and
-- checks only the range.
instance Binary Char where
  put = putCharUtf8
  putList s = put (length s) <> putStringUtf8 s
  get = do
    w <- getWord8
    let lead = fromIntegral w :: Int
    c <-
      if w < 0x80
        then return lead
        else
          if w < 0xe0
            then fmap (\x -> shiftL (xor lead 0xc0) 6 .|. cont x) getWord8
            else
              if w < 0xf0
                then do
                  x <- getWord8
                  y <- getWord8
                  return (shiftL (xor lead 0xe0) 12 .|. shiftL (cont x) 6 .|. cont y)
                else do
                  x <- getWord8
                  y <- getWord8
                  z <- getWord8
                  return
                    ( shiftL (xor lead 0xf0) 18
                        .|. shiftL (cont x) 12
                        .|. shiftL (cont y) 6
                        .|. cont z
                    )
    if c > 0x10FFFF
      then fail "Not a valid Unicode code point!"
      else return (toEnum c)
    where
      cont b = xor (fromIntegral b) 0x80

instance Binary a => Binary [a] where
  put = putList
  get = do
    n <- get :: Get Int
    getMany n

instance Binary a => Binary (Maybe a) where
  put Nothing = putWord8 0
  put (Just x) = putWord8 1 <> put x
  get = do
    w <- getWord8
    case w of
      0 -> return Nothing
      _ -> fmap Just get

instance (Binary a, Binary b) => Binary (Either a b) where
  put (Left a) = putWord8 0 <> put a
  put (Right b) = putWord8 1 <> put b
  get = do
    w <- getWord8
    case w of
      0 -> fmap Left get
      _ -> fmap Right get

instance (Binary a, Binary b) => Binary (a, b) where
  put (a, b) = put a <> put b
  get = (,) <$> get <*> get

instance (Binary a, Binary b, Binary c) => Binary (a, b, c) where
  put (a, b, c) = put a <> put b <> put c
  get = (,,) <$> get <*> get <*> get

instance (Binary a, Binary b, Binary c, Binary d) => Binary (a, b, c, d) where
  put (a, b, c, d) = put a <> put b <> put c <> put d
  get = (,,,) <$> get <*> get <*> get <*> get

instance (Binary a, Binary b, Binary c, Binary d, Binary e) => Binary (a, b, c, d, e) where
  put (a, b, c, d, e) = put a <> put b <> put c <> put d <> put e
  get = (,,,,) <$> get <*> get <*> get <*> get <*> get

instance
  (Binary a, Binary b, Binary c, Binary d, Binary e, Binary f) =>
  Binary (a, b, c, d, e, f)
  where
  put (a, b, c, d, e, f) = put a <> put b <> put c <> put d <> put e <> put f
  get = (,,,,,) <$> get <*> get <*> get <*> get <*> get <*> get

instance
  (Binary a, Binary b, Binary c, Binary d, Binary e, Binary f, Binary g) =>
  Binary (a, b, c, d, e, f, g)
  where
  put (a, b, c, d, e, f, g) = put a <> put b <> put c <> put d <> put e <> put f <> put g
  get = (,,,,,,) <$> get <*> get <*> get <*> get <*> get <*> get <*> get

instance
  (Binary a, Binary b, Binary c, Binary d, Binary e, Binary f, Binary g, Binary h) =>
  Binary (a, b, c, d, e, f, g, h)
  where
  put (a, b, c, d, e, f, g, h) =
    put a <> put b <> put c <> put d <> put e <> put f <> put g <> put h
  get = (,,,,,,,) <$> get <*> get <*> get <*> get <*> get <*> get <*> get <*> get

instance
  (Binary a, Binary b, Binary c, Binary d, Binary e, Binary f, Binary g, Binary h, Binary i) =>
  Binary (a, b, c, d, e, f, g, h, i)
  where
  put (a, b, c, d, e, f, g, h, i) =
    put a <> put b <> put c <> put d <> put e <> put f <> put g <> put h <> put i
  get = (,,,,,,,,) <$> get <*> get <*> get <*> get <*> get <*> get <*> get <*> get <*> get

instance
  ( Binary a,
    Binary b,
    Binary c,
    Binary d,
    Binary e,
    Binary f,
    Binary g,
    Binary h,
    Binary i,
    Binary j
  ) =>
  Binary (a, b, c, d, e, f, g, h, i, j)
  where
  put (a, b, c, d, e, f, g, h, i, j) =
    put a <> put b <> put c <> put d <> put e <> put f <> put g <> put h <> put i <> put j
  get =
    (,,,,,,,,,) <$> get <*> get <*> get <*> get <*> get <*> get <*> get <*> get <*> get <*> get

instance Binary a => Binary (Identity a) where
  put (Identity x) = put x
  get = fmap Identity get

-- strict before lazy: GHC gives the later one the plain dictionary name
-- ($fBinaryByteString is the lazy one's, as in the real package)
instance Binary B.ByteString where
  put bs = put (B.length bs) <> putByteString bs
  get = get >>= getByteString

instance Binary L.ByteString where
  put bs = put (fromIntegral (L.length bs) :: Int) <> putLazyByteString bs
  get = do
    n <- get :: Get Int
    getLazyByteString (fromIntegral n)

instance Binary SBS.ShortByteString where
  put bs = put (SBS.length bs) <> putShortByteString bs
  get = fmap SBS.toShort (get >>= getByteString)

instance (Binary a, Binary b) => Binary (Map.Map a b) where
  put m = put (Map.size m) <> mapM_ put (Map.toAscList m)
  get = fmap Map.fromDistinctAscList get

instance Binary a => Binary (Set.Set a) where
  put s = put (Set.size s) <> mapM_ put (Set.toAscList s)
  get = fmap Set.fromDistinctAscList get

instance Binary e => Binary (IntMap.IntMap e) where
  put m = put (IntMap.size m) <> mapM_ put (IntMap.toAscList m)
  get = fmap IntMap.fromList get

instance Binary IntSet.IntSet where
  put s = put (IntSet.size s) <> mapM_ put (IntSet.toAscList s)
  get = fmap IntSet.fromList get

instance Binary e => Binary (Seq.Seq e) where
  put s = put (Seq.length s) <> F.mapM_ put s
  get = do
    n <- get :: Get Int
    let go acc 0 = return acc
        go acc k = do
          x <- get
          x `seq` go (acc Seq.|> x) (k - 1 :: Int)
    go Seq.empty n

instance Binary e => Binary (T.Tree e) where
  put (T.Node r s) = put r <> put s
  get = T.Node <$> get <*> get

instance (Binary i, Ix i, Binary e) => Binary (Array i e) where
  put a = put (bounds a) <> put (rangeSize (bounds a)) <> mapM_ put (elems a)
  get = do
    bs <- get
    n <- get
    xs <- getMany n
    return (listArray bs xs)

-- | A Float and a Double as decodeFloat's pair.
instance Binary Double where
  put d = put (decodeFloat d)
  get = do
    m <- get
    e <- get
    return $! encodeFloat m e

instance Binary Float where
  put f = put (decodeFloat f)
  get = do
    m <- get
    e <- get
    return $! encodeFloat m e

instance Binary a => Binary (NonEmpty a) where
  put = put . NE.toList
  get = do
    xs <- get
    case xs of
      [] -> fail "NonEmpty is empty!"
      y : ys -> return (y :| ys)

instance Binary Void where
  put = absurd
  get = fail "Data.Binary.Get(Alternative).empty"

instance Binary Version where
  put (Version br tags) = put br <> put tags
  get = Version <$> get <*> get

instance Binary Fingerprint where
  put (Fingerprint a b) = put a <> put b
  get = Fingerprint <$> get <*> get

instance Binary a => Binary (Monoid.Dual a) where
  put = put . Monoid.getDual
  get = fmap Monoid.Dual get

instance Binary Monoid.All where
  put = put . Monoid.getAll
  get = fmap Monoid.All get

instance Binary Monoid.Any where
  put = put . Monoid.getAny
  get = fmap Monoid.Any get

instance Binary a => Binary (Monoid.Sum a) where
  put = put . Monoid.getSum
  get = fmap Monoid.Sum get

instance Binary a => Binary (Monoid.Product a) where
  put = put . Monoid.getProduct
  get = fmap Monoid.Product get

instance Binary (f a) => Binary (Monoid.Alt f a) where
  put = put . Monoid.getAlt
  get = fmap Monoid.Alt get

-- Data.Monoid's First and Last before Data.Semigroup's (the later one gets
-- the plain dictionary name, Data.Semigroup's in the real package)
instance Binary a => Binary (Monoid.First a) where
  put = put . Monoid.getFirst
  get = fmap Monoid.First get

instance Binary a => Binary (Monoid.Last a) where
  put = put . Monoid.getLast
  get = fmap Monoid.Last get

instance Binary a => Binary (Semigroup.First a) where
  put = put . Semigroup.getFirst
  get = fmap Semigroup.First get

instance Binary a => Binary (Semigroup.Last a) where
  put = put . Semigroup.getLast
  get = fmap Semigroup.Last get

instance Binary a => Binary (Semigroup.Min a) where
  put = put . Semigroup.getMin
  get = fmap Semigroup.Min get

instance Binary a => Binary (Semigroup.Max a) where
  put = put . Semigroup.getMax
  get = fmap Semigroup.Max get

instance Binary m => Binary (Semigroup.WrappedMonoid m) where
  put = put . Semigroup.unwrapMonoid
  get = fmap Semigroup.WrapMonoid get

instance (Binary a, Binary b) => Binary (Semigroup.Arg a b) where
  put (Semigroup.Arg a b) = put a <> put b
  get = Semigroup.Arg <$> get <*> get

instance Binary a => Binary (Semigroup.Option a) where
  put = put . Semigroup.getOption
  get = fmap Semigroup.Option get
