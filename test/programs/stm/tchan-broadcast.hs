-- A broadcast TChan: every reader (a dupTChan) sees every item written
-- after it was made; readers report their sums.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad

main :: IO ()
main = do
  bc <- newBroadcastTChanIO
  readers <- replicateM 3 (atomically (dupTChan bc))
  results <- newEmptyMVar
  forM_ (zip [1 :: Int ..] readers) $ \(i, r) -> forkIO $ do
    xs <- replicateM 20 (atomically (readTChan r))
    putMVar results (i, sum xs, take 3 xs)
  mapM_ (atomically . writeTChan bc) [1 .. 20 :: Int]
  rs <- replicateM 3 (takeMVar results)
  mapM_ print [r | i <- [1 .. 3], r@(j, _, _) <- rs, i == j]
  late <- atomically (dupTChan bc)
  e <- atomically (isEmptyTChan late)
  atomically (writeTChan bc 99)
  v <- atomically (tryReadTChan late)
  print (e, v)
