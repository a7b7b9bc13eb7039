-- Nested orElse, catchSTM inside orElse, a TVar semaphore whose waiters
-- retry until signalled, and Eq TVar.
import Control.Concurrent
import Control.Exception
import Control.Monad
import GHC.Conc

takeT :: TVar Int -> STM ()
takeT s = do
  n <- readTVar s
  if n <= 0 then retry else writeTVar s (n - 1)

main :: IO ()
main = do
  a <- newTVarIO (0 :: Int)
  b <- newTVarIO 1
  c <- newTVarIO 2
  let pick v name = do
        n <- readTVar v
        when (n <= 0) retry
        writeTVar v (n - 1)
        return name
  r <- atomically (pick a "a" `orElse` (pick b "b" `orElse` pick c "c"))
  r2 <- atomically ((pick a "a" `orElse` pick b "b") `orElse` pick c "c")
  print (r, r2)
  mapM readTVarIO [a, b, c] >>= print
  r3 <- atomically $ (writeTVar a 10 >> throwSTM (ErrorCall "x") >> return "no")
           `catchSTM` (\(ErrorCall m) -> return ("caught " ++ m))
           `orElse` return "else"
  print r3
  readTVarIO a >>= print
  sem <- newTVarIO 0
  out <- newEmptyMVar
  forM_ [1 .. 3 :: Int] $ \i -> forkIO (atomically (takeT sem) >> putMVar out i)
  threadDelay 1000
  forM_ [1 .. 3 :: Int] $ \_ -> do
    atomically (readTVar sem >>= writeTVar sem . (+ 1))
    _ <- takeMVar out
    return ()
  readTVarIO sem >>= print
  print (a == a, a == b)
  n <- atomically (newTVar 'z' >>= readTVar)
  print n
