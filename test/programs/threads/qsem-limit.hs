-- A QSem of 2 lets at most two of ten workers into the section at once.
import Control.Concurrent
import Control.Concurrent.QSem
import Control.Exception
import Control.Monad

main :: IO ()
main = do
  sem <- newQSem 2
  inside <- newMVar (0 :: Int)
  peak <- newMVar (0 :: Int)
  total <- newMVar (0 :: Int)
  done <- newEmptyMVar
  forM_ [1 .. 10 :: Int] $ \i -> forkIO $ do
    bracket_ (waitQSem sem) (signalQSem sem) $ do
      n <- modifyMVar inside (\k -> pure (k + 1, k + 1))
      modifyMVar_ peak (pure . max n)
      yield
      modifyMVar_ total (pure . (+ i))
      modifyMVar_ inside (pure . subtract 1)
    putMVar done ()
  replicateM_ 10 (takeMVar done)
  p <- readMVar peak
  putStrLn ("at most two inside: " ++ show (p >= 1 && p <= 2))
  readMVar total >>= print
