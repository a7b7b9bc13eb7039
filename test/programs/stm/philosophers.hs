-- Dining philosophers with TMVar forks: each picks up both forks in one
-- transaction, so none deadlocks; every philosopher eats three times.
import Control.Concurrent
import Control.Concurrent.STM
import Control.Monad

main :: IO ()
main = do
  let n = 5
  forks <- replicateM n (newTMVarIO ())
  meals <- newTVarIO (replicate n (0 :: Int))
  done <- newEmptyMVar
  forM_ [0 .. n - 1] $ \i -> forkIO $ do
    let left = forks !! i
        right = forks !! ((i + 1) `mod` n)
    replicateM_ 3 $ do
      atomically (takeTMVar left >> takeMVarBoth right)
      atomically (modifyTVar' meals (\ms -> [if j == i then m + 1 else m | (j, m) <- zip [0 ..] ms]))
      yield
      atomically (putTMVar left () >> putTMVar right ())
    putMVar done ()
  replicateM_ n (takeMVar done)
  readTVarIO meals >>= print
  where
    takeMVarBoth = takeTMVar
