-- Mixing C and Haskell finalizers: a C finalizer added to a pointer with
-- Haskell ones raises and leaves them to run.
import qualified Foreign.Concurrent as FC
import Foreign.ForeignPtr
import Foreign.Marshal.Alloc (mallocBytes, finalizerFree)
import Foreign.Ptr
import GHC.ForeignPtr (finalizeForeignPtr, mallocPlainForeignPtrBytes)
import Control.Exception

main :: IO ()
main = do
  pfp <- mallocPlainForeignPtrBytes 8 :: IO (ForeignPtr Int)
  e <- try (addForeignPtrFinalizer finalizerFree pfp)
  print (either (\x -> "error: " ++ show (x :: ErrorCall)) (const "added") e)
  np <- mallocBytes 8 :: IO (Ptr Int)
  nfp <- FC.newForeignPtr np (putStrLn "haskell fin")
  e4 <- try (addForeignPtrFinalizer finalizerFree nfp)
  print (either (\x -> "error: " ++ show (x :: ErrorCall)) (const "added C") e4)
  r <- try (finalizeForeignPtr nfp)
  print (either (\x -> "error: " ++ show (x :: ErrorCall)) (const "finalized") r)
  finalizeForeignPtr nfp
  putStrLn "done"
