-- GHC.Storable's typed reads and writes at an element offset, Foreign.Ptr's
-- IntPtr/WordPtr, Foreign.Marshal's calloc/realloc/maybe helpers and
-- GHC.ForeignPtr's plain and aligned allocations and finalizers.
{-# LANGUAGE MagicHash #-}
import GHC.Storable
import Foreign.Ptr
import Foreign.ForeignPtr
import GHC.ForeignPtr (mallocPlainForeignPtr, mallocPlainForeignPtrAlignedBytes, mallocForeignPtrAlignedBytes, unsafeForeignPtrToPtr, unsafeWithForeignPtr, finalizeForeignPtr)
import Foreign.Marshal.Alloc
import Foreign.Marshal.Array
import Foreign.Marshal.Utils
import Foreign.Storable
import Foreign.C.Types
import Foreign.C.String (withCString, peekCString)
import qualified GHC.Foreign as GF
import System.IO (utf8)
import Data.Int
import Data.Word
import Data.Bits

main :: IO ()
main = do
  allocaBytes 64 $ \p -> do
    writeWord8OffPtr (castPtr p) 0 0xAB
    writeWord16OffPtr (castPtr p) 1 0xBEEF
    writeWord32OffPtr (castPtr p) 1 0xDEADBEEF
    writeWord64OffPtr (castPtr p) 1 0x0123456789ABCDEF
    a <- readWord8OffPtr (castPtr p) 0
    b <- readWord16OffPtr (castPtr p) 1
    c <- readWord32OffPtr (castPtr p) 1
    d <- readWord64OffPtr (castPtr p) 1
    print (a, b, c, d)
    writeInt8OffPtr (castPtr p) 3 (-5)
    writeInt16OffPtr (castPtr p) 2 (-300)
    writeInt32OffPtr (castPtr p) 3 (-70000)
    writeInt64OffPtr (castPtr p) 3 minBound
    e <- readInt8OffPtr (castPtr p) 3
    f <- readInt16OffPtr (castPtr p) 2
    g <- readInt32OffPtr (castPtr p) 3
    h <- readInt64OffPtr (castPtr p) 3
    print (e, f, g, h)
    writeIntOffPtr (castPtr p) 5 (-123456789)
    writeWordOffPtr (castPtr p) 6 maxBound
    writeDoubleOffPtr (castPtr p) 2 (-2.75)
    writeFloatOffPtr (castPtr p) 2 1.5
    writeWideCharOffPtr (castPtr p) 14 'λ'
    i <- readIntOffPtr (castPtr p) 5
    w <- readWordOffPtr (castPtr p) 6
    dd <- readDoubleOffPtr (castPtr p) 2
    ff <- readFloatOffPtr (castPtr p) 2
    ch <- readWideCharOffPtr (castPtr p) 14
    print (i, w, dd, ff, ch)
  -- IntPtr and WordPtr: conversions and their instances
  let ip = ptrToIntPtr (nullPtr `plusPtr` 4096)
      wp = ptrToWordPtr (nullPtr `plusPtr` 255)
  print (ip, wp, intPtrToPtr ip == nullPtr `plusPtr` 4096, wordPtrToPtr wp `minusPtr` nullPtr)
  print (ip == 4096, compare wp 300, max ip 5, [wp .. wp + 2], toEnum 9 :: IntPtr, fromEnum wp, succ ip)
  print (minBound :: IntPtr, maxBound :: WordPtr, toRational ip, toInteger wp, wp `div` 16, wp `mod` 16, quotRem (-ip) 1000)
  print (finiteBitSize ip, finiteBitSize wp, countLeadingZeros wp, countTrailingZeros ip, ip .&. 0xF00, wp `shiftL` 4, complement wp)
  alloca $ \q -> do
    poke q (WordPtr 77)
    x <- peek q
    print (x, sizeOf x, alignment (IntPtr 0))
  -- calloc family and realloc
  z <- callocBytes 16 :: IO (Ptr Word8)
  zs <- peekArray 16 z
  z2 <- reallocBytes z 32
  pokeByteOff z2 20 (9 :: Word8)
  v <- peekByteOff z2 20 :: IO Word8
  free z2
  print (sum zs, v)
  ca <- callocArray 5 :: IO (Ptr Int32)
  ca0 <- callocArray0 3 :: IO (Ptr Int16)
  c1 <- calloc :: IO (Ptr Int64)
  r <- (,,) <$> peekArray 5 ca <*> peekArray 4 ca0 <*> peek c1
  print r
  ra <- mallocArray0 2 :: IO (Ptr Word16)
  pokeArray0 0 ra [1, 2]
  ra' <- reallocArray0 ra 4
  pokeArray0 0 ra' [1, 2, 3, 4]
  ls <- peekArray0 0 ra'
  print ls
  rr <- malloc :: IO (Ptr Word32)
  rr' <- realloc rr :: IO (Ptr Word64)
  poke rr' 0x1122334455667788
  peek rr' >>= print
  mapM_ free [castPtr ca, castPtr ca0, castPtr c1, castPtr ra', castPtr rr' :: Ptr ()]
  allocaArray0 4 $ \ap -> pokeArray0 (0 :: Int8) ap [5, 6, 7, 8] >> peekArray0 0 ap >>= print
  allocaBytesAligned 32 16 $ \ap -> do
    poke (castPtr ap) (3.5 :: Double)
    (peek (castPtr ap) :: IO Double) >>= print
  -- maybe helpers and withMany
  mp <- maybeNew new (Just (42 :: Int))
  mn <- maybeNew new (Nothing :: Maybe Int)
  vp <- maybePeek peek mp
  vn <- maybePeek peek mn
  print (vp, vn, mn == nullPtr)
  maybeWith with (Just (7 :: Int)) (\p -> if p == nullPtr then print "null" else peek p >>= print)
  maybeWith with (Nothing :: Maybe Int) (\p -> print (p == nullPtr))
  withMany withCString ["ab", "cde", ""] (\ps -> mapM peekCString ps >>= print)
  withMany with [1, 2, 3 :: Int] (\ps -> mapM peek ps >>= print . sum)
  GF.withCString utf8 "héllo" (\cp -> GF.peekCString utf8 cp >>= putStrLn)
  print (fromBool False :: CInt, toBool (2 :: CInt))
  -- ForeignPtr variants
  fp <- mallocPlainForeignPtr :: IO (ForeignPtr Int)
  withForeignPtr fp (\p -> poke p 11 >> peek p) >>= print
  fa <- mallocPlainForeignPtrAlignedBytes 24 8 :: IO (ForeignPtr Word8)
  fb <- mallocForeignPtrAlignedBytes 24 16 :: IO (ForeignPtr Word8)
  unsafeWithForeignPtr fa (\p -> pokeArray p [1 .. 24] >> peekArray 24 p) >>= print . sum
  withForeignPtr fb (\p -> pokeByteOff p 23 (5 :: Word8) >> peekByteOff p 23) >>= (print :: Word8 -> IO ())
  print (unsafeForeignPtrToPtr fa /= nullPtr, castForeignPtr fa == (castForeignPtr fa :: ForeignPtr ()))
  raw <- mallocBytes 8 :: IO (Ptr Int)
  fc <- newForeignPtr_ raw
  addForeignPtrFinalizer finalizerFree fc
  withForeignPtr fc (\p -> poke p 5 >> peek p) >>= print
  finalizeForeignPtr fc
  putStrLn "done"
