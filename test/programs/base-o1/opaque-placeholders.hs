-- The Storable placeholders base passes to sizeOf and alignment
-- (`sizeOf (undefined :: a)`): a sizeOf that forces its argument gets
-- GHC's Prelude.undefined with the call site in base's source, at -O0
-- (the hand-written functions) and -O1 (the floated names, mallocArray1,
-- with3, mallocForeignPtr3...), and the negative-size errors.
import Control.Exception
import Foreign
import Foreign.Marshal.Pool
import qualified GHC.ForeignPtr
data S = S
instance Storable S where
  sizeOf s = s `seq` 8
  alignment s = s `seq` 8
  peek _ = return S
  poke _ _ = return ()
t :: IO a -> IO ()
t act = do r <- try act; case r of Left e -> putStrLn ("E: " ++ show (e :: ErrorCall)); Right _ -> putStrLn "ok"
main :: IO ()
main = do
  t (mallocArray 3 :: IO (Ptr S))
  t (allocaArray 3 (\p -> return (p :: Ptr S)))
  t (allocaArray0 3 (\p -> return (p :: Ptr S)))
  t (callocArray 3 :: IO (Ptr S))
  t (do q <- malloc :: IO (Ptr Word64); let p = castPtr q :: Ptr S in copyArray p p 1)
  t (do q <- malloc :: IO (Ptr Word64); let p = castPtr q :: Ptr S in moveArray p p 1)
  t (do p <- malloc :: IO (Ptr Word8); reallocArray (castPtr p) 3 :: IO (Ptr S))
  t (evaluate (advancePtr (nullPtr :: Ptr S) 1))
  t (do p <- malloc :: IO (Ptr Word8); realloc p :: IO (Ptr S))
  t (new S)
  t (with S return)
  t (mallocForeignPtr :: IO (ForeignPtr S))
  t (mallocForeignPtrArray 2 :: IO (ForeignPtr S))
  t (GHC.ForeignPtr.mallocPlainForeignPtr :: IO (ForeignPtr S))
  t (GHC.ForeignPtr.mallocForeignPtrAlignedBytes 8 8 >>= \p -> return (p :: ForeignPtr S))
  t (mallocForeignPtrArray0 2 :: IO (ForeignPtr S))
  t (newArray [S, S])
  t (newArray0 S [S])
  t (withArray [S] (\_ -> return ()))
  t (withArrayLen [S] (\_ _ -> return ()))
  t (calloc :: IO (Ptr S))
  t (callocArray0 2 :: IO (Ptr S))
  t (mallocArray0 2 :: IO (Ptr S))
  t (do p <- malloc :: IO (Ptr Word8); reallocArray0 (castPtr p) 3 :: IO (Ptr S))
  t (alloca (\p -> return (p :: Ptr S)))
  t (malloc :: IO (Ptr S))
  t (withPool (\pl -> pooledMalloc pl :: IO (Ptr S)))
  t (withPool (\pl -> pooledMallocArray pl 2 :: IO (Ptr S)))
  t (withPool (\pl -> do p <- pooledMalloc pl :: IO (Ptr Word8); pooledRealloc pl (castPtr p) :: IO (Ptr S)))
  t (withPool (\pl -> do p <- pooledMalloc pl :: IO (Ptr Word8); pooledReallocArray pl (castPtr p) 2 :: IO (Ptr S)))
