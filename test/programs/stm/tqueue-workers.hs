-- Workers take jobs from a TQueue and put results into another; main
-- waits until all results are in and prints them sorted.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad
import Data.List (sort)

main :: IO ()
main = do
  jobs <- newTQueueIO
  results <- newTQueueIO
  count <- newTVarIO (0 :: Int)
  forM_ [1 .. 3 :: Int] $ \_ -> forkIO $ forever $ do
    n <- atomically (readTQueue jobs)
    atomically $ do
      writeTQueue results (n, n * n)
      modifyTVar' count (+ 1)
  atomically (mapM_ (writeTQueue jobs) [1 .. 25 :: Int])
  atomically (readTVar count >>= check . (== 25))
  rs <- atomically (flushTQueue results)
  print (sort rs)
  e <- atomically (isEmptyTQueue results)
  print e
  q <- newTQueueIO
  atomically (mapM_ (writeTQueue q) "xyz")
  p <- atomically (peekTQueue q)
  atomically (unGetTQueue q 'w')
  a <- atomically (tryReadTQueue q)
  b <- atomically (tryPeekTQueue q)
  rest <- atomically (flushTQueue q)
  c <- atomically (tryReadTQueue q)
  print (p, a, b, rest, c, q == q)
