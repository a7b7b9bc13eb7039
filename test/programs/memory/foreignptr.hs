-- a ForeignPtr buffer: mallocForeignPtrBytes/Array, withForeignPtr, plusForeignPtr
import Foreign.ForeignPtr
import Foreign.Marshal.Alloc
import Foreign.Marshal.Array
import Foreign.Storable
import Foreign.Ptr
import Data.Word

main :: IO ()
main = do
  fp <- mallocForeignPtrBytes 64 :: IO (ForeignPtr Word8)
  withForeignPtr fp $ \p -> pokeArray p [0 .. 63]
  s <- withForeignPtr fp $ \p -> sum . map fromIntegral <$> peekArray 64 p
  print (s :: Int)
  let fp2 = plusForeignPtr fp 10 :: ForeignPtr Word8
  x <- withForeignPtr fp2 peek
  print x
  print (fp2 == fp, fp == fp, compare fp fp2)
  fa <- mallocForeignPtrArray 5 :: IO (ForeignPtr Double)
  withForeignPtr fa $ \p -> pokeArray p [1.5, 2.5, 3.5, 4.5, 5.5]
  ds <- withForeignPtr fa (peekArray 5)
  print ds
  fi <- mallocForeignPtr :: IO (ForeignPtr Int)
  withForeignPtr fi $ \p -> poke p 12345
  withForeignPtr fi peek >>= print
  let fw = castForeignPtr fi :: ForeignPtr Word8
  withForeignPtr fw (peekArray 8) >>= print
  raw <- mallocBytes 8 :: IO (Ptr Word32)
  pokeArray raw [7, 8]
  f3 <- newForeignPtr finalizerFree raw
  withForeignPtr f3 (peekArray 2) >>= print
  f4 <- newForeignPtr_ raw
  withForeignPtr f4 (\p -> peekElemOff p 1) >>= print
  touchForeignPtr f4
