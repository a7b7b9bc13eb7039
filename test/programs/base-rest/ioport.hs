-- GHC.IOPort on GHC's non-threaded runtime: a one-place box whose second
-- write, or second waiting reader, raises IOPortException
-- (doubleReadException); Eq IOPort is sameIOPort#.
import Control.Concurrent
import Control.Exception
import GHC.IOPort

attempt :: Show a => IO a -> IO ()
attempt io = do
  r <- try io
  putStrLn (either (\e -> "exception: " ++ show (e :: SomeException)) show r)

main :: IO ()
main = do
  print doubleReadException
  attempt (throwIO doubleReadException :: IO ())
  p <- newEmptyIOPort :: IO (IOPort Int)
  q <- newIOPort (3 :: Int)
  print (p == p, p == q, p /= q, q /= q)
  writeIOPort p 5 >>= print
  attempt (writeIOPort p 6)
  readIOPort p >>= print
  readIOPort q >>= print
  -- a reader waits until another thread writes
  w <- newEmptyIOPort :: IO (IOPort String)
  _ <- forkIO (threadDelay 1000 >> writeIOPort w "late" >>= print)
  readIOPort w >>= putStrLn
  -- a second waiting reader gets the exception; the first the value
  r <- newEmptyIOPort :: IO (IOPort Int)
  done <- newEmptyMVar
  _ <- forkIO (try (readIOPort r) >>= \x -> putMVar done (either (\e -> show (e :: SomeException)) show x))
  threadDelay 1000
  _ <- forkIO (attempt (readIOPort r))
  threadDelay 1000
  writeIOPort r 9 >>= print
  takeMVar done >>= putStrLn
