-- QSemN: main waits for all workers by taking one unit per worker; the
-- workers take units of a second semaphore in batches.
import Control.Concurrent
import Control.Concurrent.QSemN
import Control.Monad

main :: IO ()
main = do
  finished <- newQSemN 0
  pool <- newQSemN 6
  acc <- newMVar []
  forM_ [1 .. 6 :: Int] $ \i -> forkIO $ do
    let need = 1 + i `mod` 3
    waitQSemN pool need
    modifyMVar_ acc (pure . (i * i :))
    signalQSemN pool need
    signalQSemN finished 1
  waitQSemN finished 6
  xs <- readMVar acc
  print (sum xs, length xs)
