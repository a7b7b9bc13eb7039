-- Threads sleeping for different times wake in order of their delays (the
-- delays are far apart, so GHC's real clock gives the same order).
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  out <- newChan
  forM_ [5, 2, 4, 1, 3 :: Int] $ \i -> forkIO $ do
    threadDelay (i * 50000)
    writeChan out i
  xs <- replicateM 5 (readChan out)
  print xs
  t0 <- newEmptyMVar
  _ <- forkIO (threadDelay 100000 >> putMVar t0 "late")
  _ <- forkIO (putMVar t0 "early")
  takeMVar t0 >>= putStrLn
  takeMVar t0 >>= putStrLn
