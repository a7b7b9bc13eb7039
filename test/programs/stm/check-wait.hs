-- A thread blocks in check until a counter reaches 10; ten increments from
-- other threads wake it.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad

main :: IO ()
main = do
  counter <- newTVarIO (0 :: Int)
  done <- newEmptyMVar
  _ <- forkIO $ do
    v <- atomically $ do
      n <- readTVar counter
      check (n >= 10)
      pure n
    putMVar done v
  forM_ [1 .. 10 :: Int] $ \_ -> forkIO (atomically (modifyTVar' counter (+ 1)))
  takeMVar done >>= print
  readTVarIO counter >>= print
