-- Pooled and array allocation at -O1, where GHC's unfoldings of pooledMalloc,
-- mallocArray, callocArray, copyArray, moveArray, reallocArray and new hand
-- sizeOf an undefined placeholder; Storable of Ratio (numerator, then
-- denominator; peek reduces).
import Foreign.Marshal.Pool
import Foreign.Storable
import Foreign.Ptr (Ptr, castPtr)
import Foreign.Marshal.Array
import Foreign.Marshal.Utils (new)
import Foreign.Marshal.Alloc (free)
import Data.Ratio
import Data.Word
main :: IO ()
main = do
  r <- withPool $ \pool -> do
    p <- pooledMalloc pool :: IO (Ptr' Word32)
    poke p 7
    q <- pooledMallocArray pool 3 :: IO (Ptr' Double)
    pokeArray q [1, 2, 3]
    q2 <- pooledReallocArray pool q 4
    pokeElemOff q2 3 4
    p2 <- pooledRealloc pool p
    (,) <$> peek p2 <*> peekArray 4 q2
  print r
  a <- mallocArray 3 :: IO (Ptr' Int)
  pokeArray a [5, 6, 7]
  b <- callocArray 3 :: IO (Ptr' Int)
  copyArray b a 2
  moveArray a b 1
  c <- reallocArray b 5
  (,) <$> peekArray 3 a <*> peekArray 3 c >>= print
  n <- new (3 % 4 :: Ratio Int)
  peek n >>= print
  print (sizeOf (1 % 2 :: Ratio Int), alignment (1 % 2 :: Ratio Word8))
  free a >> free c >> free n
  m <- new (6 % 8 :: Ratio Int)
  poke (castPtr m) (10 :: Int) >> pokeElemOff (castPtr m :: Ptr' Int) 1 4
  peek m >>= print
  withArray [1 % 2, 2 % 3, -5 % 7 :: Ratio Int] $ \q -> peekArray 3 q >>= print >> peekElemOff q 2 >>= print >> peekByteOff q 16 >>= (print :: Ratio Int -> IO ())
  free m
type Ptr' = Ptr
