import Foreign
import Foreign.C.Types
import Foreign.C.String
import Foreign.Marshal.Array
import Foreign.Marshal.Alloc
import Foreign.Storable
import Data.IORef
import System.IO.Unsafe (unsafePerformIO)
import Debug.Trace (trace, traceShow)
import System.Timeout (timeout)
import Data.Unique
import System.CPUTime (getCPUTime)
import System.Mem (performGC)

counter :: IORef Int
counter = unsafePerformIO (newIORef 0)
{-# NOINLINE counter #-}

tick :: IO Int
tick = atomicModifyIORef' counter (\n -> (n + 1, n + 1))

main :: IO ()
main = do
  s <- allocaArray 10 $ \p -> do
    pokeArray p [1 .. 10 :: CInt]
    xs <- peekArray 10 p
    x3 <- peekElemOff p 3
    return (sum xs, x3)
  print s
  v <- alloca $ \p -> do
    poke p (3.5 :: Double)
    peek p
  print v
  fp <- mallocForeignPtrArray 4 :: IO (ForeignPtr Word32)
  r <- withForeignPtr fp $ \p -> do
    mapM_ (\i -> pokeElemOff p i (fromIntegral i * 0x01010101)) [0 .. 3]
    b <- peekByteOff (castPtr p) 5 :: IO Word8
    ws <- peekArray 4 p
    return (b, ws)
  print r
  print (sizeOf (0 :: Int), sizeOf (0 :: Word16), alignment (0 :: Double), sizeOf (0 :: CChar))
  str <- withCString "hello" peekCString
  putStrLn str
  n <- withCStringLen "abc" (\(_, l) -> return l)
  print n
  p <- mallocBytes 16
  pokeByteOff p 0 (0x41 :: Word8) >> pokeByteOff p 1 (0 :: Word8)
  peekCString (castPtr p) >>= putStrLn
  free p
  print (nullPtr == (nullPtr :: Ptr Int), plusPtr nullPtr 8 == (nullPtr :: Ptr ()))
  mapM_ (const tick) [1 .. 5 :: Int]
  readIORef counter >>= print
  let y = trace "tracing!" (42 :: Int)
  print (y + 1)
  traceShow (1 :: Int, "x") (return ())
  t <- timeout 1000000 (return "fast")
  print t
  u1 <- newUnique
  u2 <- newUnique
  print (u1 == u2, u1 < u2 || u2 < u1)
  c <- getCPUTime
  print (c >= 0)
  performGC
  print (fromIntegral (maxBound :: CInt) + (1 :: Integer), (fromIntegral (3 :: CInt) :: Double), CInt 5 * 3)
