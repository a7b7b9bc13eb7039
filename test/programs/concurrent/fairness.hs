-- MVar fairness: threads blocked on takeMVar are served first come, first
-- served (GHC's single wake-up, FIFO). Each thread blocks before the next
-- is forked, so the order is fixed.
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  m <- newEmptyMVar
  out <- newEmptyMVar
  forM_ [1 .. 5 :: Int] $ \i -> do
    _ <- forkIO $ do
      v <- takeMVar m
      putMVar out (i, v :: Int)
    threadDelay 1000
  forM_ [10, 20 .. 50] $ \v -> do
    putMVar m v
    takeMVar out >>= print
  full <- newMVar (0 :: Int)
  forM_ [1 .. 3 :: Int] $ \i -> do
    _ <- forkIO (putMVar full i)
    threadDelay 1000
  replicateM_ 4 (takeMVar full >>= print)
  r <- newEmptyMVar
  forM_ [1 .. 3 :: Int] $ \i -> do
    _ <- forkIO (readMVar r >>= \v -> putMVar out (i, v))
    threadDelay 1000
  putMVar r 99
  replicateM_ 3 (takeMVar out >>= print)
