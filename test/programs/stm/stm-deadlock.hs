-- main retries on a TVar nothing will ever change: GHC's runtime raises
-- BlockedIndefinitelyOnSTM in main, which ends the program (exit 1).
import Control.Concurrent.STM

main :: IO ()
main = do
  flag <- newTVarIO False
  putStrLn "waiting for the flag"
  atomically (readTVar flag >>= check)
  putStrLn "unreachable"
