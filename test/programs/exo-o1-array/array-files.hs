{-# LANGUAGE FlexibleContexts, ScopedTypeVariables #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- Sensor frames kept in unboxed and storable arrays: frames are compared
-- and shown (UArray's Eq/Ord/Show taken as records), mutable frames compared
-- by identity (STUArray/IOUArray Eq), reinterpreted (castIOUArray), written
-- to a file and read back with hPutArray/hGetArray, and handed to foreign
-- code as StorableArrays; boxed IOArray/STArray frames are built through
-- the MArray methods taken as records. Compiled without library inlining.
import Data.Array.Base
import Data.Array.IO
import Data.Array.ST
import Data.Array.Unboxed
import Data.Array.Storable
import Data.Array.Unsafe (castIOUArray, unsafeForeignPtrToStorableArray)
import Control.Monad.ST
import Data.Int
import Data.Word
import System.IO
import Foreign.Ptr
import Foreign.Storable
import Foreign.ForeignPtr

data Rel a = Rel { req, rne, rlt, rle, rgt, rge :: a -> a -> Bool, rcmp :: a -> a -> Ordering, rmax, rmin :: a -> a -> a, rshow :: a -> String, rshows :: Int -> a -> ShowS, rlist :: [a] -> ShowS }

{-# INLINE relOf #-}
relOf :: (Ord a, Show a) => Rel a
relOf = Rel (==) (/=) (<) (<=) (>) (>=) compare max min show showsPrec showList

{-# NOINLINE judge #-}
judge :: Rel a -> a -> a -> String
judge r a b = unwords [rshow r a, rshows r 11 b "", rlist r [a, b] ""] ++ " " ++ show ([req r a b, rne r a b, rlt r a b, rle r a b, rgt r a b, rge r a b], rcmp r a b) ++ " " ++ rshow r (rmax r a b) ++ " " ++ rshow r (rmin r a b)

{-# INLINE frames #-}
frames :: forall e. (IArray UArray e, Ord e, Show e) => (Int -> e) -> IO ()
frames f = do
  let a = listArray (0, 3) (map f [1, 5, 2, 8]) :: UArray Int e
      b = a // [(2, f 3)]
  putStrLn (judge relOf a b)
  putStrLn (judge relOf b b)

data Boxed a e m = Boxed { bNew :: (Int, Int) -> e -> m (a Int e), bNew_ :: (Int, Int) -> m (a Int e), bUnsafeNew :: (Int, Int) -> m (a Int e) }

{-# INLINE boxedOf #-}
boxedOf :: MArray a e m => Boxed a e m
boxedOf = Boxed newArray newArray_ unsafeNewArray_

{-# NOINLINE fill #-}
fill :: MArray a e m => Boxed a e m -> e -> m [e]
fill bx e = do
  x <- bNew bx (0, 2) e
  y <- bNew_ bx (0, 1)
  z <- bUnsafeNew bx (0, 1)
  writeArray y 0 e >> writeArray y 1 e >> writeArray z 0 e >> writeArray z 1 e
  mapM (\(arr, i) -> readArray arr i) [(x, 0), (x, 2), (y, 1), (z, 0)]

main :: IO ()
main = do
  frames (fromIntegral :: Int -> Int)
  frames (fromIntegral :: Int -> Word8)
  frames (\i -> fromIntegral i / 2 :: Double)
  frames (\i -> toEnum (64 + i) :: Char)
  frames even
  frames (fromIntegral :: Int -> Int32)
  -- mutable frames are equal only to themselves
  print (runST (do { p <- newArray (0, 3) 0 :: ST s (STUArray s Int Int); q <- newArray (0, 3) 0; return (p == p, p == q, p /= q) }))
  m1 <- newListArray (0, 3) [1, 2, 3, 4] :: IO (IOUArray Int Int32)
  m2 <- newListArray (0, 3) [1, 2, 3, 4] :: IO (IOUArray Int Int32)
  print (m1 == m1, m1 == m2, m1 /= m2)
  w <- castIOUArray m1 :: IO (IOUArray Int Word32)
  writeArray w 1 maxBound
  getElems m1 >>= print
  -- the frame on disk
  bytes <- newListArray (0, 7) [72, 105, 33, 10, 0, 255, 128, 7] :: IO (IOUArray Int Word8)
  withBinaryFile "frame.bin" WriteMode (\h -> hPutArray h bytes 8)
  back <- newArray (0, 9) 0 :: IO (IOUArray Int Word8)
  n <- withBinaryFile "frame.bin" ReadMode (\h -> hGetArray h back 10)
  getElems back >>= \es -> print (n, es)
  -- storable frames handed to "foreign" code
  s <- newListArray (1, 4) [10, 20, 30, 40] :: IO (StorableArray Int Int64)
  total <- withStorableArray s (\p -> sum <$> mapM (peekElemOff p) [0 .. 3])
  withStorableArray s (\p -> pokeElemOff p 2 99)
  touchStorableArray s
  getElems s >>= \es -> print (total, es)
  fp <- mallocForeignPtrArray 3 :: IO (ForeignPtr Int16)
  withForeignPtr fp (\p -> mapM_ (\i -> pokeElemOff p i (fromIntegral (i * 7))) [0 .. 2])
  u <- unsafeForeignPtrToStorableArray fp (0, 2) :: IO (StorableArray Int Int16)
  getElems u >>= print
  getBounds u >>= print
  -- boxed frames through the MArray methods
  xs <- fill (boxedOf :: Boxed IOArray String IO) "io"
  print (xs, runST (fill (boxedOf :: Boxed (STArray s) Char (ST s)) 'z'), runST (fill (boxedOf :: Boxed (STUArray s) Int (ST s)) 3))
