-- Hundreds of threads, each computing a little and reporting through one
-- MVar; yields in between. The sum does not depend on scheduling.
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  out <- newEmptyMVar
  forM_ [1 .. 300 :: Int] $ \i -> forkIO $ do
    let x = sum [1 .. i]
    yield
    x `seq` putMVar out x
  xs <- replicateM 300 (takeMVar out)
  print (sum xs, length xs)
  turn <- newMVar (0 :: Int)
  done <- newEmptyMVar
  forM_ [0, 1] $ \me -> forkIO $ do
    let loop k
          | k == 0 = putMVar done ()
          | otherwise = do
              t <- takeMVar turn
              if t `mod` 2 == me
                then putMVar turn (t + 1) >> loop (k - 1)
                else putMVar turn t >> yield >> loop k
    loop (50 :: Int)
  takeMVar done
  takeMVar done
  readMVar turn >>= print
