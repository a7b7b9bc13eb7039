-- setUncaughtExceptionHandler / getUncaughtExceptionHandler: the handler
-- forkIO's threads and main's top-level handler call for an uncaught
-- exception (ThreadKilled and the BlockedIndefinitely ones are not
-- reported for forked threads).
import Control.Concurrent
import Control.Exception
import GHC.Conc (getUncaughtExceptionHandler, setUncaughtExceptionHandler)

main :: IO ()
main = do
  original <- getUncaughtExceptionHandler
  setUncaughtExceptionHandler $ \e -> putStrLn ("custom: " ++ show e)
  done <- newEmptyMVar
  _ <- forkIO (throwIO (userError "from a thread") `finally` putMVar done ())
  takeMVar done
  threadDelay 100
  t <- forkIO (threadDelay 1000000 `finally` putMVar done ())
  threadDelay 100
  killThread t
  takeMVar done
  setUncaughtExceptionHandler original
  _ <- forkIO (throwIO (ErrorCall "default again") `finally` putMVar done ())
  takeMVar done
  threadDelay 100
  setUncaughtExceptionHandler $ \e -> putStrLn ("main's: " ++ show e)
  _ <- evaluate (length [1 .. 10 :: Int])
  throwIO (userError "main dies")
