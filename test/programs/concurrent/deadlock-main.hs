-- The main thread waits on an MVar nobody will fill: GHC's runtime reports
-- "thread blocked indefinitely in an MVar operation" and exits 1; a thread
-- blocked the same way is woken with the exception too.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  done <- newEmptyMVar
  _ <- forkIO $ do
    r <- try (newEmptyMVar >>= takeMVar)
    case r of
      Left BlockedIndefinitelyOnMVar -> putStrLn "child: blocked indefinitely"
      Right () -> putStrLn "child: got a value"
    putMVar done ()
  takeMVar done
  putStrLn "main: now blocking"
  m <- newEmptyMVar :: IO (MVar Int)
  takeMVar m >>= print
