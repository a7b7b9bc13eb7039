-- copyBytes/moveBytes with overlapping regions, fillBytes, moveArray
import Foreign.Marshal.Alloc
import Foreign.Marshal.Array
import Foreign.Marshal.Utils
import Foreign.Storable
import Foreign.Ptr
import Data.Word

dump :: Ptr Word8 -> IO ()
dump p = peekArray 16 p >>= print

main :: IO ()
main = do
  p <- mallocBytes 16 :: IO (Ptr Word8)
  pokeArray p [0 .. 15]
  moveBytes (p `plusPtr` 4) p 8
  dump p
  pokeArray p [0 .. 15]
  moveBytes p (p `plusPtr` 4) 8
  dump p
  pokeArray p [0 .. 15]
  fillBytes p 0xAA 5
  fillBytes (p `plusPtr` 10) 7 3
  dump p
  q <- mallocBytes 16 :: IO (Ptr Word8)
  copyBytes q p 16
  dump q
  copyBytes q (p `plusPtr` 8) 0
  dump q
  a <- newArray [1 .. 8 :: Int]
  moveArray (advancePtr a 1) a 6
  peekArray 8 a >>= print
  moveArray a (advancePtr a 2) 6
  peekArray 8 a >>= print
  copyArray (advancePtr a 4) a 2
  peekArray 8 a >>= print
