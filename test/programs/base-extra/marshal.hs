{-# OPTIONS_GHC -Wno-deprecations #-}
-- Foreign.Marshal.Error and Foreign.Marshal.Pool, GHC.ByteOrder.
import Control.Exception
import Foreign
import Foreign.C.String (castCCharToChar, castCharToCChar)
import Foreign.C.Types
import qualified Foreign.Marshal.Error as E
import Foreign.Marshal.Pool
import GHC.ByteOrder

tryIO :: Show a => IO a -> IO ()
tryIO act = do
  r <- try act
  putStrLn (either (\e -> "IOException: " ++ show (e :: IOException)) show r)

main :: IO ()
main = do
  -- ByteOrder
  print (targetByteOrder, [minBound .. maxBound :: ByteOrder], succ BigEndian, fromEnum LittleEndian)
  print (BigEndian < LittleEndian, compare LittleEndian BigEndian, BigEndian == BigEndian, max BigEndian LittleEndian)
  print (read "LittleEndian" :: ByteOrder, reads " BigEndian rest" :: [(ByteOrder, String)], (read "[BigEndian,LittleEndian]" :: [ByteOrder]))
  print (showsPrec 11 BigEndian "", show [LittleEndian], toEnum 0 :: ByteOrder)
  -- Foreign.Marshal.Error
  tryIO (E.throwIf (> 10) (\n -> "too big: " ++ show n) (return (5 :: Int)))
  tryIO (E.throwIf (> 10) (\n -> "too big: " ++ show n) (return (50 :: Int)))
  tryIO (E.throwIf_ even (const "even") (return (3 :: Int)))
  tryIO (E.throwIf_ even (const "even") (return (4 :: Int)))
  tryIO (E.throwIfNeg (\n -> "negative " ++ show n) (return (-2 :: CInt)))
  tryIO (E.throwIfNeg (\n -> "negative " ++ show n) (return (7 :: CInt)))
  tryIO (E.throwIfNeg_ show (return (-1 :: Int)))
  tryIO (E.throwIfNull "null pointer!" (return nullPtr) >>= \p -> return (p == (nullPtr :: Ptr Int)))
  tryIO (fmap (const "non-null") (E.throwIfNull "null" (malloc :: IO (Ptr Int))))
  tryIO (E.void (return 'x'))
  -- Foreign.Marshal.Pool
  total <- withPool $ \pool -> do
    p <- pooledNew pool (42 :: Int)
    q <- pooledMalloc pool :: IO (Ptr Word8)
    poke q 7
    arr <- pooledNewArray pool [1 .. 10 :: Int32]
    arr0 <- pooledNewArray0 pool 0 [5, 6, 7 :: Int16]
    bytes <- pooledMallocBytes pool 16
    pokeByteOff bytes 0 (0x01020304 :: Word32)
    b0 <- peekByteOff bytes 0 :: IO Word8
    m <- pooledMallocArray pool 4 :: IO (Ptr Double)
    pokeArray m [0.5, 1.5, 2.5, 3.5]
    m' <- pooledReallocArray pool m 8
    pokeElemOff m' 7 9.5
    ds <- peekArray 4 m'
    d7 <- peekElemOff m' 7
    z <- pooledMallocArray0 pool 3 :: IO (Ptr CChar)
    z' <- pooledReallocArray0 pool z 5
    pokeArray0 0 z' (map castCharToCChar "hello")
    s <- peekArray0 0 z'
    r <- pooledRealloc pool p :: IO (Ptr Int)
    rb <- pooledReallocBytes pool q 32
    w <- peek (castPtr rb :: Ptr Word8)
    x <- peek r
    xs <- peekArray 10 arr
    ys <- peekArray0 0 arr0
    print (x, w, sum xs, ys, b0, ds, d7, map castCCharToChar s)
    return (x + fromIntegral (sum xs))
  print total
  pool <- newPool
  p <- pooledNew pool 'c'
  peek p >>= print
  other <- malloc :: IO (Ptr Int)
  tryIO (pooledReallocBytes pool other 8 >> return "reallocated")
  freePool pool
  r <- try (withPool (\pl -> pooledNew pl (1 :: Int) >> throwIO (userError "inside withPool")))
  putStrLn (either (\e -> "withPool rethrew: " ++ show (e :: IOException)) (const "no error") (r :: Either IOException ()))
