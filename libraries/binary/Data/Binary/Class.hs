{-# LANGUAGE DefaultSignatures, FlexibleContexts, PolyKinds, BangPatterns #-}
{-# LANGUAGE MagicHash, UnboxedTuples, RankNTypes #-}
{-# LANGUAGE ScopedTypeVariables, PatternSynonyms, TypeApplications, GADTs, FlexibleInstances, KindSignatures #-}
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
    -- hs2stg: the -O1 workers of the installed package (see the end)
    zz_zdfBinaryNatural2,
    zz_zdfBinaryNatural3,
    zz_zdfBinaryFixed2,
    zz_zdfBinaryIntSetzugo2,
    zz_zdfBinaryIntSetzuzdszdwgo,
    zz_zdfBinaryVersion3,
    zz_zdfBinaryByteStringzuzdsgo2,
    zz_zdwpolyzurep,
    zz_zdwzdcget16,
    zz_zdwzdcget20,
    zz_zdwgetSomeTypeRep,
    zz_zdwzdcput13,
    zz_zdwzdcput17,
    zz_zdwputTypeRep,
    zz_putTypeRep,
    zz_zdfBinaryTypeRep2,
    zz_zdwgo13,
    zz_zdwgo16,
    zz_zdwgo18,
    zz_zdwgo19,
    zz_zdwgo20,
    zz_zdwgo21,
    zz_zdwgo22,
    zz_zdwzdcget,
    zz_zdwzdcget1,
    zz_zdwzdcget10,
    zz_zdwzdcget11,
    zz_zdwzdcget12,
    zz_zdwzdcget13,
    zz_zdwzdcget14,
    zz_zdwzdcget15,
    zz_zdwzdcget17,
    zz_zdwzdcget18,
    zz_zdwzdcget21,
    zz_zdwzdcget22,
    zz_zdwzdcget30,
    zz_zdwzdcget31,
    zz_zdwzdcget4,
    zz_zdwzdcget5,
    zz_zdwzdcget6,
    zz_zdwzdcget7,
    zz_zdwzdcget8,
    zz_zdwzdcget9,
    zz_zdwzdcput,
    zz_zdwzdcput1,
    zz_zdwzdcput11,
    zz_zdwzdcput12,
    zz_zdwzdcput14,
    zz_zdwzdcput15,
    zz_zdwzdcput16,
    zz_zdwzdcput18,
    zz_zdwzdcput19,
    zz_zdwzdcput2,
    zz_zdwzdcput20,
    zz_zdwzdcput27,
    zz_zdwzdcput3,
    zz_zdwzdcput4,
    zz_zdwzdcput5,
    zz_zdwzdcput7,
    zz_zdwzdcput9,
    zz_zdwzdcputList,
    zz_zdwzdcputList1,
    zz_zdwzdcputList10,
    zz_zdwzdcputList11,
    zz_zdwzdcputList12,
    zz_zdwzdcputList13,
    zz_zdwzdcputList14,
    zz_zdwzdcputList15,
    zz_zdwzdcputList16,
    zz_zdwzdcputList17,
    zz_zdwzdcputList18,
    zz_zdwzdcputList19,
    zz_zdwzdcputList2,
    zz_zdwzdcputList20,
    zz_zdwzdcputList21,
    zz_zdwzdcputList22,
    zz_zdwzdcputList23,
    zz_zdwzdcputList24,
    zz_zdwzdcputList25,
    zz_zdwzdcputList26,
    zz_zdwzdcputList27,
    zz_zdwzdcputList28,
    zz_zdwzdcputList29,
    zz_zdwzdcputList3,
    zz_zdwzdcputList30,
    zz_zdwzdcputList31,
    zz_zdwzdcputList33,
    zz_zdwzdcputList34,
    zz_zdwzdcputList35,
    zz_zdwzdcputList36,
    zz_zdwzdcputList37,
    zz_zdwzdcputList38,
    zz_zdwzdcputList39,
    zz_zdwzdcputList4,
    zz_zdwzdcputList40,
    zz_zdwzdcputList41,
    zz_zdwzdcputList42,
    zz_zdwzdcputList43,
    zz_zdwzdcputList44,
    zz_zdwzdcputList46,
    zz_zdwzdcputList47,
    zz_zdwzdcputList48,
    zz_zdwzdcputList5,
    zz_zdwzdcputList50,
    zz_zdwzdcputList51,
    zz_zdwzdcputList58,
    zz_zdwzdcputList59,
    zz_zdwzdcputList6,
    zz_zdwzdcputList60,
    zz_zdwzdcputList61,
    zz_zdwzdcputList7,
    zz_zdwzdcputList8,
    zz_zdwzdcputList9,
    zz_zdwgo1,
    zz_zdwgo10,
    zz_zdwgo11,
    zz_zdwgo12,
    zz_zdwgo14,
    zz_zdwgo15,
    zz_zdwgo17,
    zz_zdwgo2,
    zz_zdwgo23,
    zz_zdwgo25,
    zz_zdwgo3,
    zz_zdwgo4,
    zz_zdwgo5,
    zz_zdwgo7,
    zz_zdwgo8,
    zz_zdwgo9,
    zz_zdfBinaryFixedzugo,
    zz_zdfBinaryNaturalzugo,
    zz_zdwzdcget19,
    zz_zdwzdcget2,
    zz_zdwzdcget3,
    zz_zdwzdcput10,
    zz_zdwzdcput6,
    zz_zdwzdcput8,
    zz_zdwzdcput21,
    zz_zdwzdcput26,
    zz_zdwgo24,
    zz_zdwzdcget27,
    zz_zdwzdcput23,
    zz_zdwzdcputList55,
    zz_zdwgo6,
    zz_zdfBinaryAllzugo1,
    zz_zdfBinaryIntegerzuzdszdwgo,
    zz_zdfBinarySetzuzdszdwgo,
    zz_zdwpolyzustep,
  )
where

import Data.Array (Array, Ix, bounds, elems, listArray, rangeSize)
import Data.Array.Base (IArray, UArray)
import qualified Data.Array.Base as IA
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
import Data.Ratio ((%))
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
import qualified Data.Binary.Get.Internal as I
import Data.Binary.Hs2stg (getW, putW)
import Data.Kind (Type)
import GHC.Exts (RuntimeRep (..), VecCount (..), VecElem (..), unpackCString#)
import Type.Reflection
  ( SomeTypeRep (..), TyCon, TypeRep, Typeable, eqTypeRep, typeRep, typeRepKind, withTypeable,
    tyConModule, tyConName, tyConPackage, (:~~:) (HRefl), pattern App, pattern Con', pattern Fun )
import Type.Reflection.Unsafe (KindRep (..), TypeLitSort (..), mkTrApp, mkTrCon, mkTyCon, tyConKindArgs, tyConKindRep)
import Data.ByteString.Builder.Internal (Builder, BufferRange (..), BuildSignal, BuildStep, runBuilderWith)
import qualified Data.Binary.Builder

import GHC.Exts (Addr#, Int (I#), Int#, Ptr (..), RealWorld, State#, unpackAppendCString#)
import GHC.ForeignPtr (ForeignPtr (..), ForeignPtrContents)
import GHC.IO (IO (..))
import qualified Data.ByteString.Internal
import qualified Data.ByteString.Lazy.Internal
import qualified Data.ByteString.Short.Internal
import qualified Data.Complex
import qualified Data.Fixed
import qualified Data.Functor.Identity
import qualified Data.IntMap.Internal
import qualified Data.IntSet.Internal
import qualified Data.Map.Internal
import qualified Data.Monoid
import qualified Data.Semigroup
import qualified Data.Sequence.Internal
import qualified Data.Set.Internal
import qualified Data.Tree
import qualified Data.Version
import qualified Data.Void
import qualified GHC.Fingerprint.Type
import GHC.Exts (Addr#, Double (D#), Double#, Float (F#), Float#, Int#, Word#)
import GHC.ForeignPtr (ForeignPtrContents)
import GHC.Int (Int64 (I64#))
import GHC.Word (Word64 (W64#))
import GHC.Real (Ratio ((:%)))

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
  put = putRatio
  get = do
    n <- get
    d <- get
    return (n % d)

-- the numerator, then the denominator (no Integral needed: the -O1 workers
-- have only Binary)
putRatio :: Binary a => Ratio a -> Put
putRatio (n :% d) = put n <> put d

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
  get = getArray get

-- | An Array: its bounds (read by the Get given), its size, its elements.
getArray :: (Ix i, Binary e) => Get (i, i) -> Get (Array i e)
getArray getBounds = do
  bs <- getBounds
  n <- get
  xs <- getMany n
  return (listArray bs xs)

-- | An unboxed array as a boxed one: bounds, size, elements.
instance (Binary i, Ix i, Binary e, IArray UArray e) => Binary (UArray i e) where
  put a = put (IA.bounds a) <> put (rangeSize (IA.bounds a)) <> mapM_ put (IA.elems a)
  get = getUArray get

getUArray :: (Ix i, Binary e, IArray UArray e) => Get (i, i) -> Get (UArray i e)
getUArray getBounds = do
  bs <- getBounds
  n <- get
  xs <- getMany n
  return (IA.listArray bs xs)

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

-- a Get's success continuation (Data.Binary.Get.Internal's, not exported)
type Success a r = B.ByteString -> a -> I.Decoder r

-- -O1 workers of the installed package, under the conventions of
-- Data.Binary.Hs2stg (their types are the interface file's): `$w$cgetN` is
-- an instance's get, `$w$cputN` its put, `$w$cputListN` its putList,
-- `$wgoN` the element loop of a putList.

zz_zdwzdcget :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Data.Monoid.All r -> I.Decoder r
zz_zdwzdcget a c o l k = getW get a c o l k

zz_zdwzdcget1 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Data.Monoid.Any r -> I.Decoder r
zz_zdwzdcget1 a c o l k = getW get a c o l k

zz_zdwzdcget10 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success GHC.Fingerprint.Type.Fingerprint r -> I.Decoder r
zz_zdwzdcget10 a c o l k = getW get a c o l k

zz_zdwzdcget11 :: Binary a => Addr# -> ForeignPtrContents -> Int# -> Int# -> Success (Maybe a) r -> I.Decoder r
zz_zdwzdcget11 a c o l k = getW get a c o l k

zz_zdwzdcget12 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success (Data.Fixed.Fixed a) r -> I.Decoder r
zz_zdwzdcget12 a c o l k = getW get a c o l k

zz_zdwzdcget13 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Float r -> I.Decoder r
zz_zdwzdcget13 a c o l k = getW get a c o l k

zz_zdwzdcget14 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Int r -> I.Decoder r
zz_zdwzdcget14 a c o l k = getW get a c o l k

zz_zdwzdcget15 :: Binary a => Addr# -> ForeignPtrContents -> Int# -> Int# -> Success [a] r -> I.Decoder r
zz_zdwzdcget15 a c o l k = getW get a c o l k

zz_zdwzdcget17 :: Binary a => Addr# -> ForeignPtrContents -> Int# -> Int# -> Success (NonEmpty a) r -> I.Decoder r
zz_zdwzdcget17 a c o l k = getW get a c o l k

zz_zdwzdcget18 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Ordering r -> I.Decoder r
zz_zdwzdcget18 a c o l k = getW get a c o l k

zz_zdwzdcget21 :: Binary e => Addr# -> ForeignPtrContents -> Int# -> Int# -> Success (Data.Sequence.Internal.Seq e) r -> I.Decoder r
zz_zdwzdcget21 a c o l k = getW get a c o l k

zz_zdwzdcget22 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Data.ByteString.Short.Internal.ShortByteString r -> I.Decoder r
zz_zdwzdcget22 a c o l k = getW get a c o l k

zz_zdwzdcget30 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Data.Version.Version r -> I.Decoder r
zz_zdwzdcget30 a c o l k = getW get a c o l k

zz_zdwzdcget31 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Word r -> I.Decoder r
zz_zdwzdcget31 a c o l k = getW get a c o l k

zz_zdwzdcget4 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Bool r -> I.Decoder r
zz_zdwzdcget4 a c o l k = getW get a c o l k

zz_zdwzdcget5 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Data.ByteString.Lazy.Internal.ByteString r -> I.Decoder r
zz_zdwzdcget5 a c o l k = getW get a c o l k

zz_zdwzdcget6 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Data.ByteString.Internal.ByteString r -> I.Decoder r
zz_zdwzdcget6 a c o l k = getW get a c o l k

zz_zdwzdcget7 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Char r -> I.Decoder r
zz_zdwzdcget7 a c o l k = getW get a c o l k

zz_zdwzdcget8 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success Double r -> I.Decoder r
zz_zdwzdcget8 a c o l k = getW get a c o l k

zz_zdwzdcget9 :: (Binary a, Binary b) => Addr# -> ForeignPtrContents -> Int# -> Int# -> Success (Either a b) r -> I.Decoder r
zz_zdwzdcget9 a c o l k = getW get a c o l k

zz_zdwzdcput :: Data.Monoid.All -> (# (), Builder #)
zz_zdwzdcput x = putW (put x)

zz_zdwzdcput1 :: Data.Monoid.Any -> (# (), Builder #)
zz_zdwzdcput1 x = putW (put x)

zz_zdwzdcput11 :: Binary e => Data.IntMap.Internal.IntMap e -> (# (), Builder #)
zz_zdwzdcput11 x = putW (put x)

zz_zdwzdcput12 :: Data.IntSet.Internal.IntSet -> (# (), Builder #)
zz_zdwzdcput12 x = putW (put x)

zz_zdwzdcput14 :: (Binary k, Binary e) => Data.Map.Internal.Map k e -> (# (), Builder #)
zz_zdwzdcput14 x = putW (put x)

zz_zdwzdcput15 :: Ordering -> (# (), Builder #)
zz_zdwzdcput15 x = putW (put x)

zz_zdwzdcput16 :: Binary a => Ratio a -> (# (), Builder #)
zz_zdwzdcput16 x = putW (putRatio x)

zz_zdwzdcput18 :: Binary e => Data.Sequence.Internal.Seq e -> (# (), Builder #)
zz_zdwzdcput18 x = putW (put x)

zz_zdwzdcput19 :: Binary a => Data.Set.Internal.Set a -> (# (), Builder #)
zz_zdwzdcput19 x = putW (put x)

zz_zdwzdcput2 :: (Binary i, Ix i, Binary e) => Array i e -> (# (), Builder #)
zz_zdwzdcput2 x = putW (put x)

zz_zdwzdcput20 :: Data.ByteString.Short.Internal.ShortByteString -> (# (), Builder #)
zz_zdwzdcput20 x = putW (put x)

zz_zdwzdcput27 :: Word -> (# (), Builder #)
zz_zdwzdcput27 x = putW (put x)

zz_zdwzdcput3 :: Bool -> (# (), Builder #)
zz_zdwzdcput3 x = putW (put x)

zz_zdwzdcput4 :: Data.ByteString.Lazy.Internal.ByteString -> (# (), Builder #)
zz_zdwzdcput4 x = putW (put x)

zz_zdwzdcput5 :: Data.ByteString.Internal.ByteString -> (# (), Builder #)
zz_zdwzdcput5 x = putW (put x)

zz_zdwzdcput7 :: (Binary a, Binary b) => Either a b -> (# (), Builder #)
zz_zdwzdcput7 x = putW (put x)

zz_zdwzdcput9 :: Binary a => Maybe a -> (# (), Builder #)
zz_zdwzdcput9 x = putW (put x)

zz_zdwzdcputList :: [()] -> (# (), Builder #)
zz_zdwzdcputList xs = putW (putList xs)

zz_zdwzdcputList1 :: (Binary a, Binary b) => [(a, b)] -> (# (), Builder #)
zz_zdwzdcputList1 xs = putW (putList xs)

zz_zdwzdcputList10 :: [Data.Monoid.All] -> (# (), Builder #)
zz_zdwzdcputList10 xs = putW (putList xs)

zz_zdwzdcputList11 :: Binary (f a) => [Data.Monoid.Alt f a] -> (# (), Builder #)
zz_zdwzdcputList11 xs = putW (putList xs)

zz_zdwzdcputList12 :: [Data.Monoid.Any] -> (# (), Builder #)
zz_zdwzdcputList12 xs = putW (putList xs)

zz_zdwzdcputList13 :: (Binary a, Binary b) => [Data.Semigroup.Arg a b] -> (# (), Builder #)
zz_zdwzdcputList13 xs = putW (putList xs)

zz_zdwzdcputList14 :: (Binary i, Ix i, Binary e) => [Array i e] -> (# (), Builder #)
zz_zdwzdcputList14 xs = putW (putList xs)

zz_zdwzdcputList15 :: [Bool] -> (# (), Builder #)
zz_zdwzdcputList15 xs = putW (putList xs)

zz_zdwzdcputList16 :: [Data.ByteString.Lazy.Internal.ByteString] -> (# (), Builder #)
zz_zdwzdcputList16 xs = putW (putList xs)

zz_zdwzdcputList17 :: [Data.ByteString.Internal.ByteString] -> (# (), Builder #)
zz_zdwzdcputList17 xs = putW (putList xs)

zz_zdwzdcputList18 :: [Char] -> (# (), Builder #)
zz_zdwzdcputList18 xs = putW (putList xs)

zz_zdwzdcputList19 :: Binary a => [Data.Complex.Complex a] -> (# (), Builder #)
zz_zdwzdcputList19 xs = putW (putList xs)

zz_zdwzdcputList2 :: (Binary a, Binary b, Binary c) => [(a, b, c)] -> (# (), Builder #)
zz_zdwzdcputList2 xs = putW (putList xs)

zz_zdwzdcputList20 :: [Double] -> (# (), Builder #)
zz_zdwzdcputList20 xs = putW (putList xs)

zz_zdwzdcputList21 :: Binary a => [Data.Monoid.Dual a] -> (# (), Builder #)
zz_zdwzdcputList21 xs = putW (putList xs)

zz_zdwzdcputList22 :: (Binary a, Binary b) => [Either a b] -> (# (), Builder #)
zz_zdwzdcputList22 xs = putW (putList xs)

zz_zdwzdcputList23 :: [GHC.Fingerprint.Type.Fingerprint] -> (# (), Builder #)
zz_zdwzdcputList23 xs = putW (putList xs)

zz_zdwzdcputList24 :: Binary a => [Data.Semigroup.First a] -> (# (), Builder #)
zz_zdwzdcputList24 xs = putW (putList xs)

zz_zdwzdcputList25 :: Binary a => [Data.Monoid.First a] -> (# (), Builder #)
zz_zdwzdcputList25 xs = putW (putList xs)

zz_zdwzdcputList26 :: [Data.Fixed.Fixed a] -> (# (), Builder #)
zz_zdwzdcputList26 xs = putW (putList xs)

zz_zdwzdcputList27 :: [Float] -> (# (), Builder #)
zz_zdwzdcputList27 xs = putW (putList xs)

zz_zdwzdcputList28 :: Binary a => [Data.Functor.Identity.Identity a] -> (# (), Builder #)
zz_zdwzdcputList28 xs = putW (putList xs)

zz_zdwzdcputList29 :: Binary e => [Data.IntMap.Internal.IntMap e] -> (# (), Builder #)
zz_zdwzdcputList29 xs = putW (putList xs)

zz_zdwzdcputList3 :: (Binary a, Binary b, Binary c, Binary d) => [(a, b, c, d)] -> (# (), Builder #)
zz_zdwzdcputList3 xs = putW (putList xs)

zz_zdwzdcputList30 :: [Data.IntSet.Internal.IntSet] -> (# (), Builder #)
zz_zdwzdcputList30 xs = putW (putList xs)

zz_zdwzdcputList31 :: [Integer] -> (# (), Builder #)
zz_zdwzdcputList31 xs = putW (putList xs)

zz_zdwzdcputList33 :: Binary a => [Data.Semigroup.Last a] -> (# (), Builder #)
zz_zdwzdcputList33 xs = putW (putList xs)

zz_zdwzdcputList34 :: Binary a => [Data.Monoid.Last a] -> (# (), Builder #)
zz_zdwzdcputList34 xs = putW (putList xs)

zz_zdwzdcputList35 :: (Binary k, Binary e) => [Data.Map.Internal.Map k e] -> (# (), Builder #)
zz_zdwzdcputList35 xs = putW (putList xs)

zz_zdwzdcputList36 :: Binary a => [Data.Semigroup.Max a] -> (# (), Builder #)
zz_zdwzdcputList36 xs = putW (putList xs)

zz_zdwzdcputList37 :: Binary a => [Maybe a] -> (# (), Builder #)
zz_zdwzdcputList37 xs = putW (putList xs)

zz_zdwzdcputList38 :: Binary a => [Data.Semigroup.Min a] -> (# (), Builder #)
zz_zdwzdcputList38 xs = putW (putList xs)

zz_zdwzdcputList39 :: [Natural] -> (# (), Builder #)
zz_zdwzdcputList39 xs = putW (putList xs)

zz_zdwzdcputList4 :: (Binary a, Binary b, Binary c, Binary d, Binary e) => [(a, b, c, d, e)] -> (# (), Builder #)
zz_zdwzdcputList4 xs = putW (putList xs)

zz_zdwzdcputList40 :: Binary a => [NonEmpty a] -> (# (), Builder #)
zz_zdwzdcputList40 xs = putW (putList xs)

zz_zdwzdcputList41 :: Binary a => [Data.Semigroup.Option a] -> (# (), Builder #)
zz_zdwzdcputList41 xs = putW (putList xs)

zz_zdwzdcputList42 :: [Ordering] -> (# (), Builder #)
zz_zdwzdcputList42 xs = putW (putList xs)

zz_zdwzdcputList43 :: Binary a => [Data.Monoid.Product a] -> (# (), Builder #)
zz_zdwzdcputList43 xs = putW (putList xs)

zz_zdwzdcputList44 :: Binary a => [Ratio a] -> (# (), Builder #)
zz_zdwzdcputList44 xs = putW (put (length xs) <> mapM_ putRatio xs)

zz_zdwzdcputList46 :: Binary e => [Data.Sequence.Internal.Seq e] -> (# (), Builder #)
zz_zdwzdcputList46 xs = putW (putList xs)

zz_zdwzdcputList47 :: Binary a => [Data.Set.Internal.Set a] -> (# (), Builder #)
zz_zdwzdcputList47 xs = putW (putList xs)

zz_zdwzdcputList48 :: [Data.ByteString.Short.Internal.ShortByteString] -> (# (), Builder #)
zz_zdwzdcputList48 xs = putW (putList xs)

zz_zdwzdcputList5 :: (Binary a, Binary b, Binary c, Binary d, Binary e, Binary f) => [(a, b, c, d, e, f)] -> (# (), Builder #)
zz_zdwzdcputList5 xs = putW (putList xs)

zz_zdwzdcputList50 :: Binary a => [Data.Monoid.Sum a] -> (# (), Builder #)
zz_zdwzdcputList50 xs = putW (putList xs)

zz_zdwzdcputList51 :: Binary e => [Data.Tree.Tree e] -> (# (), Builder #)
zz_zdwzdcputList51 xs = putW (putList xs)

zz_zdwzdcputList58 :: [Data.Version.Version] -> (# (), Builder #)
zz_zdwzdcputList58 xs = putW (putList xs)

zz_zdwzdcputList59 :: [Data.Void.Void] -> (# (), Builder #)
zz_zdwzdcputList59 xs = putW (putList xs)

zz_zdwzdcputList6 :: (Binary a, Binary b, Binary c, Binary d, Binary e, Binary f, Binary g) => [(a, b, c, d, e, f, g)] -> (# (), Builder #)
zz_zdwzdcputList6 xs = putW (putList xs)

zz_zdwzdcputList60 :: Binary m => [Data.Semigroup.WrappedMonoid m] -> (# (), Builder #)
zz_zdwzdcputList60 xs = putW (putList xs)

zz_zdwzdcputList61 :: Binary a => [[a]] -> (# (), Builder #)
zz_zdwzdcputList61 xs = putW (putList xs)

zz_zdwzdcputList7 :: (Binary a, Binary b, Binary c, Binary d, Binary e, Binary f, Binary g, Binary h) => [(a, b, c, d, e, f, g, h)] -> (# (), Builder #)
zz_zdwzdcputList7 xs = putW (putList xs)

zz_zdwzdcputList8 :: (Binary a, Binary b, Binary c, Binary d, Binary e, Binary f, Binary g, Binary h, Binary i) => [(a, b, c, d, e, f, g, h, i)] -> (# (), Builder #)
zz_zdwzdcputList8 xs = putW (putList xs)

zz_zdwzdcputList9 :: (Binary a, Binary b, Binary c, Binary d, Binary e, Binary f, Binary g, Binary h, Binary i, Binary j) => [(a, b, c, d, e, f, g, h, i, j)] -> (# (), Builder #)
zz_zdwzdcputList9 xs = putW (putList xs)

zz_zdwgo1 :: [()] -> (# (), Builder #)
zz_zdwgo1 xs = putW (mapM_ put xs)

zz_zdwgo10 :: [Float] -> (# (), Builder #)
zz_zdwgo10 xs = putW (mapM_ put xs)

zz_zdwgo11 :: [Data.IntSet.Internal.IntSet] -> (# (), Builder #)
zz_zdwgo11 xs = putW (mapM_ put xs)

zz_zdwgo12 :: [Integer] -> (# (), Builder #)
zz_zdwgo12 xs = putW (mapM_ put xs)

zz_zdwgo14 :: [Natural] -> (# (), Builder #)
zz_zdwgo14 xs = putW (mapM_ put xs)

zz_zdwgo15 :: [Ordering] -> (# (), Builder #)
zz_zdwgo15 xs = putW (mapM_ put xs)

zz_zdwgo17 :: [Data.ByteString.Short.Internal.ShortByteString] -> (# (), Builder #)
zz_zdwgo17 xs = putW (mapM_ put xs)

zz_zdwgo2 :: [Data.Monoid.All] -> (# (), Builder #)
zz_zdwgo2 xs = putW (mapM_ put xs)

zz_zdwgo23 :: [Data.Version.Version] -> (# (), Builder #)
zz_zdwgo23 xs = putW (mapM_ put xs)

zz_zdwgo25 :: [Data.Void.Void] -> (# (), Builder #)
zz_zdwgo25 xs = putW (mapM_ put xs)

zz_zdwgo3 :: [Data.Monoid.Any] -> (# (), Builder #)
zz_zdwgo3 xs = putW (mapM_ put xs)

zz_zdwgo4 :: [Bool] -> (# (), Builder #)
zz_zdwgo4 xs = putW (mapM_ put xs)

zz_zdwgo5 :: [Data.ByteString.Lazy.Internal.ByteString] -> (# (), Builder #)
zz_zdwgo5 xs = putW (mapM_ put xs)

zz_zdwgo7 :: [Data.ByteString.Internal.ByteString] -> (# (), Builder #)
zz_zdwgo7 xs = putW (mapM_ put xs)

zz_zdwgo8 :: [Double] -> (# (), Builder #)
zz_zdwgo8 xs = putW (mapM_ put xs)

zz_zdwgo9 :: [GHC.Fingerprint.Type.Fingerprint] -> (# (), Builder #)
zz_zdwgo9 xs = putW (mapM_ put xs)

zz_zdfBinaryFixedzugo :: Integer -> [Word8]
zz_zdfBinaryFixedzugo = unroll

zz_zdfBinaryNaturalzugo :: Natural -> [Word8]
zz_zdfBinaryNaturalzugo = unroll

zz_zdwzdcget19 :: I.Get a -> (Integral a => B.ByteString -> Success (Ratio a) r -> I.Decoder r)
zz_zdwzdcget19 ga bs k = I.runCont ((%) <$> ga <*> ga) bs k

zz_zdwzdcget2 :: I.Get a -> (Binary b => B.ByteString -> Success (Semigroup.Arg a b) r -> I.Decoder r)
zz_zdwzdcget2 ga bs k = I.runCont (Semigroup.Arg <$> ga <*> get) bs k

zz_zdwzdcget3 :: I.Get i -> ((Ix i, Binary e) => B.ByteString -> Success (Array i e) r -> I.Decoder r)
zz_zdwzdcget3 gi bs k = I.runCont (getArray ((,) <$> gi <*> gi)) bs k

zz_zdwzdcput10 :: Float# -> (# (), Builder #)
zz_zdwzdcput10 f = putW (put (F# f))

zz_zdwzdcput6 :: Double# -> (# (), Builder #)
zz_zdwzdcput6 d = putW (put (D# d))

zz_zdwzdcput8 :: Word# -> Word# -> (# (), Builder #)
zz_zdwzdcput8 a b = putW (put (Fingerprint (W64# a) (W64# b)))

zz_zdwzdcput21 :: Binary e => e -> [T.Tree e] -> (# (), Builder #)
zz_zdwzdcput21 r s = putW (put (T.Node r s))

zz_zdwzdcput26 :: [Int] -> [String] -> (# (), Builder #)
zz_zdwzdcput26 br tags = putW (put (Version br tags))

zz_zdwzdcget27 :: I.Get i -> ((Ix i, Binary e, IArray UArray e) => B.ByteString -> Success (UArray i e) r -> I.Decoder r)
zz_zdwzdcget27 gi bs k = I.runCont (getUArray ((,) <$> gi <*> gi)) bs k

zz_zdwzdcput23 :: (Binary i, Ix i, Binary e, IArray UArray e) => UArray i e -> (# (), Builder #)
zz_zdwzdcput23 x = putW (put x)

zz_zdwzdcputList55 :: (Binary i, Ix i, Binary e, IArray UArray e) => [UArray i e] -> (# (), Builder #)
zz_zdwzdcputList55 xs = putW (putList xs)

zz_zdwgo24 :: [[Char]] -> (# (), Builder #)
zz_zdwgo24 xs = putW (mapM_ put xs)

zz_zdwgo6 :: Int# -> Data.ByteString.Lazy.Internal.ByteString -> Int64
zz_zdwgo6 n lbs = I64# n + L.length lbs

-- Internals of the installed package that -O1 code reaches through the
-- unfoldings it inlines (`zz_` + the Z-encoded name):
-- the "not enough bytes" message's unpacking (its Addr# before the rest)
zz_zdfBinaryAllzugo1 :: Addr# -> [Char] -> [Char]
zz_zdfBinaryAllzugo1 a rest = unpackAppendCString# a rest

-- getMany at Word8 and at Char (the [Word8] and String gets, which
-- Integer's and String's use): n more elements read into acc (the first
-- last), from the input's unpacked fields, then the list in order to the
-- success continuation
zz_zdfBinaryIntegerzuzdszdwgo
  :: (B.ByteString -> [Word8] -> I.Decoder r) -> Addr# -> ForeignPtrContents -> Int# -> Int# -> Int# -> [Word8]
  -> I.Decoder r
zz_zdfBinaryIntegerzuzdszdwgo = getManyFrom

zz_zdfBinarySetzuzdszdwgo
  :: (B.ByteString -> [Char] -> I.Decoder r) -> Addr# -> ForeignPtrContents -> Int# -> Int# -> Int# -> [Char]
  -> I.Decoder r
zz_zdfBinarySetzuzdszdwgo = getManyFrom

getManyFrom
  :: Binary a => (B.ByteString -> [a] -> I.Decoder r) -> Addr# -> ForeignPtrContents -> Int# -> Int# -> Int# -> [a]
  -> I.Decoder r
getManyFrom k a c off len n acc =
  I.runCont (go (I# n) acc) (Data.ByteString.Internal.PS (ForeignPtr a c) (I# off) (I# len)) k
  where
    go 0 xs = return $! reverse xs
    go i xs = do
      !x <- get
      go (i - 1) (x : xs)

-- Natural's get: the magnitude's fold starts from 0 (a Natural: the
-- interface prints it as a bare number, which the generators cannot tell
-- from an Integer's)
zz_zdfBinaryNatural2 :: Natural
zz_zdfBinaryNatural2 = 0

-- Natural's get: one byte more of the magnitude (most significant first)
-- shifted in before the rest of the fold
zz_zdfBinaryNatural3 :: Word8 -> (Natural -> Natural) -> Natural -> Natural
zz_zdfBinaryNatural3 b k !v = k ((v `shiftL` 8) .|. fromIntegral b)

-- putList's loop of Fixed values (each its Integer)
zz_zdfBinaryFixed2 :: [Fixed a] -> (# (), Builder #)
zz_zdfBinaryFixed2 xs = putW (mapM_ put xs)

-- IntSet's put after the size, a right fold: a subtree's elements in
-- order, then the puts acc holds (the caller takes the root apart, so
-- negative numbers come first)
zz_zdfBinaryIntSetzugo2 :: PutM () -> IntSet.IntSet -> PutM ()
zz_zdfBinaryIntSetzugo2 acc s = mapM_ put (IntSet.toAscList s) >> acc

-- IntSet's getMany at Int (as Integer's and Set's above)
zz_zdfBinaryIntSetzuzdszdwgo
  :: (B.ByteString -> [Int] -> I.Decoder r) -> Addr# -> ForeignPtrContents -> Int# -> Int# -> Int# -> [Int]
  -> I.Decoder r
zz_zdfBinaryIntSetzuzdszdwgo = getManyFrom

-- Version's branch after its length: each number as an Int64, then k
zz_zdfBinaryVersion3
  :: [Int64] -> BuildStep r -> Addr# -> Addr# -> State# RealWorld -> (# State# RealWorld, BuildSignal r #)
zz_zdfBinaryVersion3 ns k op ope =
  case runBuilderWith (execPut (mapM_ put ns)) k (BufferRange (Ptr op) (Ptr ope)) of IO f -> f

-- a lazy ByteString's chunks copied into the builder's buffer, then k
zz_zdfBinaryByteStringzuzdsgo2
  :: State# RealWorld -> Addr# -> Addr# -> BuildStep r -> L.ByteString -> (# State# RealWorld, BuildSignal r #)
zz_zdfBinaryByteStringzuzdsgo2 s op ope k bs =
  case runBuilderWith (Data.Binary.Builder.fromLazyByteString bs) k (BufferRange (Ptr op) (Ptr ope)) of IO f -> f s

-- Seq's get after the count: n more elements appended to xs, then the
-- sequence to the success continuation
zz_zdwpolyzurep :: Seq.Seq e -> Int# -> Get e -> B.ByteString -> Success (Seq.Seq e) r -> I.Decoder r
zz_zdwpolyzurep xs0 n g = I.runCont (go xs0 (I# n))
  where
    go xs 0 = return xs
    go xs i = do
      x <- g
      x `seq` go (xs Seq.|> x) (i - 1)

-- String's putList after the length: the characters in UTF-8, then k
zz_zdwpolyzustep
  :: [Char] -> BuildStep r -> Addr# -> Addr# -> State# RealWorld -> (# State# RealWorld, BuildSignal r #)
zz_zdwpolyzustep cs k op ope =
  case runBuilderWith (Data.Binary.Builder.putStringUtf8 cs) k (BufferRange (Ptr op) (Ptr ope)) of IO f -> f

-- ---------------------------------------------------------------------
-- Type representations (base's Typeable metadata). Encodings and
-- messages as GHC-compiled programs give them: a RuntimeRep, KindRep and
-- TypeLitSort by a Word8 tag, a VecCount/VecElem as its enumeration index
-- (decoded lazily by toEnum), a TyCon as package, module and name, the
-- number of kind arguments and its KindRep; a TypeRep as 0 for Type, 1
-- and a TyCon with its kind arguments, or 2 and an application's two
-- halves (a function type is FUN applied to its argument and result). A
-- decoded application is checked: its function must have an arrow kind
-- taking the argument's kind.

instance Binary VecCount where
  put c = putWord8 (fromIntegral (fromEnum c))
  get = fmap (toEnum . fromIntegral) getWord8

instance Binary VecElem where
  put e = putWord8 (fromIntegral (fromEnum e))
  get = fmap (toEnum . fromIntegral) getWord8

instance Binary RuntimeRep where
  put r = case r of
    VecRep c e -> putWord8 0 <> put c <> put e
    TupleRep rs -> putWord8 1 <> put rs
    SumRep rs -> putWord8 2 <> put rs
    LiftedRep -> putWord8 3
    UnliftedRep -> putWord8 4
    IntRep -> putWord8 5
    WordRep -> putWord8 6
    Int64Rep -> putWord8 7
    Word64Rep -> putWord8 8
    AddrRep -> putWord8 9
    FloatRep -> putWord8 10
    DoubleRep -> putWord8 11
    Int8Rep -> putWord8 12
    Word8Rep -> putWord8 13
    Int16Rep -> putWord8 14
    Word16Rep -> putWord8 15
    Int32Rep -> putWord8 16
    Word32Rep -> putWord8 17
  get = do
    tag <- getWord8
    case tag of
      0 -> VecRep <$> get <*> get
      1 -> TupleRep <$> get
      2 -> SumRep <$> get
      3 -> pure LiftedRep
      4 -> pure UnliftedRep
      5 -> pure IntRep
      6 -> pure WordRep
      7 -> pure Int64Rep
      8 -> pure Word64Rep
      9 -> pure AddrRep
      10 -> pure FloatRep
      11 -> pure DoubleRep
      12 -> pure Int8Rep
      13 -> pure Word8Rep
      14 -> pure Int16Rep
      15 -> pure Word16Rep
      16 -> pure Int32Rep
      17 -> pure Word32Rep
      _ -> fail "GHCi.TH.Binary.putRuntimeRep: invalid tag"

instance Binary TypeLitSort where
  put TypeLitSymbol = putWord8 0
  put TypeLitNat = putWord8 1
  get = do
    tag <- getWord8
    case tag of
      0 -> pure TypeLitSymbol
      1 -> pure TypeLitNat
      _ -> fail "GHCi.TH.Binary.putTypeLitSort: invalid tag"

instance Binary KindRep where
  put k = case k of
    KindRepTyConApp tc ks -> putWord8 0 <> put tc <> put ks
    KindRepVar v -> putWord8 1 <> put v
    KindRepApp a b -> putWord8 2 <> put a <> put b
    KindRepFun a b -> putWord8 3 <> put a <> put b
    KindRepTYPE r -> putWord8 4 <> put r
    KindRepTypeLitS s a -> putWord8 5 <> put s <> put (unpackCString# a)
    KindRepTypeLitD s str -> putWord8 5 <> put s <> put str
  get = do
    tag <- getWord8
    case tag of
      0 -> KindRepTyConApp <$> get <*> get
      1 -> KindRepVar <$> get
      2 -> KindRepApp <$> get <*> get
      3 -> KindRepFun <$> get <*> get
      4 -> KindRepTYPE <$> get
      5 -> KindRepTypeLitD <$> get <*> get
      _ -> fail "GHCi.TH.Binary.putKindRep: invalid tag"

instance Binary TyCon where
  put tc =
    put (tyConPackage tc) <> put (tyConModule tc) <> put (tyConName tc)
      <> put (tyConKindArgs tc) <> put (tyConKindRep tc)
  get = mkTyCon <$> get <*> get <*> get <*> get <*> get

-- | binary's putTypeRep (its real name: an internal -O1 code calls).
zz_putTypeRep :: TypeRep a -> Put
zz_putTypeRep rep
  | Just HRefl <- rep `eqTypeRep` (typeRep :: TypeRep Type) = putWord8 0
zz_putTypeRep (Con' tc ks) = putWord8 1 <> put tc <> put ks
zz_putTypeRep (App f x) = putWord8 2 <> zz_putTypeRep f <> zz_putTypeRep x
zz_putTypeRep _ = error "hs2stg: putTypeRep: a TypeRep that is neither Type, a constructor nor an application"

getSomeTypeRep :: Get SomeTypeRep
getSomeTypeRep = do
  tag <- getWord8
  case tag of
    0 -> pure (SomeTypeRep (typeRep :: TypeRep Type))
    1 -> do
      tc <- get
      ks <- get
      pure (SomeTypeRep (mkTrCon tc ks))
    2 -> do
      SomeTypeRep f <- getSomeTypeRep
      SomeTypeRep x <- getSomeTypeRep
      case typeRepKind f of
        Fun arg res -> case arg `eqTypeRep` typeRepKind x of
          Just HRefl -> case typeRepKind res `eqTypeRep` (typeRep :: TypeRep Type) of
            Just HRefl -> pure (SomeTypeRep (mkTrApp f x))
            Nothing -> typeRepFailure "Kind mismatch" []
          Nothing ->
            typeRepFailure "Kind mismatch"
              [ "Found argument of kind:      " ++ show (typeRepKind x),
                "Where the constructor:       " ++ show f,
                "Expects an argument of kind: " ++ show arg ]
        _ ->
          typeRepFailure "Applied non-arrow type"
            ["Applied type: " ++ show f, "To argument:  " ++ show x]
    3 -> do
      SomeTypeRep (arg :: TypeRep a) <- getSomeTypeRep
      SomeTypeRep (res :: TypeRep b) <- getSomeTypeRep
      case typeRepKind arg `eqTypeRep` (typeRep :: TypeRep Type) of
        Just HRefl -> case typeRepKind res `eqTypeRep` (typeRep :: TypeRep Type) of
          Just HRefl -> pure (withTypeable arg (withTypeable res (SomeTypeRep (typeRep :: TypeRep (a -> b)))))
          Nothing -> typeRepFailure "Kind mismatch" []
        Nothing -> typeRepFailure "Kind mismatch" []
    _ -> typeRepFailure "Invalid SomeTypeRep" []

typeRepFailure :: String -> [String] -> Get a
typeRepFailure what info =
  fail (unlines (("GHCi.TH.Binary.getSomeTypeRep: " ++ what) : map ("    " ++) info))

instance Binary SomeTypeRep where
  put (SomeTypeRep rep) = zz_putTypeRep rep
  get = getSomeTypeRep

instance forall k (a :: k). Typeable a => Binary (TypeRep (a :: k)) where
  put = zz_putTypeRep
  get = do
    SomeTypeRep rep <- getSomeTypeRep
    let expected = typeRep :: TypeRep a
    case rep `eqTypeRep` expected of
      Just HRefl -> pure rep
      Nothing ->
        fail
          ( unlines
              [ "GHCi.TH.Binary: Type mismatch",
                "    Deserialized type: " ++ show rep,
                "    Expected type:     " ++ show expected ] )

-- the -O1 workers of these instances (see the end of the module)
zz_zdwzdcget16 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success KindRep r -> I.Decoder r
zz_zdwzdcget16 a c o l k = getW get a c o l k

zz_zdwzdcget20 :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success RuntimeRep r -> I.Decoder r
zz_zdwzdcget20 a c o l k = getW get a c o l k

zz_zdwgetSomeTypeRep :: Addr# -> ForeignPtrContents -> Int# -> Int# -> Success SomeTypeRep r -> I.Decoder r
zz_zdwgetSomeTypeRep a c o l k = getW getSomeTypeRep a c o l k

zz_zdwzdcput13 :: KindRep -> (# (), Builder #)
zz_zdwzdcput13 x = putW (put x)

zz_zdwzdcput17 :: RuntimeRep -> (# (), Builder #)
zz_zdwzdcput17 x = putW (put x)

zz_zdwputTypeRep :: TypeRep a -> (# (), Builder #)
zz_zdwputTypeRep x = putW (zz_putTypeRep x)

zz_zdfBinaryTypeRep2 :: [TypeRep a] -> (# (), Builder #)
zz_zdfBinaryTypeRep2 xs = putW (mapM_ zz_putTypeRep xs)

zz_zdwgo13 :: [KindRep] -> (# (), Builder #)
zz_zdwgo13 xs = putW (mapM_ put xs)

zz_zdwgo16 :: [RuntimeRep] -> (# (), Builder #)
zz_zdwgo16 xs = putW (mapM_ put xs)

zz_zdwgo18 :: [SomeTypeRep] -> (# (), Builder #)
zz_zdwgo18 xs = putW (mapM_ put xs)

zz_zdwgo19 :: [TyCon] -> (# (), Builder #)
zz_zdwgo19 xs = putW (mapM_ put xs)

zz_zdwgo20 :: [TypeLitSort] -> (# (), Builder #)
zz_zdwgo20 xs = putW (mapM_ put xs)

zz_zdwgo21 :: [VecCount] -> (# (), Builder #)
zz_zdwgo21 xs = putW (mapM_ put xs)

zz_zdwgo22 :: [VecElem] -> (# (), Builder #)
zz_zdwgo22 xs = putW (mapM_ put xs)
