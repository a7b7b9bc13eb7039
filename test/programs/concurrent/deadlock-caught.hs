-- BlockedIndefinitelyOnMVar and BlockedIndefinitelyOnSTM caught in main.
import Control.Concurrent
import GHC.Conc
import Control.Exception

main :: IO ()
main = do
  m <- newEmptyMVar :: IO (MVar ())
  r <- try (takeMVar m)
  print (r :: Either BlockedIndefinitelyOnMVar ())
  full <- newMVar ()
  r2 <- try (putMVar full ())
  print (r2 :: Either BlockedIndefinitelyOnMVar ())
  tv <- newTVarIO False
  r3 <- try (atomically (readTVar tv >>= check))
  print (r3 :: Either BlockedIndefinitelyOnSTM ())
  putStrLn "done"

-- (stm's check, written here so that only base is needed)
check :: Bool -> STM ()
check b = if b then return () else retry
