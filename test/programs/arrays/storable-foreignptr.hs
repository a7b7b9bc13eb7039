-- StorableArray over memory the program allocated: unsafeForeignPtrToStorableArray
-- on mallocForeignPtrArray's memory (and on part of it, with plusForeignPtr),
-- written through the ForeignPtr and read through the array and back.
import Data.Array.Storable
import Data.Array.Unsafe (unsafeForeignPtrToStorableArray)
import Data.Array.Storable.Internals (touchStorableArray)
import Foreign.ForeignPtr
import Foreign.Marshal.Array
import Foreign.Ptr
import Foreign.Storable
import Data.Int (Int32)
import Data.Word (Word8, Word16)
import qualified Data.Array.Unboxed as U

main :: IO ()
main = do
  fp <- mallocForeignPtrArray 6 :: IO (ForeignPtr Int32)
  withForeignPtr fp $ \p -> pokeArray p [3, 1, 4, 1, 5, 9]
  arr <- unsafeForeignPtrToStorableArray fp (0, 5) :: IO (StorableArray Int Int32)
  getBounds arr >>= print
  getElems arr >>= print
  writeArray arr 0 (-30)
  withForeignPtr fp (peekArray 6) >>= print
  -- a second view of the same memory, with other bounds
  arr2 <- unsafeForeignPtrToStorableArray fp (10, 12) :: IO (StorableArray Int Int32)
  getAssocs arr2 >>= print
  writeArray arr2 12 77
  readArray arr 2 >>= print
  -- a view of the tail, through plusForeignPtr
  let tailFp = fp `plusForeignPtr` (3 * sizeOf (0 :: Int32))
  arr3 <- unsafeForeignPtrToStorableArray tailFp (1, 3) :: IO (StorableArray Int Int32)
  getElems arr3 >>= print
  touchStorableArray arr3
  -- Word16 elements in a 2-D array, read back as bytes
  wfp <- mallocForeignPtrArray 4 :: IO (ForeignPtr Word16)
  w <- unsafeForeignPtrToStorableArray wfp ((0, 0), (1, 1)) :: IO (StorableArray (Int, Int) Word16)
  mapM_ (\(i, v) -> writeArray w i v) (zip [(0, 0), (0, 1), (1, 0), (1, 1)] [0x0102, 0x0304, 0xffff, 0])
  bytes <- withStorableArray w $ \p -> peekArray 8 (castPtr p :: Ptr Word8)
  print bytes
  halves <- withForeignPtr wfp $ \p -> mapM (peekByteOff p) [0, 2 .. 6]
  print (halves :: [Word16])
  getElems w >>= print
  -- Bool and Char elements: Storable's 4-byte representations
  b <- newListArray (0, 3) [True, False, True, True] :: IO (StorableArray Int Bool)
  bb <- withStorableArray b $ \p -> peekArray 4 (castPtr p :: Ptr Int32)
  print bb
  c <- newListArray (1, 3) "hé!" :: IO (StorableArray Int Char)
  cc <- withStorableArray c $ \p -> peekArray 3 (castPtr p :: Ptr Int32)
  print cc
  -- mapArray and freeze of a view
  m <- mapArray fromIntegral arr :: IO (StorableArray Int Double)
  getElems m >>= print
  u <- freeze arr2 :: IO (U.UArray Int Int32)
  print u
  t <- thaw u :: IO (StorableArray Int Int32)
  writeArray t 10 0
  getElems t >>= print
  getElems arr2 >>= print
