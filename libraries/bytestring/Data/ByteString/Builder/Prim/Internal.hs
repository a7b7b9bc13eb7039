{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- hs2stg: clean-room Data.ByteString.Builder.Prim.Internal
-- (bytestring-0.10.12.1), from its documented API and `ghc --show-iface`:
-- a FixedPrim writes exactly its size in bytes, a BoundedPrim at most its
-- bound and gives the address after what it wrote (the real layouts: `FP`
-- and `BP`, the Int UNPACKed).
module Data.ByteString.Builder.Prim.Internal
  ( Size, FixedPrim, fixedPrim, size, runF, emptyF, contramapF, pairF, storableToF
  , BoundedPrim, boundedPrim, boudedPrim, sizeBound, runB, emptyB, contramapB, pairB
  , toB, liftFixedToBounded, eitherB, condB
  , (>$<), (>*<)
  -- hs2stg
  , writeBytes
  ) where

import Data.Word (Word8)
import Foreign.Ptr (Ptr, plusPtr, castPtr)
import Foreign.Storable (Storable (..))
import Data.ByteString.Internal (pokeW8)

type Size = Int

data FixedPrim a = FP {-# UNPACK #-} !Int (a -> Ptr Word8 -> IO ())

data BoundedPrim a = BP {-# UNPACK #-} !Int (a -> Ptr Word8 -> IO (Ptr Word8))

class Contravariant f where
  contramap :: (b -> a) -> f a -> f b

class Monoidal f where
  pair :: f a -> f b -> f (a, b)

instance Contravariant FixedPrim where
  contramap = contramapF

instance Contravariant BoundedPrim where
  contramap = contramapB

instance Monoidal FixedPrim where
  pair = pairF

instance Monoidal BoundedPrim where
  pair = pairB

infixl 4 >$<
infixr 5 >*<

(>$<) :: Contravariant f => (b -> a) -> f a -> f b
(>$<) = contramap

(>*<) :: Monoidal f => f a -> f b -> f (a, b)
(>*<) = pair

fixedPrim :: Int -> (a -> Ptr Word8 -> IO ()) -> FixedPrim a
fixedPrim = FP

size :: FixedPrim a -> Int
size (FP n _) = n

runF :: FixedPrim a -> a -> Ptr Word8 -> IO ()
runF (FP _ io) = io

emptyF :: FixedPrim a
emptyF = FP 0 (\_ _ -> return ())

contramapF :: (b -> a) -> FixedPrim a -> FixedPrim b
contramapF f (FP n io) = FP n (io . f)

pairF :: FixedPrim a -> FixedPrim b -> FixedPrim (a, b)
pairF (FP n1 io1) (FP n2 io2) = FP (n1 + n2) (\(x, y) p -> io1 x p >> io2 y (p `plusPtr` n1))

-- | Writes a Storable value as poke does.
storableToF :: Storable a => FixedPrim a
storableToF = make undefined
  where
    make :: Storable a => a -> FixedPrim a
    make x = FP (sizeOf x) (\v p -> poke (castPtr p) v)

boundedPrim :: Int -> (a -> Ptr Word8 -> IO (Ptr Word8)) -> BoundedPrim a
boundedPrim = BP

-- | The real package's misspelt alias of boundedPrim.
boudedPrim :: Int -> (a -> Ptr Word8 -> IO (Ptr Word8)) -> BoundedPrim a
boudedPrim = BP

sizeBound :: BoundedPrim a -> Int
sizeBound (BP n _) = n

runB :: BoundedPrim a -> a -> Ptr Word8 -> IO (Ptr Word8)
runB (BP _ io) = io

emptyB :: BoundedPrim a
emptyB = BP 0 (\_ p -> return p)

contramapB :: (b -> a) -> BoundedPrim a -> BoundedPrim b
contramapB f (BP n io) = BP n (io . f)

pairB :: BoundedPrim a -> BoundedPrim b -> BoundedPrim (a, b)
pairB (BP n1 io1) (BP n2 io2) = BP (n1 + n2) (\(x, y) p -> io1 x p >>= io2 y)

toB :: FixedPrim a -> BoundedPrim a
toB (FP n io) = BP n (\x p -> io x p >> return (p `plusPtr` n))

liftFixedToBounded :: FixedPrim a -> BoundedPrim a
liftFixedToBounded = toB

-- | The bound is the larger of the two.
eitherB :: BoundedPrim a -> BoundedPrim b -> BoundedPrim (Either a b)
eitherB (BP n1 io1) (BP n2 io2) = BP (max n1 n2) (\e p -> either (`io1` p) (`io2` p) e)

condB :: (a -> Bool) -> BoundedPrim a -> BoundedPrim a -> BoundedPrim a
condB c (BP n1 io1) (BP n2 io2) = BP (max n1 n2) (\x p -> if c x then io1 x p else io2 x p)

-- | Writes the bytes and gives the address after them.
writeBytes :: [Word8] -> Ptr Word8 -> IO (Ptr Word8)
writeBytes [] p = return p
writeBytes (w : ws) p = pokeW8 p 0 w >> writeBytes ws (p `plusPtr` 1)
