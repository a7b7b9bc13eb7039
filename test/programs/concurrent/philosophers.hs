-- Dining philosophers with MVar forks, ordered acquisition (no deadlock);
-- every philosopher eats the same number of times.
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  let n = 5
  forks <- replicateM n (newMVar ())
  meals <- newMVar (0 :: Int)
  done <- newEmptyMVar
  forM_ [0 .. n - 1] $ \i -> forkIO $ do
    let a = min i ((i + 1) `mod` n)
        b = max i ((i + 1) `mod` n)
    replicateM_ 10 $ do
      takeMVar (forks !! a)
      takeMVar (forks !! b)
      modifyMVar_ meals (return . (+ 1))
      yield
      putMVar (forks !! b) ()
      putMVar (forks !! a) ()
    putMVar done ()
  replicateM_ n (takeMVar done)
  readMVar meals >>= print
