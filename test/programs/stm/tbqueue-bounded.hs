-- A TBQueue of capacity 3 between a fast producer and a consumer: the
-- producer blocks when it is full; lengthTBQueue never exceeds 3.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad

main :: IO ()
main = do
  q <- newTBQueueIO 3
  maxLen <- newTVarIO 0
  done <- newEmptyMVar
  _ <- forkIO $ do
    forM_ [1 .. 20 :: Int] $ \i -> atomically $ do
      writeTBQueue q i
      n <- lengthTBQueue q
      modifyTVar' maxLen (max n)
    putMVar done ()
  xs <- replicateM 20 (atomically (readTBQueue q))
  takeMVar done
  print xs
  readTVarIO maxLen >>= \m -> print (m <= 3)
  q2 <- atomically (newTBQueue 2)
  a <- atomically (isEmptyTBQueue q2)
  atomically (writeTBQueue q2 'a' >> writeTBQueue q2 'b')
  f <- atomically (isFullTBQueue q2)
  l <- atomically (lengthTBQueue q2)
  p <- atomically (peekTBQueue q2)
  r <- atomically (readTBQueue q2)
  atomically (unGetTBQueue q2 'z')
  tp <- atomically (tryPeekTBQueue q2)
  fl <- atomically (flushTBQueue q2)
  l2 <- atomically (lengthTBQueue q2)
  tr <- atomically (tryReadTBQueue q2)
  f2 <- atomically (isFullTBQueue q2)
  print (a, f, l, p, r, tp, fl, l2, tr, f2)
  full <- atomically ((writeTBQueue q2 'x' >> writeTBQueue q2 'y' >> writeTBQueue q2 'w' >> pure "wrote 3") `orElse` pure "full at 2")
  putStrLn full
  print (q2 == q2)
