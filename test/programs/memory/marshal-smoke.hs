-- Foreign.Marshal (copy/move/fill bytes, with/new, arrays, realloc), C strings,
-- sizes, unboxed arrays (UArray, STUArray, IOUArray of Bool), ForeignPtr arrays
import Foreign hiding (newArray)
import Foreign.C.String
import Foreign.C.Types
import Data.Array.Unboxed
import Data.Array.ST
import Data.Array.IO
import Control.Monad.ST
import Control.Monad
main :: IO ()
main = do
  p <- mallocArray 10 :: IO (Ptr CInt)
  pokeArray p [1 .. 10]
  q <- mallocArray 10 :: IO (Ptr CInt)
  copyArray q p 10
  moveArray (q `advancePtr` 2) q 5
  peekArray 10 q >>= print
  fillBytes (castPtr q) 0 8
  peekArray 10 q >>= print
  copyBytes (castPtr q) (castPtr p) 4
  moveBytes (castPtr p) (castPtr q `plusPtr` 4) 8
  peekArray 10 p >>= print
  with (42 :: Int64) peek >>= print
  n <- new (3.5 :: Double)
  peek n >>= print
  free n
  withArrayLen [1, 2, 3 :: Word16] $ \l a -> peekArray l a >>= print
  s <- newCString "héllo"
  peekCString s >>= print
  peekCStringLen (s, 2) >>= print
  free s
  withCAString "abc" (\c -> peekCAString c) >>= print
  ws <- withCWString "wide ω" peekCWString
  print ws
  print (sizeOf (0 :: CLong), alignment (0 :: CDouble), sizeOf (0 :: CChar), sizeOf (undefined :: Ptr ()))
  allocaBytes 16 $ \b -> do
    pokeByteOff b 0 (0x0102030405060708 :: Word64)
    forM [0 .. 7] (\i -> peekByteOff b i :: IO Word8) >>= print
  r <- reallocArray p 20
  peekArray 10 r >>= print
  free r
  free q
  let ua = listArray (0, 9) [i * i | i <- [0 .. 9]] :: UArray Int Int
  print (ua ! 5, bounds ua, sum (elems ua))
  let st = runSTUArray (do a <- newArray (1, 5) 0; forM_ [1 .. 5] (\i -> writeArray a i (fromIntegral i * 1.5)); return a) :: UArray Int Double
  print st
  io <- newListArray (0, 4) "abcde" :: IO (IOUArray Int Char)
  writeArray io 2 'Z'
  getElems io >>= print
  bs <- newArray (0, 70) False :: IO (IOUArray Int Bool)
  forM_ [0, 3 .. 70] $ \i -> writeArray bs i True
  getElems bs >>= print . length . filter id
  fp <- mallocForeignPtrArray 4 :: IO (ForeignPtr Word32)
  withForeignPtr fp $ \fpp -> pokeArray fpp [9, 8, 7, 6] >> peekArray 4 fpp >>= print
