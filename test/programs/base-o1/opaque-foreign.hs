-- Base -O1 internals whose interfaces give no unfolding: the Storable
-- placeholders of Foreign.Marshal's array, pool and utility functions
-- and GHC.ForeignPtr's mallocs (reached, not forced, here), and the
-- negative-size errors of the ForeignPtr mallocs.
import Control.Exception
import Foreign
import Foreign.Marshal.Pool
import qualified GHC.ForeignPtr as G

data N = N deriving Show
instance Storable N where
  sizeOf _ = -1
  alignment _ = 8
  peek _ = return N
  poke _ _ = return ()

t :: Show a => IO a -> IO ()
t act = do
  r <- try act
  case r of
    Left e -> putStrLn ("error: " ++ show (e :: ErrorCall))
    Right v -> print v

main :: IO ()
main = do
  p <- newArray [1 .. 5 :: Int32]
  q <- mallocArray 5 :: IO (Ptr Int32)
  copyArray q p 5
  moveArray (advancePtr q 1) q 3
  peekArray 5 q >>= print
  r <- reallocArray q 8
  pokeArray (advancePtr r 5) [6, 7, 8]
  peekArray 8 r >>= print
  c <- callocArray 3 :: IO (Ptr Word16)
  peekArray 3 c >>= print
  allocaArray 4 (\a -> pokeArray a "abcd" >> peekArray 4 a) >>= print
  with (42 :: Int64) peek >>= print
  n <- new (7.5 :: Double)
  peek n >>= print
  s <- malloc :: IO (Ptr Word8)
  s2 <- realloc s :: IO (Ptr Word64)
  poke s2 99 >> peek s2 >>= print
  withPool $ \pool -> do
    a <- pooledMalloc pool :: IO (Ptr Int16)
    poke a 12
    b <- pooledMallocArray pool 3 :: IO (Ptr Int16)
    pokeArray b [1, 2, 3]
    b2 <- pooledReallocArray pool b 4
    pokeElemOff b2 3 4
    a2 <- pooledRealloc pool a :: IO (Ptr Int16)
    xs <- peekArray 4 b2
    x <- peek a2
    print (x, xs)
    nw <- pooledNew pool (5 :: Int8)
    na <- pooledNewArray pool [6, 7 :: Int8]
    na0 <- pooledNewArray0 pool 0 [8, 9 :: Int8]
    (,,) <$> peek nw <*> peekArray 2 na <*> peekArray0 0 na0 >>= print
  fp <- mallocForeignPtr :: IO (ForeignPtr Int32)
  withForeignPtr fp (\f -> poke f 5 >> peek f) >>= print
  fpa <- mallocForeignPtrArray 3 :: IO (ForeignPtr Int32)
  withForeignPtr fpa (\f -> pokeArray f [1, 2, 3] >> peekArray 3 f) >>= print
  pf <- G.mallocPlainForeignPtr :: IO (ForeignPtr Word32)
  withForeignPtr pf (\f -> poke f 77 >> peek f) >>= print
  t (fmap (const ()) (mallocForeignPtr :: IO (ForeignPtr N)))
  t (fmap (const ()) (G.mallocPlainForeignPtr :: IO (ForeignPtr N)))
  t (fmap (const ()) (G.mallocForeignPtrAlignedBytes (-1) 8 :: IO (ForeignPtr N)))
  t (fmap (const ()) (G.mallocPlainForeignPtrAlignedBytes (-1) 8 :: IO (ForeignPtr N)))
