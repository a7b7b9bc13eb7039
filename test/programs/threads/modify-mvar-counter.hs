-- Eight threads each add 1 to a shared counter 250 times with modifyMVar_;
-- none of the updates is lost.
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  counter <- newMVar (0 :: Int)
  dones <- forM [1 .. 8 :: Int] $ \_ -> do
    d <- newEmptyMVar
    _ <- forkIO $ do
      replicateM_ 250 (modifyMVar_ counter (pure . (+ 1)))
      putMVar d ()
    pure d
  mapM_ takeMVar dones
  readMVar counter >>= print
  r <- modifyMVar counter (\n -> pure (n * 2, n + 1))
  print r
  readMVar counter >>= print
  withMVar counter (print . (`div` 3))
  e <- isEmptyMVar counter
  t <- tryTakeMVar counter
  e2 <- isEmptyMVar counter
  ok <- tryPutMVar counter 7
  ok2 <- tryPutMVar counter 8
  v <- tryReadMVar counter
  print (e, t, e2, ok, ok2, v)
  old <- swapMVar counter 9
  readMVar counter >>= \n -> print (old, n)
