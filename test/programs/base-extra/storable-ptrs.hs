-- GHC.Storable's pointer reads and writes at element offsets.
import Foreign
import GHC.Storable

main :: IO ()
main = do
  allocaArray 4 $ \arr -> do
    cells <- mallocArray 3 :: IO (Ptr Int32)
    pokeArray cells [10, 20, 30]
    writePtrOffPtr arr 0 cells
    writePtrOffPtr arr 1 (cells `plusPtr` 4)
    writePtrOffPtr arr 2 nullPtr
    p0 <- readPtrOffPtr arr 0
    p1 <- readPtrOffPtr arr 1
    p2 <- readPtrOffPtr arr 2
    vs <- mapM peek [p0, p1]
    print (vs, p2 == nullPtr, p1 `minusPtr` p0)
    free cells
  allocaArray 2 $ \farr -> do
    writeFunPtrOffPtr farr 1 nullFunPtr
    f <- readFunPtrOffPtr farr 1
    print (f == (nullFunPtr :: FunPtr (IO ())))
  sp <- newStablePtr "stable value"
  allocaArray 3 $ \sarr -> do
    writeStablePtrOffPtr sarr 2 sp
    sp' <- readStablePtrOffPtr sarr 2
    deRefStablePtr sp' >>= putStrLn
    print (castStablePtrToPtr sp' == castStablePtrToPtr sp)
  freeStablePtr sp
