{-# LANGUAGE RankNTypes, FlexibleContexts, QuantifiedConstraints, ScopedTypeVariables #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- Histograms, prefix sums and in-place sieves over unboxed arrays of every
-- element type (Bool, Char, Int, Word, Double, Float, IntN, WordN, Ptr,
-- FunPtr, StablePtr): the IArray methods of UArray and the MArray methods of
-- STUArray and IOUArray are taken as records at each element type (values
-- and applied), so -O1 code calls each instance's own methods; the work
-- itself is written once over the records.
import Data.Array.Base
import Data.Array.ST
import Data.Array.IO
import Data.Array.Unboxed
import Control.Monad.ST
import Data.Int
import Data.Word
import Foreign.Ptr
import Foreign.StablePtr

data IA e = IA
  { iBounds :: UArray Int e -> (Int, Int)
  , iNum :: UArray Int e -> Int
  , iArray :: (Int, Int) -> [(Int, e)] -> UArray Int e
  , iAt :: UArray Int e -> Int -> e
  , iReplace :: UArray Int e -> [(Int, e)] -> UArray Int e
  , iAccum :: (e -> e -> e) -> UArray Int e -> [(Int, e)] -> UArray Int e
  , iAccumArray :: (e -> e -> e) -> e -> (Int, Int) -> [(Int, e)] -> UArray Int e }

data MA a e m = MA
  { mBounds :: a Int e -> m (Int, Int)
  , mNum :: a Int e -> m Int
  , mNew :: (Int, Int) -> e -> m (a Int e)
  , mNew_ :: (Int, Int) -> m (a Int e)
  , mUnsafeNew :: (Int, Int) -> m (a Int e)
  , mRead :: a Int e -> Int -> m e
  , mWrite :: a Int e -> Int -> e -> m () }

{-# INLINE iaOf #-}
iaOf :: IArray UArray e => Bool -> IA e
iaOf True = IA bounds numElements unsafeArray unsafeAt unsafeReplace unsafeAccum unsafeAccumArray
iaOf False = IA (\a -> bounds a) (\a -> numElements a) (\b ies -> unsafeArray b ies) (\a i -> unsafeAt a i)
                (\a ies -> unsafeReplace a ies) (\f a ies -> unsafeAccum f a ies) (\f z b ies -> unsafeAccumArray f z b ies)

{-# INLINE maOf #-}
maOf :: MArray a e m => Bool -> MA a e m
maOf True = MA getBounds getNumElements newArray newArray_ unsafeNewArray_ unsafeRead unsafeWrite
maOf False = MA (\a -> getBounds a) (\a -> getNumElements a) (\b e -> newArray b e) (\b -> newArray_ b) (\b -> unsafeNewArray_ b)
                (\a i -> unsafeRead a i) (\a i e -> unsafeWrite a i e)

-- One element type: its conversions from Int and to text.
data Kind e = Kind { name :: String, mk :: Int -> e, sh :: e -> String, plus :: e -> e -> e }

-- The immutable work: a histogram of residues, replaced and accumulated.
{-# NOINLINE immutable #-}
immutable :: Kind e -> IA e -> String
immutable k ia =
  let n = 8
      base = iArray ia (0, n - 1) [(i, mk k (i * 3)) | i <- [0 .. n - 1]]
      hist = iAccumArray ia (plus k) (mk k 0) (0, 3) [(i `mod` 4, mk k i) | i <- [1 .. 10]]
      repl = iReplace ia base [(2, mk k 100), (5, mk k 7)]
      acc = iAccum ia (plus k) repl [(0, mk k 1), (0, mk k 1), (7, mk k 2)]
   in name k ++ ": " ++ show (iBounds ia base, iNum ia hist) ++ " " ++ unwords (map (sh k . iAt ia acc) [0 .. n - 1])
        ++ " | " ++ unwords (map (sh k . iAt ia hist) [0 .. 3])

-- The mutable work: a running sum written in place, then read back.
{-# NOINLINE mutable #-}
mutable :: Monad m => Kind e -> MA a e m -> m String
mutable k ma = do
  a <- mNew ma (1, 6) (mk k 1)
  b <- mNew_ ma (0, 2)
  c <- mUnsafeNew ma (0, 1)
  mapM_ (\i -> mRead ma a (i - 2) >>= \x -> mRead ma a (i - 1) >>= \y -> mWrite ma a (i - 1) (plus k x y)) [2 .. 6]
  mapM_ (\i -> mWrite ma b i (mk k (i + 40))) [0 .. 2]
  mapM_ (\i -> mWrite ma c i (mk k (i * 9))) [0, 1]
  bs <- mBounds ma a
  n <- mNum ma b
  xs <- mapM (mRead ma a) [0 .. 5]
  ys <- mapM (mRead ma b) [0 .. 2]
  zs <- mapM (mRead ma c) [0, 1]
  return (show (bs, n) ++ " " ++ unwords (map (sh k) (xs ++ ys ++ zs)))

{-# INLINE runKind #-}
runKind :: forall e. (IArray UArray e, (forall s. MArray (STUArray s) e (ST s)), MArray IOUArray e IO) => Kind e -> IO ()
runKind k = do
  putStrLn (immutable k (iaOf True))
  putStrLn (immutable k (iaOf False))
  putStrLn ("  ST " ++ stRun k True ++ " / " ++ stRun k False)
  r1 <- mutable k (maOf True :: MA IOUArray e IO)
  r2 <- mutable k (maOf False :: MA IOUArray e IO)
  putStrLn ("  IO " ++ r1 ++ " / " ++ r2)

{-# INLINE stRun #-}
stRun :: forall e. (forall s. MArray (STUArray s) e (ST s)) => Kind e -> Bool -> String
stRun k b = runST go
  where
    go :: forall s. ST s String
    go = mutable k (maOf b :: MA (STUArray s) e (ST s))

num :: (Show e, Num e) => String -> (Int -> e) -> Kind e
num n f = Kind n f show (+)

main :: IO ()
main = do
  runKind (Kind "Bool" odd show (/=))
  runKind (Kind "Char" (\i -> toEnum (97 + i `mod` 26)) (: []) max)
  runKind (num "Int" id)
  runKind (num "Word" (fromIntegral :: Int -> Word))
  runKind (num "Double" (\i -> fromIntegral i / 4 :: Double))
  runKind (num "Float" (\i -> fromIntegral i * 1.5 :: Float))
  runKind (num "Int8" (\i -> fromIntegral (i * 37) :: Int8))
  runKind (num "Int16" (\i -> fromIntegral (i * 9001) :: Int16))
  runKind (num "Int32" (\i -> fromIntegral (i * 100003) :: Int32))
  runKind (num "Int64" (\i -> fromIntegral i * 10 ^ 12 :: Int64))
  runKind (num "Word8" (\i -> fromIntegral (i * 37) :: Word8))
  runKind (num "Word16" (\i -> fromIntegral (i * 9001) :: Word16))
  runKind (num "Word32" (\i -> fromIntegral (i * 1000003) :: Word32))
  runKind (num "Word64" (\i -> fromIntegral i * 10 ^ 15 :: Word64))
  runKind (Kind "Ptr" (\i -> nullPtr `plusPtr` (i * 8)) (\p -> show (p `minusPtr` nullPtr)) (\p q -> p `plusPtr` (q `minusPtr` nullPtr)))
  runKind (Kind "FunPtr" (\i -> castPtrToFunPtr (nullPtr `plusPtr` i) :: FunPtr (IO ())) (\p -> show (castFunPtrToPtr p `minusPtr` nullPtr)) const)
  runKind (Kind "StablePtr" (\i -> castPtrToStablePtr (nullPtr `plusPtr` i) :: StablePtr ()) (\p -> show (castStablePtrToPtr p `minusPtr` nullPtr)) (\_ q -> q))
