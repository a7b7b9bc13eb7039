-- Data.ByteString.Unsafe's finalizers: a ByteString over malloc'd memory
-- whose finalizer unsafeFinalize runs (once), and unsafeFinalize of
-- ByteStrings without one.
{-# LANGUAGE MagicHash #-}
import qualified Data.ByteString as S
import qualified Data.ByteString.Unsafe as U
import Data.IORef
import Data.Word
import Foreign.Marshal.Alloc (mallocBytes)
import Foreign.Storable

main :: IO ()
main = do
  ref <- newIORef "finalizer not run"
  mem <- mallocBytes 4
  mapM_ (\i -> pokeByteOff mem i (fromIntegral (112 + i) :: Word8)) [0 .. 3]
  fin <- U.unsafePackCStringFinalizer mem 4 (modifyIORef ref (++ ", finalizer run"))
  print (fin, S.length fin)
  U.unsafeFinalize fin
  readIORef ref >>= putStrLn
  U.unsafeFinalize fin
  readIORef ref >>= putStrLn
  U.unsafeFinalize (S.pack [1, 2, 3])
  lit <- U.unsafePackAddressLen 3 "abc"#
  U.unsafeFinalize lit
  print lit
