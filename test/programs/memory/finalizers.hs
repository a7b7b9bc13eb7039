-- Haskell finalizers of foreign pointers (Foreign.Concurrent, GHC.ForeignPtr):
-- finalizeForeignPtr runs them, last added first, once; contents that take
-- none, and C and Haskell finalizers mixed, raise GHC's errors.
import qualified Foreign.Concurrent as FC
import Foreign.ForeignPtr
import Foreign.Marshal.Alloc (mallocBytes, finalizerFree)
import Foreign.Ptr
import Foreign.Storable
import GHC.ForeignPtr (newConcForeignPtr, addForeignPtrConcFinalizer, finalizeForeignPtr, mallocForeignPtrBytes, mallocPlainForeignPtrBytes)
import Control.Exception
import Data.IORef

main :: IO ()
main = do
  p <- mallocBytes 16 :: IO (Ptr Int)
  poke p 42
  fp <- FC.newForeignPtr p (putStrLn "first finalizer")
  FC.addForeignPtrFinalizer fp (putStrLn "second finalizer")
  withForeignPtr fp peek >>= print
  finalizeForeignPtr fp
  putStrLn "after finalize"
  finalizeForeignPtr fp
  putStrLn "finalized twice"
  -- finalizers on malloc'd foreign pointers
  mfp <- mallocForeignPtrBytes 8 :: IO (ForeignPtr Int)
  addForeignPtrConcFinalizer mfp (putStrLn "malloc finalizer")
  withForeignPtr mfp (\q -> poke q 7 >> peek q) >>= print
  finalizeForeignPtr mfp
  -- a finalizer that counts
  r <- newIORef (0 :: Int)
  q <- mallocBytes 4 :: IO (Ptr Int)
  cfp <- newConcForeignPtr q (modifyIORef r (+ 1))
  mapM_ (\i -> addForeignPtrConcFinalizer cfp (modifyIORef r (* 10) >> putStrLn ("fin " ++ show i))) [1 .. 3 :: Int]
  finalizeForeignPtr cfp
  readIORef r >>= print
  -- plain pointers take no finalizers
  pfp <- mallocPlainForeignPtrBytes 8 :: IO (ForeignPtr Int)
  e <- try (FC.addForeignPtrFinalizer pfp (putStrLn "never"))
  print (either (\x -> "error: " ++ show (x :: ErrorCall)) (const "added") e)
  e2 <- try (finalizeForeignPtr pfp)
  print (either (\x -> "error: " ++ show (x :: ErrorCall)) (const "finalized") e2)
  -- C finalizers and Haskell ones do not mix
  cp <- mallocBytes 8 :: IO (Ptr Int)
  cfp2 <- newForeignPtr finalizerFree cp
  e3 <- try (FC.addForeignPtrFinalizer cfp2 (putStrLn "mixed"))
  print (either (\x -> "error: " ++ show (x :: ErrorCall)) (const "added") e3)
  np <- mallocBytes 8 :: IO (Ptr Int)
  nfp <- newForeignPtr_ np
  e4 <- try (addForeignPtrFinalizer finalizerFree nfp)
  print (either (\x -> "error: " ++ show (x :: ErrorCall)) (const "added C") e4)
  FC.addForeignPtrFinalizer nfp (putStrLn "after C")  `catch` \x -> putStrLn ("mix: " ++ show (x :: ErrorCall))
  finalizeForeignPtr nfp
  putStrLn "done"
