-- A lazy value shared by two threads: the worker starts evaluating it and
-- is killed; main, which meanwhile demanded the same value (and waits on
-- the worker's blackhole), resumes the suspended evaluation and gets the
-- value instead of the worker's ThreadKilled.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  let shared = product [1 .. 30000 :: Integer] `mod` 1000000007
  started <- newEmptyMVar
  done <- newEmptyMVar
  worker <- forkIO $ do
    putMVar started ()
    r <- try (evaluate shared)
    putMVar done $ case r of
      Left e -> "worker: " ++ show (e :: AsyncException)
      Right _ -> "worker finished"
  takeMVar started
  _ <- forkIO (threadDelay 1 >> killThread worker)
  print shared
  takeMVar done >>= putStrLn
  -- Once more, the value now plain: a second thread sees it at once.
  v <- newEmptyMVar
  _ <- forkIO (putMVar v $! shared + 1)
  takeMVar v >>= print
