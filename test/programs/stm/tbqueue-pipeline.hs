-- A pipeline of bounded queues: a producer, two doubling workers and a
-- collector; the collector sorts what arrives.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad
import Data.List (sort)

main :: IO ()
main = do
  input <- newTBQueueIO 4
  output <- newTBQueueIO 2
  _ <- forkIO $ mapM_ (atomically . writeTBQueue input) [1 .. 40 :: Int]
  forM_ [1 .. 2 :: Int] $ \_ -> forkIO $ forever $ do
    x <- atomically (readTBQueue input)
    atomically (writeTBQueue output (x * 2))
  ys <- replicateM 40 (atomically (readTBQueue output))
  print (sort ys == map (* 2) [1 .. 40])
  print (sum ys)
