-- Bank transfers in STM from several threads: a transfer retries until the
-- source account can pay, so the one that needs a later deposit waits for
-- it. Balances at the end do not depend on the order of the transfers.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad

transfer :: TVar Int -> TVar Int -> Int -> STM ()
transfer from to n = do
  b <- readTVar from
  when (b < n) retry
  writeTVar from (b - n)
  modifyTVar' to (+ n)

main :: IO ()
main = do
  accounts <- mapM newTVarIO [100, 50, 0, 10]
  let acct i = accounts !! i
  dones <- forM [(0, 1, 30), (1, 2, 60), (2, 3, 45), (3, 0, 5), (0, 2, 20), (1, 3, 10)] $ \(a, b, n) -> do
    d <- newEmptyMVar
    _ <- forkIO $ atomically (transfer (acct a) (acct b) n) >> putMVar d ()
    pure d
  -- this one must wait: account 3 holds too little until the others pay in
  big <- newEmptyMVar
  _ <- forkIO $ atomically (transfer (acct 3) (acct 1) 60) >> putMVar big ()
  mapM_ takeMVar dones
  takeMVar big
  bs <- mapM readTVarIO accounts
  print bs
  print (sum bs)
