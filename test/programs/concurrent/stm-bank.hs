-- STM bank: transfers that retry until funds arrive, orElse between two
-- accounts, catchSTM rolling back, and a consistent final total.
import Control.Concurrent
import GHC.Conc
import Control.Monad

transfer :: TVar Int -> TVar Int -> Int -> STM ()
transfer from to n = do
  b <- readTVar from
  when (b < n) retry
  writeTVar from (b - n)
  readTVar to >>= \t -> writeTVar to (t + n)

withdrawEither :: TVar Int -> TVar Int -> Int -> STM String
withdrawEither a b n =
  (take' a "a") `orElse` (take' b "b") `orElse` return "none"
  where
    take' v name = do
      x <- readTVar v
      check (x >= n)
      writeTVar v (x - n)
      return name

main :: IO ()
main = do
  accts <- mapM newTVarIO [100, 0, 0, 0]
  done <- newEmptyMVar
  let pairs = zip accts (tail accts)
  forM_ (zip [1 :: Int ..] pairs) $ \(i, (f, t)) -> forkIO $ do
    replicateM_ 10 (atomically (transfer f t 10))
    putMVar done i
  replicateM_ 3 (takeMVar done)
  bal <- mapM readTVarIO accts
  print bal
  print (sum bal)
  a <- newTVarIO 5
  b <- newTVarIO 50
  replicateM 4 (atomically (withdrawEither a b 20)) >>= print
  mapM readTVarIO [a, b] >>= print
  r <- atomically $ (writeTVar a 1000 >> throwSTM (userError "abort")) `catchSTM` (\e -> do
         x <- readTVar a
         return (show (e :: IOError), x))
  print r
  waiter <- newEmptyMVar
  flag <- newTVarIO False
  _ <- forkIO $ do
    atomically (readTVar flag >>= check)
    putMVar waiter "woken by the write"
  threadDelay 1000
  atomically (writeTVar flag True)
  takeMVar waiter >>= putStrLn

-- (stm's check, written here so that only base is needed)
check :: Bool -> STM ()
check b = if b then return () else retry
