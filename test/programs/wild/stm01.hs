import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad

transfer :: TVar Int -> TVar Int -> Int -> STM ()
transfer from to n = do
  b <- readTVar from
  when (b < n) retry
  modifyTVar' from (subtract n)
  modifyTVar' to (+ n)

main :: IO ()
main = do
  a <- newTVarIO 100
  b <- newTVarIO 0
  done <- newEmptyMVar
  forM_ [1 .. 10] $ \_ -> forkIO (atomically (transfer a b 10) >> putMVar done ())
  replicateM_ 10 (takeMVar done)
  (,) <$> readTVarIO a <*> readTVarIO b >>= print
  q <- newTQueueIO
  forkIO $ forM_ [1 .. 5 :: Int] (atomically . writeTQueue q)
  xs <- replicateM 5 (atomically (readTQueue q))
  print xs
  tm <- newTMVarIO "token"
  t <- atomically (takeTMVar tm)
  e <- atomically (isEmptyTMVar tm)
  print (t, e)
  r <- atomically ((readTVar a >>= \v -> check (v > 0) >> return "positive") `orElse` return "zero")
  putStrLn r
  ch <- newTChanIO
  dup <- atomically (dupTChan ch)
  atomically (writeTChan ch 'x')
  c <- atomically (readTChan dup)
  print c
