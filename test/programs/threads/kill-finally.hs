-- killThread interrupts a thread blocked on an MVar: its finally handler
-- runs, and the exception it saw was ThreadKilled.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  started <- newEmptyMVar
  never <- newEmptyMVar :: IO (MVar ())
  report <- newEmptyMVar
  tid <- forkIO $ do
    r <- try ((putMVar started () >> takeMVar never) `finally` putStrLn "cleanup ran")
    putMVar report (either (\e -> "child saw " ++ show (e :: AsyncException)) (const "child finished") r)
  takeMVar started
  killThread tid
  takeMVar report >>= putStrLn
  putStrLn "main done"
