-- killThread runs the victim's finally handlers; a masked thread gets the
-- exception only when it unmasks; killing a finished thread is a no-op.
import Control.Concurrent
import Control.Exception

main :: IO ()
main = do
  started <- newEmptyMVar
  cleaned <- newEmptyMVar
  t <- forkIO $ (putMVar started () >> threadDelay 10000000 >> putStrLn "woke")
                  `finally` putMVar cleaned "cleanup ran"
  takeMVar started
  killThread t
  takeMVar cleaned >>= putStrLn
  r <- newEmptyMVar
  t2 <- forkIO $ handle (\e -> putMVar r ("caught " ++ show (e :: AsyncException))) $ do
    putMVar started ()
    _ <- takeMVar =<< newEmptyMVar
    return ()
  takeMVar started
  killThread t2
  takeMVar r >>= putStrLn
  t3 <- forkIO (return ())
  yield
  threadDelay 100
  killThread t3
  putStrLn "killed a finished thread"
  out <- newEmptyMVar
  t4 <- forkIO $ do
    res <- try (mask_ (putMVar started () >> mapM_ (\_ -> yield) [1 .. 100 :: Int] >> putMVar out "masked part done"))
    case res of
      Left e -> putMVar out ("then " ++ show (e :: AsyncException))
      Right () -> threadDelay 1000000 >> putMVar out "not killed"
  takeMVar started
  killThread t4
  takeMVar out >>= putStrLn
  takeMVar out >>= putStrLn
