-- QSem limits how many workers run at once; QSemN counts finished work.
import Control.Concurrent
import Control.Concurrent.QSem
import Control.Concurrent.QSemN
import Control.Exception
import Control.Monad
import Data.IORef

main :: IO ()
main = do
  sem <- newQSem 2
  running <- newIORef (0 :: Int)
  peak <- newIORef (0 :: Int)
  done <- newQSemN 0
  forM_ [1 .. 6 :: Int] $ \i -> forkIO $ do
    bracket_ (waitQSem sem) (signalQSem sem) $ do
      n <- atomicModifyIORef' running (\r -> (r + 1, r + 1))
      modifyIORef' peak (max n)
      threadDelay (1000 * i)
      yield
      atomicModifyIORef' running (\r -> (r - 1, ()))
    signalQSemN done 1
  waitQSemN done 6
  readIORef peak >>= \p -> putStrLn ("peak " ++ show p)
  readIORef running >>= print
  r <- try (newQSem (-1))
  case r of
    Left e -> putStrLn ("newQSem: " ++ show (e :: IOException))
    Right _ -> putStrLn "no error"
