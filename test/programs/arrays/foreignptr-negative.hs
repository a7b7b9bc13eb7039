-- mallocForeignPtrBytes/mallocForeignPtrArray of a negative size: GHC's error
-- (StorableArray allocates through the same check).
import Control.Exception
import Foreign.ForeignPtr
import Foreign.Marshal.Array (mallocArray)
import Foreign.Ptr

main :: IO ()
main = do
  r1 <- try (mallocForeignPtrBytes (-1) :: IO (ForeignPtr Int))
  putStrLn (either (\e -> "bytes: " ++ show (e :: ErrorCall)) (const "bytes: ok") r1)
  r2 <- try (mallocForeignPtrArray (-2) :: IO (ForeignPtr Int))
  putStrLn (either (\e -> "array: " ++ show (e :: ErrorCall)) (const "array: ok") r2)
  r3 <- try (mallocForeignPtrArray0 (-5) :: IO (ForeignPtr Double))
  putStrLn (either (\e -> "array0: " ++ show (e :: ErrorCall)) (const "array0: ok") r3)
  r4 <- try (mallocForeignPtrArray 0 :: IO (ForeignPtr Int))
  putStrLn (either (\e -> "zero: " ++ show (e :: ErrorCall)) (const "zero: ok") r4)
