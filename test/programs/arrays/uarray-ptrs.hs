-- Unboxed arrays of pointers: UArray/IOUArray/STUArray of Ptr, FunPtr and
-- StablePtr elements (one machine word each).
import Data.Array.IO
import Data.Array.ST
import Data.Array.Unboxed
import Control.Monad.ST
import Foreign.Marshal.Array
import Foreign.Marshal.Alloc (free)
import Foreign.Ptr
import Foreign.StablePtr
import Foreign.Storable
import Data.Word (Word8)

main :: IO ()
main = do
  buf <- mallocArray 4 :: IO (Ptr Word8)
  pokeArray buf [10, 20, 30, 40]
  ps <- newListArray (0, 3) [buf `plusPtr` i | i <- [0 .. 3]] :: IO (IOUArray Int (Ptr Word8))
  p2 <- readArray ps 2
  peek p2 >>= print
  print (p2 `minusPtr` buf)
  writeArray ps 0 (buf `plusPtr` 3)
  vals <- getElems ps >>= mapM peek
  print vals
  frozen <- freeze ps :: IO (UArray Int (Ptr Word8))
  print (map (`minusPtr` buf) (elems frozen))
  print (frozen ! 1 == buf `plusPtr` 1, nullPtr == (frozen ! 1))
  -- null pointers as elements
  let nulls = listArray (1, 2) [nullPtr, nullPtr] :: UArray Int (Ptr ())
  print (all (== nullPtr) (elems nulls))
  let fps = listArray (0, 1) [nullFunPtr, castPtrToFunPtr (nullPtr `plusPtr` 16)] :: UArray Int (FunPtr (IO ()))
  print (fps ! 0 == nullFunPtr, castFunPtrToPtr (fps ! 1) `minusPtr` nullPtr)
  -- stable pointers to Haskell values
  sps <- mapM newStablePtr ["zero", "one", "two"]
  sa <- newListArray (0, 2) sps :: IO (IOUArray Int (StablePtr String))
  s1 <- readArray sa 1
  deRefStablePtr s1 >>= putStrLn
  writeArray sa 1 (sps !! 2)
  getElems sa >>= mapM deRefStablePtr >>= print
  mapM_ freeStablePtr sps
  let swapped = runSTUArray (do
        m <- newListArray (0, 1) [buf, buf `plusPtr` 2]
        a <- readArray m 0
        b <- readArray m 1
        writeArray m 0 b
        writeArray m 1 a
        return m) :: UArray Int (Ptr Word8)
  mapM peek (elems swapped) >>= print
  free buf
