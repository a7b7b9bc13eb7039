{-# OPTIONS_GHC -Wno-deprecations #-}
{-# LANGUAGE DefaultSignatures, EmptyCase, FlexibleContexts, GADTs,
             KindSignatures, PolyKinds, TypeOperators,
             MultiParamTypeClasses, FlexibleInstances, MagicHash,
             UnboxedTuples, RankNTypes #-}
-- Clean-room Control.DeepSeq (deepseq-1.4.5.0's API), written from its
-- documentation and from `ghc --show-iface` of the installed interface:
-- class declarations (NFData with a Generic default, NFData1, NFData2),
-- the generic helper class GNFData with its RnfArgs GADT, and the
-- instance list with each instance's context (GHC names the dictionary
-- functions after them, numbering clashes in declaration order:
-- Data.Semigroup's First comes before Data.Monoid's, so it is
-- $fNFDataFirst and the Monoid one $fNFDataFirst0).
module Control.DeepSeq
  ( NFData (rnf),
    deepseq,
    force,
    ($!!),
    (<$!!>),
    rwhnf,
    NFData1 (liftRnf),
    rnf1,
    NFData2 (liftRnf2),
    rnf2,
    -- The internals -O1 user code calls (after the installed interface's
    -- unfoldings); not part of the package's API.
    zz_zdfNFDataVersionzugo,
    zz_zdfNFDataVersionzugo1,
    zz_zdfNFDataSrcLoczugo,
    zz_zdwzdcrnf,
    zz_zdwzdcrnf1,
    zz_zdwzdcliftRnf,
    zz_zdwzdcliftRnf2,
    zz_zdwzlzdznznzg,
    zz_zdfNFData1NonEmptyzuzdcliftRnf1,
    -- the Generic class's method, which our -O1 instance pieces select
    grnf,
  )
where

import GHC.Arr (Array (..))
import GHC.Exts (Array#, Int (I#), Int#)

import Control.Applicative (ZipList (..))
import Control.Concurrent (MVar, ThreadId)
import Data.Complex (Complex (..))
import Data.Fixed (Fixed)
import Data.Functor.Compose (Compose (..))
import Data.Functor.Const (Const (..))
import Data.Functor.Identity (Identity (..))
import qualified Data.Functor.Product as FP
import qualified Data.Functor.Sum as FS
import Data.IORef (IORef)
import Data.Int (Int16, Int32, Int64, Int8)
import Data.List.NonEmpty (NonEmpty (..))
import qualified Data.Monoid as Mon
import Data.Ord (Down (..))
import Data.Proxy (Proxy (..))
import Data.Ratio (denominator, numerator)
import Data.STRef (STRef)
import Data.Semigroup (Arg (..), First (..), Last (..), Max (..), Min (..), Option (..), WrappedMonoid (..))
import Data.Monoid (All (..), Any (..), Dual (..), Product (..), Sum (..))
import Data.Type.Equality ((:~:) (..), (:~~:) (..))
import Data.Typeable (TypeRep, rnfTypeRep)
import Data.Unique (Unique)
import Data.Version (Version (..))
import Data.Void (Void, absurd)
import Data.Word (Word16, Word32, Word64, Word8)
import Foreign.C.Types
import Foreign.Ptr (FunPtr, Ptr)
import GHC.Arr (Array, bounds, elems)
import GHC.Fingerprint.Type (Fingerprint (..))
import GHC.Generics
import GHC.IO (MaskingState (..))
import GHC.IO.Exception (ExitCode (..))
import GHC.Real (Ratio)
import GHC.Stack.Types (CallStack, SrcLoc (..), getCallStack)
import GHC.StableName (StableName)
import Numeric.Natural (Natural)
import Type.Reflection (rnfTyCon)
import Data.Typeable (TyCon)

infixr 0 $!!

infixl 4 <$!!>

-- The generic machinery: the arity index says whether a parameter's rnf is
-- passed along (One, for NFData1's default) or not (Zero, for NFData's).
data Zero

data One

data RnfArgs arity a where
  RnfArgs0 :: RnfArgs Zero a
  RnfArgs1 :: (a -> ()) -> RnfArgs One a

class GNFData arity f where
  grnf :: RnfArgs arity a -> f a -> ()

instance GNFData arity V1 where
  grnf _ v = case v of {}

instance GNFData arity U1 where
  grnf _ U1 = ()

instance NFData a => GNFData arity (K1 i a) where
  grnf _ (K1 x) = rnf x
  {-# INLINEABLE grnf #-}

instance GNFData arity a => GNFData arity (M1 i c a) where
  grnf args (M1 x) = grnf args x

instance (GNFData arity a, GNFData arity b) => GNFData arity (a :*: b) where
  grnf args (x :*: y) = grnf args x `seq` grnf args y

instance (GNFData arity a, GNFData arity b) => GNFData arity (a :+: b) where
  grnf args (L1 x) = grnf args x
  grnf args (R1 y) = grnf args y

instance GNFData arity (URec a) where
  grnf _ u = u `seq` ()

instance GNFData One Par1 where
  grnf (RnfArgs1 r) (Par1 x) = r x

instance NFData1 f => GNFData One (Rec1 f) where
  grnf (RnfArgs1 r) (Rec1 x) = liftRnf r x

instance (NFData1 f, GNFData One g) => GNFData One (f :.: g) where
  grnf args (Comp1 x) = liftRnf (grnf args) x

-- | Fully evaluates its argument.
class NFData a where
  rnf :: a -> ()
  default rnf :: (Generic a, GNFData Zero (Rep a)) => a -> ()
  rnf x = grnf RnfArgs0 (from x)

class NFData1 f where
  liftRnf :: (a -> ()) -> f a -> ()
  default liftRnf :: (Generic1 f, GNFData One (Rep1 f)) => (a -> ()) -> f a -> ()
  liftRnf r x = grnf (RnfArgs1 r) (from1 x)

class NFData2 p where
  liftRnf2 :: (a -> ()) -> (b -> ()) -> p a b -> ()

rnf1 :: (NFData1 f, NFData a) => f a -> ()
rnf1 = liftRnf rnf

rnf2 :: (NFData2 p, NFData a, NFData b) => p a b -> ()
rnf2 = liftRnf2 rnf rnf

-- | Weak-head normal form only.
rwhnf :: a -> ()
rwhnf x = x `seq` ()

deepseq :: NFData a => a -> b -> b
deepseq a b = case rnf a of () -> b

force :: NFData a => a -> a
force x = case rnf x of () -> x

($!!) :: NFData a => (a -> b) -> a -> b
f $!! x = case rnf x of () -> f x

(<$!!>) :: (Monad m, NFData b) => (a -> b) -> m a -> m b
f <$!!> m = m >>= \x -> let y = f x in case rnf y of () -> return y

-- Types whose normal form is their weak-head normal form.
instance NFData Int where rnf = rwhnf
instance NFData Word where rnf = rwhnf
instance NFData Integer where rnf = rwhnf
instance NFData Float where rnf = rwhnf
instance NFData Double where rnf = rwhnf
instance NFData Char where rnf = rwhnf
instance NFData Bool where rnf = rwhnf
instance NFData Ordering where rnf = rwhnf
instance NFData () where rnf = rwhnf
instance NFData Int8 where rnf = rwhnf
instance NFData Int16 where rnf = rwhnf
instance NFData Int32 where rnf = rwhnf
instance NFData Int64 where rnf = rwhnf
instance NFData Word8 where rnf = rwhnf
instance NFData Word16 where rnf = rwhnf
instance NFData Word32 where rnf = rwhnf
instance NFData Word64 where rnf = rwhnf
instance NFData MaskingState where rnf = rwhnf

instance NFData (Proxy a) where rnf Proxy = ()
instance NFData1 Proxy where liftRnf _ Proxy = ()

instance NFData (a :~: b) where rnf = rwhnf
instance NFData1 ((:~:) a) where liftRnf _ = rwhnf
instance NFData2 (:~:) where liftRnf2 _ _ = rwhnf

instance NFData (a :~~: b) where rnf = rwhnf
instance NFData1 ((:~~:) a) where liftRnf _ = rwhnf
instance NFData2 (:~~:) where liftRnf2 _ _ = rwhnf

instance NFData a => NFData (Identity a) where rnf = rnf1
instance NFData1 Identity where liftRnf r (Identity x) = r x

instance NFData Void where rnf = absurd

instance NFData Natural where rnf = rwhnf

instance NFData (Fixed a) where rnf = rwhnf
instance NFData1 Fixed where liftRnf _ = rwhnf

-- Functions are only evaluated to WHNF.
instance NFData (a -> b) where rnf = rwhnf

instance NFData a => NFData (Ratio a) where
  rnf x = rnf (numerator x) `seq` rnf (denominator x)

instance NFData1 Ratio where
  liftRnf r x = r (numerator x) `seq` r (denominator x)

instance (NFData1 f, NFData1 g) => NFData1 (Compose f g) where
  liftRnf r (Compose x) = liftRnf (liftRnf r) x

instance (NFData1 f, NFData1 g, NFData a) => NFData (Compose f g a) where
  rnf = rnf1

instance (NFData1 f, NFData1 g) => NFData1 (FS.Sum f g) where
  liftRnf r (FS.InL x) = liftRnf r x
  liftRnf r (FS.InR y) = liftRnf r y

instance (NFData1 f, NFData1 g, NFData a) => NFData (FS.Sum f g a) where
  rnf = rnf1

instance (NFData1 f, NFData1 g) => NFData1 (FP.Product f g) where
  liftRnf r (FP.Pair x y) = liftRnf r x `seq` liftRnf r y

instance (NFData1 f, NFData1 g, NFData a) => NFData (FP.Product f g a) where
  rnf = rnf1

instance NFData a => NFData (Complex a) where
  rnf (x :+ y) = rnf x `seq` rnf y

instance NFData a => NFData (Maybe a) where rnf = rnf1
instance NFData1 Maybe where
  liftRnf _ Nothing = ()
  liftRnf r (Just x) = r x

instance (NFData a, NFData b) => NFData (Either a b) where rnf = rnf2
instance NFData a => NFData1 (Either a) where liftRnf = liftRnf2 rnf
instance NFData2 Either where
  liftRnf2 l _ (Left x) = l x
  liftRnf2 _ r (Right y) = r y

instance NFData Version where
  rnf (Version branch tags) = rnf branch `seq` rnf tags

instance NFData a => NFData [a] where rnf = rnf1
instance NFData1 [] where
  liftRnf r = go
    where
      go [] = ()
      go (x : xs) = r x `seq` go xs

instance NFData a => NFData (ZipList a) where rnf = rnf1
instance NFData1 ZipList where liftRnf r (ZipList xs) = liftRnf r xs

instance NFData a => NFData (Const a b) where rnf (Const x) = rnf x
instance NFData a => NFData1 (Const a) where liftRnf _ (Const x) = rnf x
instance NFData2 Const where liftRnf2 r _ (Const x) = r x

instance (NFData a, NFData b) => NFData (Array a b) where
  rnf x = rnf (bounds x) `seq` rnf (elems x)

instance NFData a => NFData1 (Array a) where
  liftRnf r x = rnf (bounds x) `seq` liftRnf r (elems x)

instance NFData2 Array where
  liftRnf2 r r' x = liftRnf2 r r (bounds x) `seq` liftRnf r' (elems x)

instance NFData a => NFData (Down a) where rnf = rnf1
instance NFData1 Down where liftRnf r (Down x) = r x

instance NFData a => NFData (Dual a) where rnf = rnf1
instance NFData1 Dual where liftRnf r (Dual x) = r x

instance NFData a => NFData (Mon.First a) where rnf = rnf1
instance NFData1 Mon.First where liftRnf r (Mon.First x) = liftRnf r x

instance NFData a => NFData (Mon.Last a) where rnf = rnf1
instance NFData1 Mon.Last where liftRnf r (Mon.Last x) = liftRnf r x

instance NFData Any where rnf = rnf . getAny
instance NFData All where rnf = rnf . getAll

instance NFData a => NFData (Sum a) where rnf = rnf1
instance NFData1 Sum where liftRnf r (Sum x) = r x

instance NFData a => NFData (Product a) where rnf = rnf1
instance NFData1 Product where liftRnf r (Product x) = r x

instance NFData (StableName a) where rnf = rwhnf
instance NFData1 StableName where liftRnf _ = rwhnf

instance NFData ThreadId where rnf = rwhnf

instance NFData Unique where rnf = rwhnf

instance NFData TypeRep where rnf = rnfTypeRep

instance NFData TyCon where rnf = rnfTyCon

instance NFData (IORef a) where rnf = rwhnf
instance NFData (STRef s a) where rnf = rwhnf
instance NFData (MVar a) where rnf = rwhnf
instance NFData1 IORef where liftRnf _ = rwhnf
instance NFData1 (STRef s) where liftRnf _ = rwhnf
instance NFData2 STRef where liftRnf2 _ _ = rwhnf
instance NFData1 MVar where liftRnf _ = rwhnf

instance NFData ExitCode where
  rnf (ExitFailure n) = rnf n
  rnf ExitSuccess = ()

instance NFData a => NFData (NonEmpty a) where rnf = rnf1
instance NFData1 NonEmpty where
  liftRnf r (x :| xs) = r x `seq` liftRnf r xs

instance NFData a => NFData (Min a) where rnf = rnf1
instance NFData1 Min where liftRnf r (Min x) = r x

instance NFData a => NFData (Max a) where rnf = rnf1
instance NFData1 Max where liftRnf r (Max x) = r x

instance (NFData a, NFData b) => NFData (Arg a b) where rnf = rnf2
instance NFData a => NFData1 (Arg a) where liftRnf = liftRnf2 rnf
instance NFData2 Arg where
  liftRnf2 r r' (Arg a b) = r a `seq` r' b

instance NFData a => NFData (First a) where rnf = rnf1
instance NFData1 First where liftRnf r (First x) = r x

instance NFData a => NFData (Last a) where rnf = rnf1
instance NFData1 Last where liftRnf r (Last x) = r x

instance NFData m => NFData (WrappedMonoid m) where rnf = rnf1
instance NFData1 WrappedMonoid where liftRnf r (WrapMonoid x) = r x

instance NFData a => NFData (Option a) where rnf = rnf1
instance NFData1 Option where liftRnf r (Option x) = liftRnf r x

instance NFData SrcLoc where
  rnf (SrcLoc a b c d e f g) =
    rnf a `seq` rnf b `seq` rnf c `seq` rnf d `seq` rnf e `seq` rnf f `seq` rnf g

instance NFData CallStack where
  rnf cs = rnf (getCallStack cs)

instance NFData (Ptr a) where rnf = rwhnf
instance NFData1 Ptr where liftRnf _ = rwhnf
instance NFData (FunPtr a) where rnf = rwhnf
instance NFData1 FunPtr where liftRnf _ = rwhnf

instance NFData CChar where rnf = rwhnf
instance NFData CSChar where rnf = rwhnf
instance NFData CUChar where rnf = rwhnf
instance NFData CShort where rnf = rwhnf
instance NFData CUShort where rnf = rwhnf
instance NFData CInt where rnf = rwhnf
instance NFData CUInt where rnf = rwhnf
instance NFData CLong where rnf = rwhnf
instance NFData CULong where rnf = rwhnf
instance NFData CPtrdiff where rnf = rwhnf
instance NFData CSize where rnf = rwhnf
instance NFData CWchar where rnf = rwhnf
instance NFData CSigAtomic where rnf = rwhnf
instance NFData CLLong where rnf = rwhnf
instance NFData CULLong where rnf = rwhnf
instance NFData CIntPtr where rnf = rwhnf
instance NFData CUIntPtr where rnf = rwhnf
instance NFData CIntMax where rnf = rwhnf
instance NFData CUIntMax where rnf = rwhnf
instance NFData CClock where rnf = rwhnf
instance NFData CTime where rnf = rwhnf
instance NFData CUSeconds where rnf = rwhnf
instance NFData CSUSeconds where rnf = rwhnf
instance NFData CFloat where rnf = rwhnf
instance NFData CDouble where rnf = rwhnf
instance NFData CFile where rnf = rwhnf
instance NFData CFpos where rnf = rwhnf
instance NFData CJmpBuf where rnf = rwhnf
instance NFData CBool where rnf = rwhnf

instance NFData Fingerprint where
  rnf (Fingerprint _ _) = ()

-- Tuples: every component, left to right.
instance (NFData a, NFData b) => NFData (a, b) where rnf = rnf2
instance NFData a => NFData1 ((,) a) where liftRnf = liftRnf2 rnf
instance NFData2 (,) where
  liftRnf2 r s (x, y) = r x `seq` s y

instance (NFData a1, NFData a2, NFData a3) => NFData (a1, a2, a3) where rnf = rnf2
instance (NFData a1, NFData a2) => NFData1 ((,,) a1 a2) where liftRnf = liftRnf2 rnf
instance NFData a1 => NFData2 ((,,) a1) where
  liftRnf2 r s (x1, x2, x3) = rnf x1 `seq` r x2 `seq` s x3

instance (NFData a1, NFData a2, NFData a3, NFData a4) => NFData (a1, a2, a3, a4) where rnf = rnf2
instance (NFData a1, NFData a2, NFData a3) => NFData1 ((,,,) a1 a2 a3) where liftRnf = liftRnf2 rnf
instance (NFData a1, NFData a2) => NFData2 ((,,,) a1 a2) where
  liftRnf2 r s (x1, x2, x3, x4) = rnf x1 `seq` rnf x2 `seq` r x3 `seq` s x4

instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5) => NFData (a1, a2, a3, a4, a5) where rnf = rnf2
instance (NFData a1, NFData a2, NFData a3, NFData a4) => NFData1 ((,,,,) a1 a2 a3 a4) where liftRnf = liftRnf2 rnf
instance (NFData a1, NFData a2, NFData a3) => NFData2 ((,,,,) a1 a2 a3) where
  liftRnf2 r s (x1, x2, x3, x4, x5) = rnf x1 `seq` rnf x2 `seq` rnf x3 `seq` r x4 `seq` s x5

instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5, NFData a6) => NFData (a1, a2, a3, a4, a5, a6) where rnf = rnf2
instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5) => NFData1 ((,,,,,) a1 a2 a3 a4 a5) where liftRnf = liftRnf2 rnf
instance (NFData a1, NFData a2, NFData a3, NFData a4) => NFData2 ((,,,,,) a1 a2 a3 a4) where
  liftRnf2 r s (x1, x2, x3, x4, x5, x6) =
    rnf x1 `seq` rnf x2 `seq` rnf x3 `seq` rnf x4 `seq` r x5 `seq` s x6

instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5, NFData a6, NFData a7) => NFData (a1, a2, a3, a4, a5, a6, a7) where rnf = rnf2
instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5, NFData a6) => NFData1 ((,,,,,,) a1 a2 a3 a4 a5 a6) where liftRnf = liftRnf2 rnf
instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5) => NFData2 ((,,,,,,) a1 a2 a3 a4 a5) where
  liftRnf2 r s (x1, x2, x3, x4, x5, x6, x7) =
    rnf x1 `seq` rnf x2 `seq` rnf x3 `seq` rnf x4 `seq` rnf x5 `seq` r x6 `seq` s x7

instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5, NFData a6, NFData a7, NFData a8) => NFData (a1, a2, a3, a4, a5, a6, a7, a8) where rnf = rnf2
instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5, NFData a6, NFData a7) => NFData1 ((,,,,,,,) a1 a2 a3 a4 a5 a6 a7) where liftRnf = liftRnf2 rnf
instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5, NFData a6) => NFData2 ((,,,,,,,) a1 a2 a3 a4 a5 a6) where
  liftRnf2 r s (x1, x2, x3, x4, x5, x6, x7, x8) =
    rnf x1 `seq` rnf x2 `seq` rnf x3 `seq` rnf x4 `seq` rnf x5 `seq` rnf x6 `seq` r x7 `seq` s x8

instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5, NFData a6, NFData a7, NFData a8, NFData a9) => NFData (a1, a2, a3, a4, a5, a6, a7, a8, a9) where rnf = rnf2
instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5, NFData a6, NFData a7, NFData a8) => NFData1 ((,,,,,,,,) a1 a2 a3 a4 a5 a6 a7 a8) where liftRnf = liftRnf2 rnf
instance (NFData a1, NFData a2, NFData a3, NFData a4, NFData a5, NFData a6, NFData a7) => NFData2 ((,,,,,,,,) a1 a2 a3 a4 a5 a6 a7) where
  liftRnf2 r s (x1, x2, x3, x4, x5, x6, x7, x8, x9) =
    rnf x1 `seq` rnf x2 `seq` rnf x3 `seq` rnf x4 `seq` rnf x5 `seq` rnf x6 `seq` rnf x7 `seq` r x8 `seq` s x9

-- -O1 internals ----------------------------------------------------------------
-- Workers of GHC's -O1 build (Array's take its unpacked fields; <$!!>'s the
-- Monad's Applicative and >>=) and the loops the unfoldings call.

zz_zdfNFDataVersionzugo :: [[Char]] -> ()
zz_zdfNFDataVersionzugo = rnf

zz_zdfNFDataVersionzugo1 :: [Int] -> ()
zz_zdfNFDataVersionzugo1 = rnf

zz_zdfNFDataSrcLoczugo :: [Char] -> ()
zz_zdfNFDataSrcLoczugo = rnf

-- SrcLoc's rnf after its Int fields were evaluated: the three strings.
zz_zdwzdcrnf1 :: [Char] -> [Char] -> [Char] -> ()
zz_zdwzdcrnf1 a b c = rnf a `seq` rnf b `seq` rnf c

zz_zdwzdcrnf :: (NFData a, NFData b) => a -> a -> Int# -> Array# b -> ()
zz_zdwzdcrnf l u n arr = rnf (Array l u (I# n) arr)

zz_zdwzdcliftRnf :: NFData a => (b -> ()) -> a -> a -> Int# -> Array# b -> ()
zz_zdwzdcliftRnf r l u n arr = liftRnf r (Array l u (I# n) arr)

zz_zdwzdcliftRnf2 :: (a -> ()) -> (b -> ()) -> a -> a -> Int# -> Array# b -> ()
zz_zdwzdcliftRnf2 r r' l u n arr = liftRnf2 r r' (Array l u (I# n) arr)

zz_zdwzlzdznznzg ::
  Applicative m => (forall x y. m x -> (x -> m y) -> m y) -> NFData b => (a -> b) -> m a -> m b
zz_zdwzlzdznznzg bind f m = bind m (\x -> let y = f x in case rnf y of () -> pure y)

-- Not a method despite its name: the list's liftRnf, which NonEmpty's uses.
zz_zdfNFData1NonEmptyzuzdcliftRnf1 :: (a -> ()) -> [a] -> ()
zz_zdfNFData1NonEmptyzuzdcliftRnf1 = liftRnf
