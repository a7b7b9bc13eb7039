-- Foreign.Storable's instance methods for every basic type, through
-- Foreign.Marshal.Array/Alloc/Utils, as -O1 code calls them.
import Foreign.Storable
import Foreign.Marshal.Array
import Foreign.Marshal.Alloc
import Foreign.Marshal.Utils
import Foreign.C.String
import Foreign.C.Types
import Foreign.Ptr
import Data.Int
import Data.Word

roundTrip :: (Storable a, Show a) => [a] -> IO ()
roundTrip xs = do
  let n = length xs
  allocaBytes (n * sizeOf (head xs) + 16) $ \p -> do
    mapM_ (\(i, x) -> pokeElemOff p i x) (zip [0 ..] xs)
    ys <- mapM (peekElemOff p) [0 .. n - 1]
    zs <- mapM (\i -> peekByteOff p (i * sizeOf (head xs))) [0 .. n - 1]
    pokeByteOff p 0 (last xs)
    y <- peek p
    poke p (head xs)
    z <- peek p
    print (ys, zs `asTypeOf` ys, y, z, sizeOf (head xs), alignment (head xs))

main :: IO ()
main = do
  roundTrip [(), ()]
  roundTrip [True, False, True]
  roundTrip "h\233llo\8364"
  roundTrip [1.5, -2.25, 1e300 :: Double]
  roundTrip [3.5, -0.125 :: Float]
  roundTrip [1, -2, maxBound, minBound :: Int]
  roundTrip [1, -2, 127, minBound :: Int8]
  roundTrip [1, -2, 300, minBound :: Int16]
  roundTrip [1, -2, 70000, minBound :: Int32]
  roundTrip [1, -2, maxBound, minBound :: Int64]
  roundTrip [1, 2, 255 :: Word8]
  roundTrip [1, 2, 65535 :: Word16]
  roundTrip [1, 2, 4000000000 :: Word32]
  roundTrip [1, 2, maxBound :: Word64]
  roundTrip [1, 2, maxBound :: Word]
  roundTrip [nullPtr, nullPtr `plusPtr` 64 :: Ptr Int]
  roundTrip [CInt 5, CInt (-7)]
  -- arrays, reallocation and strings
  p <- mallocArray 4 :: IO (Ptr Int32)
  pokeArray p [10, 20, 30, 40]
  q <- reallocArray p 8
  pokeArray (advancePtr q 4) [50, 60, 70, 80]
  xs <- peekArray 8 q
  print xs
  r <- reallocBytes (castPtr q) 64 :: IO (Ptr Word8)
  b <- peekArray 4 r
  print b
  free r
  s <- withCAStringLen "abc\0def" (\(c, n) -> peekCAStringLen (c, n))
  print s
  t <- withCStringLen "xyz" peekCStringLen
  print t
  u <- withArray [1 .. 5 :: Word16] (peekArray0 5)
  print u
  v <- new (2.5 :: Double) >>= \pp -> peek pp <* free pp
  print v
  w <- with 'q' peek
  print (w, fromBool True :: Int, toBool (0 :: Int))
  moved <- allocaArray 3 $ \a -> allocaArray 3 $ \b2 -> do
    pokeArray a [7, 8, 9 :: Int]
    copyArray b2 a 3
    moveArray a (advancePtr b2 1) 2
    (,) <$> peekArray 3 a <*> peekArray 3 b2
  print moved
