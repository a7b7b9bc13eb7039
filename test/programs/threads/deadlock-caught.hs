-- A deadlock on an MVar and one in STM, each caught in main, which goes on.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Exception

main :: IO ()
main = do
  m <- newEmptyMVar :: IO (MVar ())
  r <- try (takeMVar m)
  case r of
    Left BlockedIndefinitelyOnMVar -> putStrLn "caught: blocked on MVar"
    Right () -> putStrLn "impossible"
  tv <- newTVarIO False
  r2 <- try (atomically (readTVar tv >>= check))
  case r2 of
    Left e -> putStrLn ("caught: " ++ show (e :: BlockedIndefinitelyOnSTM))
    Right () -> putStrLn "impossible"
  -- a forked thread that blocks forever does not stop main from ending
  _ <- forkIO (takeMVar m)
  yield
  putStrLn "main ends"
