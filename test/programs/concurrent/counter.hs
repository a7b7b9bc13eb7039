-- Many threads increment a shared counter through modifyMVar_; the total
-- does not depend on scheduling. Also a lock-step relay through a chain
-- of MVars.
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  counter <- newMVar (0 :: Int)
  done <- newEmptyMVar
  forM_ [1 .. 10 :: Int] $ \i -> forkIO $ do
    replicateM_ 100 (modifyMVar_ counter (return . (+ i)))
    putMVar done ()
  replicateM_ 10 (takeMVar done)
  readMVar counter >>= print
  vars <- replicateM 20 newEmptyMVar
  forM_ (zip vars (tail vars)) $ \(a, b) -> forkIO (takeMVar a >>= putMVar b . (+ 1))
  putMVar (head vars) (0 :: Int)
  takeMVar (last vars) >>= print
