import System.IO.Unsafe
import Data.IORef

counter :: IORef Int
counter = unsafePerformIO (newIORef 10)
{-# NOINLINE counter #-}

main :: IO ()
main = do
  modifyIORef counter (+1)
  readIORef counter >>= print
  let x = unsafePerformIO (return (42 :: Int))
  print x
