-- Ten threads each increment a TVar 100 times in separate transactions;
-- main waits for all of them in one transaction.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad

main :: IO ()
main = do
  counter <- newTVarIO (0 :: Int)
  finished <- newTVarIO (0 :: Int)
  forM_ [1 .. 10 :: Int] $ \_ -> forkIO $ do
    replicateM_ 100 (atomically (modifyTVar' counter (+ 1)))
    atomically (modifyTVar' finished (+ 1))
  total <- atomically $ do
    f <- readTVar finished
    when (f < 10) retry
    readTVar counter
  print total
