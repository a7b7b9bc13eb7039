-- throwTo with a custom exception, to a blocked thread, to oneself, and
-- a thread blocked in throwTo until the target leaves uninterruptibleMask.
import Control.Concurrent
import Control.Exception

data Stop = Stop Int deriving Show
instance Exception Stop

main :: IO ()
main = do
  res <- newEmptyMVar
  ready <- newEmptyMVar
  t <- forkIO $ do
    r <- try (putMVar ready () >> threadDelay 5000000)
    case r of
      Left (Stop n) -> putMVar res ("stopped with " ++ show n)
      Right () -> putMVar res "finished"
  takeMVar ready
  throwTo t (Stop 7)
  takeMVar res >>= putStrLn
  me <- myThreadId
  r <- try (throwTo me (Stop 1))
  print (r :: Either Stop ())
  gate <- newEmptyMVar
  t2 <- forkIO $ do
    r2 <- try $ uninterruptibleMask_ $ do
      putMVar ready ()
      _ <- takeMVar gate
      putMVar res "masked section finished"
    case r2 of
      Left (Stop n) -> putMVar res ("then stopped " ++ show n)
      Right () -> putMVar res "no stop"
  takeMVar ready
  _ <- forkIO (putMVar gate ())
  throwTo t2 (Stop 2)
  takeMVar res >>= putStrLn
  takeMVar res >>= putStrLn
