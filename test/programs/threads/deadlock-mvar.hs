-- main waits on an MVar no thread can ever fill: GHC's runtime raises
-- BlockedIndefinitelyOnMVar in main, which ends the program (exit 1).
import Control.Concurrent

main :: IO ()
main = do
  m <- newEmptyMVar :: IO (MVar Int)
  putStrLn "waiting"
  v <- takeMVar m
  print v
