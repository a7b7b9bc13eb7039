-- atomicModifyIORef, atomicModifyIORef' from four threads: no update is lost
-- (their read and write are atomic, whatever the time slice).
import Data.IORef
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  ref <- newIORef (0 :: Int)
  lazyRef <- newIORef (0 :: Int)
  done <- newEmptyMVar
  forM_ [1 .. 4 :: Int] $ \_ -> forkIO $ do
    forM_ [1 .. 3000 :: Int] $ \_ -> do
      atomicModifyIORef' ref (\x -> (x + 1, ()))
      atomicModifyIORef lazyRef (\x -> (x + 1, ()))
    putMVar done ()
  replicateM_ 4 (takeMVar done)
  readIORef ref >>= print
  readIORef lazyRef >>= print
