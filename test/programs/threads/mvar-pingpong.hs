-- Two threads hand a counter back and forth through two MVars: the
-- hand-off fixes the order of every line, whatever the scheduler does.
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  ping <- newEmptyMVar
  pong <- newEmptyMVar
  done <- newEmptyMVar
  _ <- forkIO $ do
    forM_ [1 .. 5 :: Int] $ \_ -> do
      n <- takeMVar ping
      putStrLn ("pong " ++ show n)
      putMVar pong (n + 1)
    putMVar done ()
  let loop :: Int -> Int -> IO ()
      loop 0 _ = pure ()
      loop k n = do
        putStrLn ("ping " ++ show n)
        putMVar ping n
        m <- takeMVar pong
        loop (k - 1) (m + 1)
  loop 5 0
  takeMVar done
  putStrLn "finished"
