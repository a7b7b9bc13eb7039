-- Interruptible operations: a thread masked (interruptibly) and blocked in
-- takeMVar still receives killThread; timeout interrupts a blocked
-- takeMVar; uninterruptibleMask delays the exception until it ends.
import Control.Concurrent
import Control.Exception
import System.Timeout

main :: IO ()
main = do
  res <- newEmptyMVar
  ready <- newEmptyMVar
  t <- forkIO $ do
    r <- try (mask_ (putMVar ready () >> (newEmptyMVar >>= takeMVar)))
    putMVar res (either (\e -> "interrupted: " ++ show (e :: AsyncException)) id r)
  takeMVar ready
  killThread t
  takeMVar res >>= putStrLn
  empty <- newEmptyMVar :: IO (MVar ())
  timeout 10000 (takeMVar empty) >>= print
  gate <- newEmptyMVar
  t2 <- forkIO $ do
    r <- try (uninterruptibleMask_ (putMVar ready () >> takeMVar gate >> putMVar res "finished the masked part"))
    putMVar res (either (\e -> "then: " ++ show (e :: AsyncException)) (const "no exception") r)
  takeMVar ready
  _ <- forkIO (threadDelay 5000 >> putMVar gate ())
  killThread t2
  takeMVar res >>= putStrLn
  takeMVar res >>= putStrLn
