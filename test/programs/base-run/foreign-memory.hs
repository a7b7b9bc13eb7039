-- Foreign memory as FFI-style code uses it: alloca/malloc/calloc of every
-- Storable type, peek/poke at offsets, arrays (peekArray, pokeArray,
-- withArrayLen, advancePtr), copy/move/fill, C strings, Ptr arithmetic,
-- ForeignPtr with finalizers, StablePtr round trips.
import Control.Monad
import Data.Int
import Data.Word
import Foreign
import Foreign.Ptr (ptrToIntPtr, intPtrToPtr)
import Foreign.C.String
import Foreign.C.Types
import Foreign.Marshal.Utils (copyBytes, fillBytes, moveBytes, with, new, fromBool, toBool)

{-# NOINLINE roundTrip #-}
roundTrip :: (Storable a, Show a) => String -> [a] -> IO ()
roundTrip name xs = do
  let n = length xs
      sz = sizeOf (head xs)
  putStrLn (name ++ ": sizeOf=" ++ show sz ++ " alignment=" ++ show (alignment (head xs)))
  allocaArray n $ \p -> do
    pokeArray p xs
    ys <- peekArray n p
    zs <- mapM (peekElemOff p) [0 .. n - 1]
    b <- peekByteOff p sz `asTypeOf` peek p
    q <- return (advancePtr p 1)
    c <- peek q
    putStrLn ("  " ++ show ys ++ " " ++ show (map show ys == map show zs) ++ " " ++ show b ++ " " ++ show c)
  alloca $ \p -> do
    forM_ xs $ \x -> poke p x >> peek p >>= \y -> when (show y /= show x) (putStrLn "mismatch")
    putStrLn ("  alloca ok " ++ show (p == p, nullPtr == (nullPtr `asTypeOf` p)))
  withArrayLen xs $ \len p -> do
    pokeElemOff p 0 (last xs)
    ys <- peekArray len p
    putStrLn ("  withArrayLen " ++ show len ++ " " ++ show ys)
  with (head xs) $ \p -> peek p >>= \v -> putStrLn ("  with " ++ show v)

main :: IO ()
main = do
  roundTrip "Int" [1, -2, maxBound, minBound :: Int]
  roundTrip "Int8" [1, -2, maxBound, minBound :: Int8]
  roundTrip "Int16" [1, -2, maxBound, minBound :: Int16]
  roundTrip "Int32" [1, -2, maxBound, minBound :: Int32]
  roundTrip "Int64" [1, -2, maxBound, minBound :: Int64]
  roundTrip "Word" [1, 2, maxBound :: Word]
  roundTrip "Word8" [1, 2, maxBound :: Word8]
  roundTrip "Word16" [1, 2, maxBound :: Word16]
  roundTrip "Word32" [1, 2, maxBound :: Word32]
  roundTrip "Word64" [1, 2, maxBound :: Word64]
  roundTrip "Double" [1.5, -2.25e100, 0 :: Double]
  roundTrip "Float" [1.5, -2.25e10, 0 :: Float]
  roundTrip "Char" "a\955\1114111"
  roundTrip "Bool" [True, False, True]
  roundTrip "CInt" [1, -2, 3 :: CInt]
  roundTrip "CChar" [65, 66 :: CChar]
  roundTrip "CUChar" [200, 1 :: CUChar]
  roundTrip "CShort" [-300, 7 :: CShort]
  roundTrip "CUShort" [60000, 7 :: CUShort]
  roundTrip "CLong" [-30000000000, 7 :: CLong]
  roundTrip "CULong" [30000000000, 7 :: CULong]
  roundTrip "CLLong" [-1, 7 :: CLLong]
  roundTrip "CSize" [4096, 7 :: CSize]
  roundTrip "CDouble" [0.5, 7 :: CDouble]
  roundTrip "CFloat" [0.25, 7 :: CFloat]
  roundTrip "Ptr" [nullPtr `plusPtr` 16, nullPtr :: Ptr Int]
  roundTrip "FunPtr" [nullFunPtr, castPtrToFunPtr (nullPtr `plusPtr` 8) :: FunPtr (IO ())]
  -- bytes
  buf <- mallocBytes 16 :: IO (Ptr Word8)
  fillBytes buf 0xAB 16
  pokeByteOff buf 3 (0x11 :: Word8)
  poke (castPtr buf `plusPtr` 4) (0x01020304 :: Word32)
  bs <- peekArray 16 buf
  print bs
  moveBytes (buf `plusPtr` 1) buf 8
  copyBytes (buf `plusPtr` 10) buf 4
  peekArray 16 buf >>= print
  w <- peek (castPtr buf :: Ptr Word64)
  print (w, minusPtr (buf `plusPtr` 12) buf, alignPtr (nullPtr `plusPtr` 13 :: Ptr Int64) 8, ptrToIntPtr (nullPtr `plusPtr` 42), intPtrToPtr 64 == (nullPtr `plusPtr` 64 :: Ptr ()))
  buf2 <- reallocBytes buf 32
  peekArray 4 buf2 >>= print
  free buf2
  zs <- callocBytes 8 :: IO (Ptr Word16)
  peekArray 4 zs >>= print
  free zs
  arr <- newArray [10, 20, 30 :: Int32]
  arr2 <- mallocArray 3
  copyArray arr2 arr 3
  moveArray arr (advancePtr arr 1) 2
  (,) <$> peekArray 3 arr <*> peekArray 3 arr2 >>= print
  r <- reallocArray arr 5
  pokeArray0 0 (advancePtr r 3) [7 :: Int32]
  peekArray 5 r >>= print
  lenA <- lengthArray0 0 (advancePtr r 3)
  print lenA
  free r >> free arr2
  p1 <- new (3.5 :: Double)
  peek p1 >>= print
  free p1
  print (fromBool True :: CInt, toBool (0 :: CInt), toBool (5 :: Word8))
  m <- maybeWith with (Just (5 :: Int)) (\p -> if p == nullPtr then return 0 else peek p)
  m2 <- maybeWith with (Nothing :: Maybe Int) (\p -> return (p == nullPtr))
  print (m, m2)
  -- C strings
  cs <- newCString "hello, world"
  peekCString cs >>= putStrLn
  peekCStringLen (cs, 5) >>= putStrLn
  free cs
  withCString "abc" $ \p -> peekArray 4 (castPtr p :: Ptr Word8) >>= print
  withCStringLen "xyz\0w" $ \(p, n) -> peekCStringLen (p, n) >>= \s -> print (n, s)
  withCAString "ascii" peekCAString >>= putStrLn
  newCAStringLen "len" >>= \(p, n) -> peekCAStringLen (p, n) >>= \s -> print (n, s) >> free p
  print (castCharToCChar 'A', castCCharToChar 66, castCharToCUChar 'z', castCUCharToChar 97, castCharToCSChar 'q')
  -- ForeignPtr
  fp <- mallocForeignPtrArray 4 :: IO (ForeignPtr Word32)
  withForeignPtr fp $ \p -> pokeArray p [1, 2, 3, 4] >> peekArray 4 p >>= print
  fp2 <- mallocForeignPtr :: IO (ForeignPtr Double)
  withForeignPtr fp2 $ \p -> poke p 2.5 >> peek p >>= print
  let fp3 = plusForeignPtr fp 4 :: ForeignPtr Word32
  withForeignPtr fp3 peek >>= print
  withForeignPtr (castForeignPtr fp :: ForeignPtr Word8) (\p -> peekArray 8 p) >>= print
  fpb <- mallocForeignPtrBytes 8 :: IO (ForeignPtr Int64)
  withForeignPtr fpb $ \p -> poke p (-7) >> peek p >>= print
  touchForeignPtr fpb
  print (fp == fp, compare fp fp3, fp3 == fp)
  -- StablePtr
  sp <- newStablePtr (Just "stable")
  deRefStablePtr sp >>= print
  let sp' = castPtrToStablePtr (castStablePtrToPtr sp) :: StablePtr (Maybe String)
  deRefStablePtr sp' >>= print
  freeStablePtr sp
