-- orElse: the first alternative that does not retry wins, and a retrying
-- alternative's writes are undone.
import Control.Concurrent.STM

withdraw :: TVar Int -> Int -> STM Int
withdraw v n = do
  b <- readTVar v
  writeTVar v (b - n)
  if b < n then retry else pure n

main :: IO ()
main = do
  a <- newTVarIO 10
  b <- newTVarIO 100
  r1 <- atomically ((Left <$> withdraw a 30) `orElse` (Right <$> withdraw b 30))
  print r1
  r2 <- atomically ((Left <$> withdraw a 5) `orElse` (Right <$> withdraw b 5))
  print r2
  r3 <- atomically (withdraw a 50 `orElse` withdraw b 500 `orElse` pure 0)
  print r3
  balances <- atomically ((,) <$> readTVar a <*> readTVar b)
  print balances
