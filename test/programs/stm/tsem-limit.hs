-- A TSem of 2 units: five workers, at most two inside at once; signalTSemN
-- gives several units back.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Concurrent.STM.TSem
import Control.Monad

main :: IO ()
main = do
  sem <- atomically (newTSem 2)
  inside <- newTVarIO (0 :: Int)
  peak <- newTVarIO (0 :: Int)
  done <- newTVarIO (0 :: Int)
  forM_ [1 .. 5 :: Int] $ \_ -> forkIO $ do
    atomically $ do
      waitTSem sem
      n <- (+ 1) <$> readTVar inside
      writeTVar inside n
      modifyTVar' peak (max n)
    yield
    atomically $ do
      modifyTVar' inside (subtract 1)
      signalTSem sem
      modifyTVar' done (+ 1)
  atomically (readTVar done >>= check . (== 5))
  p <- readTVarIO peak
  print (p >= 1 && p <= 2)
  s <- atomically (newTSem 0)
  atomically (signalTSemN 3 s)
  got <- atomically (replicateM 3 (waitTSem s) >> pure "three units")
  putStrLn got
  none <- atomically ((waitTSem s >> pure "unit") `orElse` pure "no unit left")
  putStrLn none
  print (s == s, s == sem)
